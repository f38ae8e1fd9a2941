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

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample site in real headless Chromium, opened from disk (file://): navigation works, styles
 * load, light and dark follow the system. Screenshots land in target/screenshots for review.
 */
class SampleSiteBrowserIT {
    static Path site;
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    static Browser browser;
    static final Path SHOTS = Path.of("target", "screenshots");

    @BeforeAll
    static void buildAndStart(@TempDir Path out) {
        site = out.resolve("site");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(TestVault.repository().resolve("content"), site));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        browser = session.browser();
    }


    @Test
    void navigatesFromTheHomePageToANoteAndToAHeadingFromDisk() {
        // Wide enough for the contents to sit beside the note, open.
        browser.size(1400, 900);
        browser.colorScheme("light");
        browser.open(site.resolve("index.html"));
        assertThat(browser.driver().getCurrentUrl()).startsWith("file://");
        browser.driver().findElement(By.linkText("AWS Developer Associate")).click();
        assertThat(browser.driver().getTitle()).startsWith("AWS Developer Associate ·");
        assertThat(browser.driver().findElements(By.cssSelector(".markdown h1"))).hasSizeGreaterThan(10);

        browser.driver().findElement(By.cssSelector("aside.toc-panel a[href='#volume-types']")).click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("aws-developer-associate.html#volume-types");
        Number headingTop = (Number) browser.script(
                "return document.getElementById('volume-types').getBoundingClientRect().top");
        assertThat(headingTop.doubleValue()).isBetween(0.0, 200.0);

        browser.driver().findElement(By.cssSelector("a.site-title")).click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/index.html");
    }

    @Test
    void stylesheetLoadsAndBothColourSchemesApply() {
        browser.size(1280, 900);
        browser.open(site.resolve("aws-developer-associate.html"));
        browser.colorScheme("light");
        String light = (String) browser.script("return getComputedStyle(document.body).backgroundColor");
        browser.colorScheme("dark");
        String dark = (String) browser.script("return getComputedStyle(document.body).backgroundColor");
        assertThat(light).isEqualTo("rgb(253, 253, 252)");
        assertThat(dark).isEqualTo("rgb(21, 24, 28)");
        WebElement unresolved = browser.driver().findElement(By.cssSelector(".unresolved-link"));
        assertThat(unresolved.getCssValue("text-decoration-style")).isEqualTo("dashed");
    }

    @Test
    void takesScreenshotsOfEveryKindOfPageInBothSchemesAtDesktopAndPhoneWidths() {
        List<String> pages = List.of("index.html", "aws-developer-associate.html", "aws-certified-developer-notes.html", "404.html",
                "services/index.html", "services/dynamodb.html", "search/index.html", "tags/index.html", "tags/aws.html", "graph/index.html");
        for (String scheme : List.of("light", "dark")) {
            for (int width : new int[] {1280, 360}) {
                browser.size(width, 900);
                for (String page : pages) {
                    browser.open(site.resolve(page));
                    browser.colorScheme(scheme);
                    Number overflow = (Number) browser.script(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    assertThat(overflow.intValue()).as(page + " fits " + width + " px without sideways scrolling").isLessThanOrEqualTo(0);
                    Path shot = browser.screenshot(SHOTS.resolve(page.replace(".html", "") + "-" + scheme + "-" + width + ".png"));
                    assertThat(shot).isNotEmptyFile();
                }
            }
        }
    }
}
