package io.studysite;

import io.studysite.testing.Browser;
import io.studysite.testing.BrowserSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kitchen-sink site in headless Chromium from file://: folding callouts work without
 * JavaScript, KaTeX typesets offline, and every page is screenshotted in light and dark.
 */
class KitchenSinkBrowserIT {
    static Path site;
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    static Browser browser;
    static final Path SHOTS = Path.of("target", "screenshots", "kitchen-sink");

    @BeforeAll
    static void buildAndStart(@TempDir Path out) {
        site = out.resolve("site");
        assertThat(new SiteBuilder().build(BuildOptions.of(KitchenSinkIT.VAULT, site)).outcome()).isEqualTo(BuildResult.Outcome.OK);
        browser = session.browser();
    }


    @Test
    void foldedCalloutsOpenWithoutJavaScript() {
        browser.size(1100, 900);
        browser.open(site.resolve("callouts.html"));
        WebElement folded = browser.driver().findElement(By.cssSelector("details.callout[data-callout-fold='-']"));
        WebElement body = folded.findElement(By.cssSelector(".callout-content"));
        assertThat(body.isDisplayed()).isFalse();
        folded.findElement(By.cssSelector("summary")).click();
        assertThat(body.isDisplayed()).isTrue();
    }

    @Test
    void mathIsTypesetByTheBundledKatexFromDisk() {
        browser.size(1100, 900);
        browser.open(site.resolve("math.html"));
        Number rendered = (Number) browser.script("return document.querySelectorAll('.math .katex').length");
        assertThat(rendered.intValue()).isEqualTo(3);
        String font = (String) browser.script(
                "return getComputedStyle(document.querySelector('.katex .mord')).fontFamily");
        assertThat(font).contains("KaTeX");
    }

    @Test
    void screenshotsOfEveryPageInBothSchemes() throws Exception {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (String scheme : List.of("light", "dark")) {
            for (Path page : pages) {
                browser.size(1100, 900);
                browser.open(page);
                browser.colorScheme(scheme);
                String name = site.relativize(page).toString().replace('/', '_').replace(".html", "");
                assertThat(browser.screenshot(SHOTS.resolve(name + "-" + scheme + ".png"))).isNotEmptyFile();
            }
        }
    }
}
