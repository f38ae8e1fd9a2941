package io.studysite;

import io.studysite.testing.Browser;
import io.studysite.testing.BrowserSession;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a note in headless Chromium from disk: the title before the services, the contents beside the note from
 * 1280 px and following the reader, the footer at the bottom, a one-row phone header, the tree's filter, previews
 * rendered as the page is, and the local graph's scripts loaded only when it nears the screen.
 */
class ReadingBrowserIT {
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    static Browser browser;
    static Path site;

    private static final String[] SERVICES = {"Amazon EC2", "Amazon S3", "Amazon SQS", "Amazon SNS", "AWS Lambda", "Amazon DynamoDB",
            "Amazon RDS", "Amazon Aurora", "Amazon ElastiCache", "Amazon Route 53", "Amazon CloudFront", "Amazon ECS", "AWS Elastic Beanstalk",
            "AWS CodeCommit", "AWS CodeBuild", "AWS CodeDeploy", "AWS CloudFormation", "Amazon CloudWatch", "AWS X-Ray", "AWS CloudTrail",
            "Amazon Kinesis", "Amazon API Gateway", "AWS Step Functions", "Amazon Cognito", "AWS KMS", "AWS Secrets Manager"};

    @BeforeAll
    static void build(@TempDir Path dir) throws IOException {
        StringBuilder exam = new StringBuilder("# Exam\n\nAll the services, then [[Guide#Steps|the steps]] and [[Guide#Shot|a picture]].\n\n");
        for (String service : SERVICES) {
            exam.append("## ").append(service).append("\n\n").append("Notes about it. ".repeat(20)).append("\n\n");
        }
        List<String> files = new ArrayList<>(List.of("Exam.md", exam.toString(),
                "Short.md", "# Short\n\nOne line.\n",
                "Docs/Guide.md", "# Guide\n\n## Steps\n\n- first step\n- second step\n\n```java\nint steps = 2;\n```\n\n## Shot\n\n![[shot.png]]\n",
                "Docs/shot.png", "",
                // One note of 63 names services: too few for the cross-reference to turn on by itself.
                "studysite.yml", "services: on\n"));
        for (int i = 1; i <= 60; i++) {
            files.addAll(List.of("Archive/Entry " + i + ".md", "# Archive entry " + i + " with a title long enough to fill a listing\n"));
        }
        Path vault = TestVault.write(dir.resolve("vault"), files.toArray(String[]::new));
        Files.write(vault.resolve("Docs/shot.png"), Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        site = dir.resolve("site");
        assertThat(new SiteBuilder().build(BuildOptions.of(vault, site)).outcome()).isEqualTo(BuildResult.Outcome.OK);
        browser = session.browser();
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds));
    }

    private static double number(String js, Object... args) {
        return ((Number) browser.script(js, args)).doubleValue();
    }

    private static void open(String page, int width, int height) {
        browser.size(width, height);
        browser.colorScheme("light");
        browser.open(site.resolve(page));
        waitUpTo(5).until(d -> !d.findElements(By.cssSelector(".site-tree > ul")).isEmpty());
    }

    @Test
    void theTitleComesBeforeTheServicesOnALaptopAndAPhoneAndTheServicesDoNotPrint() {
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            open("exam.html", size[0], size[1]);
            double titleTop = number("return document.querySelector('h1').getBoundingClientRect().top");
            double servicesTop = number("return document.querySelector('.note-services').getBoundingClientRect().top");
            double servicesHeight = number("return document.querySelector('.note-services').getBoundingClientRect().height");
            assertThat(titleTop).as("title top at %d px", size[0]).isLessThan(size[0] > 1000 ? 200 : 260);
            assertThat(servicesTop).isGreaterThan(titleTop);
            assertThat(servicesHeight).as("services, folded, take one line").isLessThan(40);
            assertThat(browser.driver().findElements(By.cssSelector(".note-services a.service-chip")).get(0).isDisplayed()).isFalse();
        }
        browser.driver().findElement(By.cssSelector(".note-services > summary")).click();
        assertThat(browser.driver().findElements(By.cssSelector(".note-services a.service-chip")).get(0).isDisplayed()).isTrue();
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.script("return getComputedStyle(document.querySelector('.note-services')).display")).isEqualTo("none");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void at1280PixelsTheContentsAreAColumnBesideTheNoteThatFollowsTheReader() {
        open("exam.html", 1280, 800);
        double mainRight = number("return document.querySelector('main').getBoundingClientRect().right");
        double tocLeft = number("return document.querySelector('.toc-panel').getBoundingClientRect().left");
        assertThat(tocLeft).isGreaterThan(mainRight);
        assertThat(browser.script("return document.querySelector('.toc-details').open")).isEqualTo(true);
        assertThat(number("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).isLessThanOrEqualTo(0);
        browser.script("document.getElementById('amazon-cloudwatch').scrollIntoView()");
        waitUpTo(3).until(d -> "Amazon CloudWatch".equals(browser.script("var a = document.querySelector('.toc a[aria-current=location]'); return a && a.textContent")));
        double tocTop = number("return document.querySelector('.toc-details').getBoundingClientRect().top");
        assertThat(tocTop).as("the contents stay in view").isBetween(0.0, 120.0);
    }

    @Test
    void theFooterSitsAtTheBottomOfAShortPage() {
        open("short.html", 1280, 1600);
        double footerBottom = number("return document.querySelector('.site-footer').getBoundingClientRect().bottom");
        assertThat(footerBottom).isCloseTo(number("return window.innerHeight"), org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void thePhoneHeaderIsOneRowOfControls() {
        open("exam.html", 390, 844);
        double height = number("return document.querySelector('.site-header').getBoundingClientRect().height");
        assertThat(height).isLessThanOrEqualTo(60);
        assertThat(browser.driver().findElement(By.id("site-search-input")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.cssSelector(".menu-button")).isDisplayed()).isTrue();
        assertThat(number("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).isLessThanOrEqualTo(0);
    }

    @Test
    void theFilterFindsNotesInFoldersNotYetLoadedAndClearingItBringsTheTreeBack() {
        browser.script("sessionStorage.clear()");
        open("short.html", 1280, 900);
        assertThat(browser.script("return document.querySelectorAll('script[src*=\"_studysite/tree/\"]').length")).isEqualTo(0L);
        WebElement filter = browser.driver().findElement(By.id("tree-filter-input"));
        filter.sendKeys("ENTRY 3");
        waitUpTo(5).until(d -> !d.findElements(By.cssSelector(".tree-matches a")).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) browser.script("return Array.from(document.querySelectorAll('.tree-matches a')).map(a => a.firstChild.textContent)");
        // Every word, anywhere in the title, whatever its case: 3, 13, 23, 30 to 39, 43 and 53.
        assertThat(found).hasSize(15).startsWith("Entry 3", "Entry 13");
        assertThat(browser.driver().findElement(By.cssSelector(".tree-matches .tree-match-folder")).getText()).isEqualTo("Archive");
        assertThat(browser.driver().findElement(By.cssSelector(".site-tree > ul:not(.tree-matches)")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.cssSelector(".tree-filter-status")).getText()).isEqualTo("15 notes.");
        filter.sendKeys("3");
        waitUpTo(5).until(d -> d.findElements(By.cssSelector(".tree-matches a")).size() == 1);
        assertThat(browser.driver().findElement(By.cssSelector(".tree-filter-status")).getText()).isEqualTo("1 note.");
        filter.sendKeys(" nothing");
        waitUpTo(5).until(d -> "No note title matches.".equals(d.findElement(By.cssSelector(".tree-filter-status")).getText()));
        filter.clear();
        filter.sendKeys(" ");
        waitUpTo(5).until(d -> d.findElement(By.cssSelector(".site-tree > ul:not(.tree-matches)")).isDisplayed());
        assertThat(browser.driver().findElements(By.cssSelector(".tree-matches"))).isEmpty();
        filter.sendKeys("entry 33");
        waitUpTo(5).until(d -> d.findElements(By.cssSelector(".tree-matches a")).size() == 1);
        browser.driver().findElement(By.cssSelector(".tree-matches a")).click();
        waitUpTo(5).until(d -> d.getCurrentUrl().contains("archive/entry-33"));
    }

    @Test
    void aPreviewShowsTheSectionAsThePageRendersItWithItsImages() {
        open("exam.html", 1280, 900);
        WebElement preview = hover(By.linkText("the steps"));
        waitUpTo(3).until(d -> !preview.findElements(By.cssSelector("li")).isEmpty());
        assertThat(preview.findElements(By.cssSelector("li"))).extracting(WebElement::getText).containsExactly("first step", "second step");
        assertThat(preview.findElement(By.cssSelector("pre code")).getText()).isEqualTo("int steps = 2;");
        hover(By.linkText("a picture"));
        waitUpTo(5).until(d -> Boolean.TRUE.equals(browser.script(
                "var i = document.querySelector('.link-preview img'); return !!i && i.complete && i.naturalWidth === 1")));
    }

    private static WebElement hover(By link) {
        new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.cssSelector("h1"))).perform();
        new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.cssSelector("main .markdown")).findElement(link)).perform();
        return waitUpTo(5).until(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector(".link-preview:not([hidden])"));
            return shown.isEmpty() ? null : shown.get(0);
        });
    }

    @Test
    void theLocalGraphsScriptsLoadOnlyOnceItNearsTheScreen() {
        open("exam.html", 1280, 800);
        assertThat(browser.script("return typeof d3")).isEqualTo("undefined");
        assertThat(browser.script("return document.querySelectorAll('script[src*=\"d3-force\"]').length")).isEqualTo(0L);
        browser.script("window.scrollTo(0, document.documentElement.scrollHeight)");
        waitUpTo(5).until(d -> "function".equals(browser.script("return typeof (window.d3 && d3.forceSimulation)")));
        waitUpTo(5).until(d -> number("return document.querySelector('.local-graph canvas').width") > 0);
    }
}
