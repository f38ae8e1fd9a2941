package io.studysite;

import io.studysite.testing.Browser;
import io.studysite.testing.BrowserSession;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph view in headless Chromium from file://: the graph page of the sample vault and of a generated vault
 * of 1,200 notes (it draws, settles in chunks without long freezes, without script errors), a note's local graph
 * in the kitchen-sink vault (its neighbours, hover, click), and the find box. Screenshots land in
 * target/screenshots/graph-*.png.
 */
class GraphBrowserIT {
    static final int BIG = 1200;
    static final Path SHOTS = Path.of("target", "screenshots");
    /** Installed before any page script: every uncaught error and the longest main-thread task. */
    static final String PROBE = "window.__errors = [];"
            + "window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });"
            + "window.__longest = 0;"
            + "try { new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) {"
            + "  window.__longest = Math.max(window.__longest, e.duration); }); }).observe({ entryTypes: ['longtask'] }); }"
            + "catch (e) {}";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    static Browser browser;
    static Path sample;
    static Path kitchenSink;
    static Path big;

    @BeforeAll
    static void build(@TempDir Path out) {
        sample = out.resolve("sample");
        assertThat(new SiteBuilder().build(BuildOptions.of(TestVault.repository().resolve("content"), sample)).outcome())
                .isEqualTo(BuildResult.Outcome.OK);
        kitchenSink = out.resolve("kitchen-sink");
        new SiteBuilder().build(BuildOptions.of(
                TestVault.repository().resolve("generator/core/src/test/resources/vaults/kitchen-sink"), kitchenSink));
        big = out.resolve("big");
        assertThat(new SiteBuilder().build(BuildOptions.of(bigVault(out.resolve("big-vault")), big)).outcome())
                .isEqualTo(BuildResult.Outcome.OK);
        browser = session.browser();
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
    }

    /** {@value #BIG} notes in eight folders, each linking to three to six others, a few hubs linked from many. */
    static Path bigVault(Path root) {
        Random random = new Random(42);
        String[] topics = {"Compute", "Storage", "Databases", "Networking", "Security", "Analytics", "Messaging", "Tools"};
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < BIG; i++) {
            StringBuilder text = new StringBuilder("# Note " + i + "\n\nSome text about topic " + i + ".\n\n");
            int links = 3 + random.nextInt(4);
            for (int l = 0; l < links; l++) {
                // Mostly within the same folder, so the folders form clusters; a tenth to the hubs.
                int target = random.nextInt(10) == 0 ? random.nextInt(20)
                        : Math.floorMod(i + random.nextInt(41) - 20, BIG);
                text.append("- [[Note ").append(target).append("]]\n");
            }
            files.put(topics[i * topics.length / BIG] + "/Note " + i + ".md", text.toString());
        }
        return TestVault.write(root, files);
    }

    @BeforeEach
    void lightAndWide() {
        browser.colorScheme("light");
        browser.size(1280, 900);
    }

    private static WebDriverWait waiting(int seconds) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds));
    }

    private static WebElement canvas(String selector) {
        return browser.driver().findElement(By.cssSelector(selector));
    }

    private static void waitSettled(String selector, int seconds) {
        waiting(seconds).until(d -> "true".equals(canvas(selector).getAttribute("data-settled")));
    }

    /** How many of the canvas's pixels something was drawn on. */
    private static long paintedPixels(String selector) {
        return ((Number) browser.script("var c = document.querySelector(arguments[0]);"
                + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;"
                + "for (var i = 3; i < d.length; i += 4) if (d[i] > 0) n++;"
                + "return n;", selector)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> errors() {
        return (List<String>) browser.script("return window.__errors");
    }

    /** Scrolls the note drawn with this title to the middle of the window and moves the mouse over it. */
    private static void pointAt(String selector, String title) {
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) browser.script(
                "var c = document.querySelector(arguments[0]), p = c.graphNodePosition(arguments[1]);"
                        + "if (!p) return null;"
                        + "window.scrollBy(0, c.getBoundingClientRect().top + p.y - window.innerHeight / 2);"
                        + "var r = c.getBoundingClientRect();"
                        + "return {x: r.left + p.x, y: r.top + p.y};", selector, title);
        assertThat(at).as("the graph draws " + title).isNotNull();
        new Actions(browser.driver())
                .moveToLocation((int) Math.round(at.get("x").doubleValue()), (int) Math.round(at.get("y").doubleValue()))
                .perform();
    }

    @Test
    void theSampleGraphPageDrawsEveryNote() {
        browser.open(sample.resolve("graph/index.html"));
        waitSettled("canvas.global-graph", 20);
        assertThat(canvas("canvas.global-graph").getAttribute("data-nodes")).isEqualTo("2");
        assertThat(paintedPixels("canvas.global-graph")).isGreaterThan(50);
        assertThat(browser.driver().findElements(By.cssSelector(".graph-legend li"))).isNotEmpty();
        assertThat(errors()).isEmpty();
    }

    @Test
    void theGraphDrawsWithThePagesColoursInBothSchemesAndAfterTheToggle() {
        browser.open(sample.resolve("graph/index.html"));
        waitSettled("canvas.global-graph", 20);
        for (String scheme : List.of("dark", "light")) {
            browser.colorScheme(scheme);
            browser.script("document.dispatchEvent(new CustomEvent('studysite-theme'))");
            waiting(5).until(d -> canvas("canvas.global-graph").getAttribute("data-background")
                    .equals(browser.script("return getComputedStyle(document.body).backgroundColor")));
        }
        browser.driver().findElement(By.cssSelector(".theme-toggle")).click();
        browser.driver().findElement(By.cssSelector(".theme-toggle")).click();
        assertThat(browser.script("return document.documentElement.getAttribute('data-theme')")).isEqualTo("dark");
        waiting(5).until(d -> "rgb(21, 24, 28)".equals(canvas("canvas.global-graph").getAttribute("data-background")));
        browser.script("localStorage.removeItem('studysite-theme')");
    }

    @Test
    void aThousandNotesSettleInChunksWithoutFreezingThePage() throws Exception {
        long bytes = Files.size(big.resolve("_studysite/graph/graph.js"));
        browser.open(big.resolve("graph/index.html"));
        long start = System.nanoTime();
        waitSettled("canvas.global-graph", 90);
        long waited = (System.nanoTime() - start) / 1_000_000;
        WebElement canvas = canvas("canvas.global-graph");
        double longest = ((Number) browser.script("return window.__longest")).doubleValue();
        System.out.printf("graph of %d notes: graph.js %,d bytes, %s links, settled in %s ms (%s ticks, %d ms waited), "
                        + "longest layout step %s ms, longest task %.0f ms%n", BIG, bytes, canvas.getAttribute("data-links"),
                canvas.getAttribute("data-settle-ms"), canvas.getAttribute("data-ticks"), waited,
                canvas.getAttribute("data-longest-step-ms"), longest);
        assertThat(canvas.getAttribute("data-nodes")).isEqualTo(Integer.toString(BIG));
        assertThat(Integer.parseInt(canvas.getAttribute("data-ticks"))).isLessThanOrEqualTo(300);
        // All ticks in one go would hold the page for seconds; chunks keep each task short (generous for slow CI).
        assertThat(longest).as("longest main-thread task, ms").isLessThan(1000);
        assertThat(paintedPixels("canvas.global-graph")).isGreaterThan(20_000);
        assertThat(errors()).isEmpty();
        browser.screenshot(SHOTS.resolve("graph-big-light-1280.png"));
        browser.colorScheme("dark");
        browser.screenshot(SHOTS.resolve("graph-big-dark-1280.png"));
    }

    @Test
    void theFindBoxHighlightsMatchingNotes() {
        browser.open(big.resolve("graph/index.html"));
        waitSettled("canvas.global-graph", 90);
        String before = (String) browser.script("return document.querySelector('canvas.global-graph').toDataURL()");
        WebElement find = browser.driver().findElement(By.id("graph-find"));
        find.sendKeys("Note 111");
        // "Note 111" and "Note 1110" to "Note 1119".
        waiting(5).until(d -> "11".equals(canvas("canvas.global-graph").getAttribute("data-matches")));
        assertThat(browser.driver().findElement(By.id("graph-find-status")).getText()).isEqualTo("11 notes match.");
        String after = (String) browser.script("return document.querySelector('canvas.global-graph').toDataURL()");
        assertThat(after).as("the canvas changes to show the matches").isNotEqualTo(before);
        find.sendKeys("x");
        waiting(5).until(d -> "0".equals(canvas("canvas.global-graph").getAttribute("data-matches")));
        assertThat(browser.driver().findElement(By.id("graph-find-status")).getText()).isEqualTo("No note matches.");
        assertThat(errors()).isEmpty();
    }

    @Test
    void aNotesLocalGraphShowsItsNeighboursHoverNamesThemAndClickOpensThem() {
        browser.open(kitchenSink.resolve("links.html"));
        String local = "section.local-graph canvas";
        waitSettled(local, 20);
        long embedded = ((Number) browser.script(
                "return JSON.parse(document.querySelector('.local-graph-data').textContent).nodes.length")).longValue();
        assertThat(embedded).as("Links and the notes it links to or from").isGreaterThan(4);
        assertThat(canvas(local).getAttribute("data-nodes")).isEqualTo(Long.toString(embedded));
        assertThat(paintedPixels(local)).isGreaterThan(200);

        pointAt(local, "Café crème");
        waiting(5).until(d -> "Café crème".equals(canvas(local).getAttribute("data-hover")));
        WebElement tooltip = browser.driver().findElement(By.cssSelector("section.local-graph .graph-tooltip"));
        assertThat(tooltip.isDisplayed()).isTrue();
        assertThat(tooltip.getText()).isEqualTo("Café crème");
        browser.screenshot(SHOTS.resolve("graph-local-hover-light-1280.png"));

        new Actions(browser.driver()).click().perform();
        waiting(10).until(d -> d.getCurrentUrl().endsWith("caf%C3%A9-cr%C3%A8me.html"));
        assertThat(errors()).isEmpty();
    }

    @Test
    void openTheFullGraphHighlightsTheNoteItCameFrom() {
        browser.open(kitchenSink.resolve("links.html"));
        browser.driver().findElement(By.linkText("Open the full graph")).click();
        waiting(10).until(d -> d.getCurrentUrl().contains("graph/index.html"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("graph/index.html?note=links.html");
        waitSettled("canvas.global-graph", 20);
        assertThat(browser.script("return document.querySelector('canvas.global-graph').dataset.current")).isEqualTo("Links");
        pointAt("canvas.global-graph", "Targets");
        waiting(5).until(d -> "Targets".equals(canvas("canvas.global-graph").getAttribute("data-hover")));
        new Actions(browser.driver()).click().perform();
        waiting(10).until(d -> d.getCurrentUrl().endsWith("/targets.html"));
        assertThat(errors()).isEmpty();
    }

    @Test
    void screenshotsInBothSchemesAtDesktopAndPhoneWidths() {
        for (String scheme : List.of("light", "dark")) {
            for (int width : new int[] {1280, 360}) {
                browser.size(width, 900);
                browser.open(kitchenSink.resolve("graph/index.html"));
                browser.colorScheme(scheme);
                waitSettled("canvas.global-graph", 20);
                assertOnePageWide(width);
                browser.screenshot(SHOTS.resolve("graph-page-" + scheme + "-" + width + ".png"));

                browser.open(kitchenSink.resolve("links.html"));
                browser.colorScheme(scheme);
                waitSettled("section.local-graph canvas", 20);
                browser.script("document.querySelector('section.local-graph').scrollIntoView({block: 'center'})");
                assertOnePageWide(width);
                browser.screenshot(SHOTS.resolve("graph-local-" + scheme + "-" + width + ".png"));
            }
        }
        assertThat(errors()).isEmpty();
    }

    private static void assertOnePageWide(int width) {
        Number overflow = (Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("fits " + width + " px without sideways scrolling").isLessThanOrEqualTo(0);
    }
}
