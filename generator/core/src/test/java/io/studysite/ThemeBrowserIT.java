package io.studysite;

import io.studysite.testing.Browser;
import io.studysite.testing.BrowserSession;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default theme's behaviour in headless Chromium from disk: the notes tree, contents that follow the
 * reading position, hover previews, the remembered theme, the phone drawer, print and keyboard use.
 */
class ThemeBrowserIT {
    static Path site;
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    static Browser browser;

    @BeforeAll
    static void build(@TempDir Path dir) {
        StringBuilder longNote = new StringBuilder("# Long\n\nA note long enough to scroll.\n\n");
        for (int i = 1; i <= 12; i++) {
            longNote.append("## Part ").append(i).append("\n\n");
            longNote.append("Text of part ").append(i).append(".\n\n".repeat(1)).append("More words.\n\n".repeat(12));
        }
        Path vault = TestVault.write(dir.resolve("vault"),
                "Start.md", "# Start\n\nSee [[Lambda]], its [[Lambda#Timeouts|timeouts]] and [[Hostile]].\n",
                "Long.md", longNote.toString(),
                "Hostile.md", "# Hostile\n\nText with `<img src=x onerror=window.previewAttack=1>` inside.\n",
                "Compute/Lambda.md", "# Lambda\n\nLambda runs code without servers.\n\n## Timeouts\n\nA function stops after 15 minutes at most.\n",
                "Compute/Note 10.md", "# Note 10\n\nTen.\n",
                "Compute/Note 2.md", "# Note 2\n\nTwo.\n",
                "Compute/Deep/Inner Note.md", "# Inner Note\n\nInside.\n",
                "Storage/S3.md", "# S3\n\nBuckets.\n");
        site = dir.resolve("site");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, site));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);

        // Folders long enough that their listings are parts of the tree, loaded as needed.
        List<String> files = new java.util.ArrayList<>(List.of("Start.md", "# Start\n\nHello.\n",
                "Archive/Moved.md", "---\npermalink: /elsewhere/moved/\n---\n# Moved\n"));
        for (int i = 1; i <= 60; i++) {
            files.addAll(List.of("Archive/Entry " + i + ".md", "# Archive entry " + i + " with a title long enough to fill a listing\n"));
            files.addAll(List.of("Archive/Old/Deep " + i + ".md", "# Deep " + i + " with a title long enough to fill a listing too\n"));
        }
        bigSite = dir.resolve("big-site");
        Path bigVault = TestVault.write(dir.resolve("big-vault"), files.toArray(String[]::new));
        assertThat(new SiteBuilder().build(BuildOptions.of(bigVault, bigSite)).outcome()).isEqualTo(BuildResult.Outcome.OK);
        browser = session.browser();
    }

    static Path bigSite;

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds));
    }

    @SuppressWarnings("unchecked")
    private static List<String> treeTexts(String selector) {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent)", selector);
    }

    private static void openWide(String page) {
        browser.size(1400, 900);
        browser.colorScheme("light");
        browser.open(site.resolve(page));
        waitUpTo(5).until(d -> !treeTexts(".site-tree > ul > li").isEmpty());
    }

    @Test
    void treeListsFoldersFirstInNaturalOrderWithTheCurrentNoteMarkedAndItsFoldersOpen() {
        browser.script("sessionStorage.clear()");
        openWide("compute/lambda.html");
        assertThat(treeTexts(".site-tree > ul > li > .tree-folder a, .site-tree > ul > li > a"))
                .containsExactly("Compute", "Storage", "Hostile", "Long", "Start");
        assertThat(treeTexts(".site-tree > ul > li:first-child > ul > li > .tree-folder a, .site-tree > ul > li:first-child > ul > li > a"))
                .containsExactly("Deep", "Lambda", "Note 2", "Note 10");
        assertThat(treeTexts(".site-tree [aria-current=page]")).containsExactly("Lambda");
        WebElement storage = browser.driver().findElement(By.cssSelector(".site-tree button[aria-label='Storage']"));
        assertThat(storage.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.driver().findElements(By.cssSelector(".site-tree a[href$='s3.html']"))).isEmpty();

        // Keyboard: the folder toggles are buttons, operable with Enter; the choice lasts across pages.
        storage.sendKeys(Keys.ENTER);
        assertThat(storage.getAttribute("aria-expanded")).isEqualTo("true");
        browser.driver().findElement(By.cssSelector(".site-tree a[href$='s3.html']")).click();
        waitUpTo(5).until(d -> treeTexts(".site-tree [aria-current=page]").equals(List.of("S3")));
        assertThat(browser.driver().findElement(By.cssSelector(".site-tree button[aria-label='Compute']")).getAttribute("aria-expanded"))
                .isEqualTo("true");
        browser.driver().findElement(By.cssSelector(".site-tree button[aria-label='Storage']")).click();
        assertThat(browser.driver().findElement(By.cssSelector(".site-tree a[href$='s3.html']")).isDisplayed()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static List<String> treePartsLoaded() {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll('script[src*=\"_studysite/tree/\"]'))"
                + ".map(s => s.getAttribute('src').replace(/^.*_studysite\\//, '')).sort()");
    }

    @Test
    void aLongFolderIsAPartLoadedForThePagesBranchOrWhenOpened() throws java.io.IOException {
        String top = java.nio.file.Files.readString(bigSite.resolve("_studysite/tree.js"));
        assertThat(top).contains("[\"Archive\",\"archive/index.html\",1]").doesNotContain("Deep 1 ", "Archive entry 1 ");
        assertThat(bigSite.resolve("_studysite/tree/0.js")).content().contains("Deep 1 with");
        assertThat(bigSite.resolve("_studysite/tree/1.js")).content().contains("[\"Old\",\"archive/old/index.html\",0]");

        // A page outside the long folders loads the top only; opening a folder loads its part.
        browser.script("sessionStorage.clear()");
        browser.size(1400, 900);
        browser.open(bigSite.resolve("start.html"));
        waitUpTo(5).until(d -> !treeTexts(".site-tree > ul > li").isEmpty());
        assertThat(treePartsLoaded()).isEmpty();
        browser.driver().findElement(By.cssSelector(".site-tree button[aria-label='Archive']")).click();
        waitUpTo(5).until(d -> treeTexts(".site-tree a").contains("Archive entry 7 with a title long enough to fill a listing"));
        assertThat(treePartsLoaded()).containsExactly("tree/1.js");

        // A deep page opens its branch at once, its parts found from its address.
        browser.script("sessionStorage.clear()");
        browser.open(bigSite.resolve("archive/old/deep-5.html"));
        waitUpTo(5).until(d -> !treeTexts(".site-tree [aria-current=page]").isEmpty());
        assertThat(treeTexts(".site-tree [aria-current=page]")).containsExactly("Deep 5 with a title long enough to fill a listing too");
        assertThat(treePartsLoaded()).containsExactly("tree/0.js", "tree/1.js");

        // A note outside its folder's address (a permalink) is told its branch.
        browser.script("sessionStorage.clear()");
        browser.open(bigSite.resolve("elsewhere/moved.html"));
        waitUpTo(5).until(d -> !treeTexts(".site-tree [aria-current=page]").isEmpty());
        assertThat(treeTexts(".site-tree [aria-current=page]")).containsExactly("Moved");
        assertThat(treePartsLoaded()).containsExactly("tree/1.js");
        assertThat(browser.driver().findElement(By.cssSelector(".site-tree button[aria-label='Archive']")).getAttribute("aria-expanded"))
                .isEqualTo("true");
    }

    @Test
    void contentsMarkTheSectionBeingRead() {
        openWide("long.html");
        browser.script("document.getElementById('part-7').scrollIntoView()");
        waitUpTo(3).until(d -> treeTexts(".toc a[aria-current=location]").equals(List.of("Part 7")));
        browser.script("window.scrollTo(0, 0)");
        waitUpTo(3).until(d -> treeTexts(".toc a[aria-current=location]").equals(List.of("Long")));
        browser.script("window.scrollTo(0, document.documentElement.scrollHeight)");
        waitUpTo(3).until(d -> treeTexts(".toc a[aria-current=location]").equals(List.of("Part 12")));
    }

    @Test
    void hoveringALinkPreviewsTheNoteOrTheLinkedSectionAsText() {
        openWide("start.html");
        WebElement preview = hover(By.linkText("Lambda"));
        assertThat(preview.getText()).contains("Lambda").contains("Lambda runs code without servers.");

        hover(By.linkText("timeouts"));
        waitUpTo(3).until(d -> preview.getText().contains("15 minutes"));
        assertThat(preview.getText()).contains("Lambda › Timeouts");

        hover(By.linkText("Hostile"));
        waitUpTo(3).until(d -> preview.getText().contains("onerror"));
        assertThat(preview.findElements(By.tagName("img"))).isEmpty();
        assertThat(browser.script("return window.previewAttack === undefined")).isEqualTo(true);

        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        assertThat(preview.isDisplayed()).isFalse();
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
    void themeToggleCyclesSystemLightDarkAndIsAppliedBeforeThePageIsDrawn() {
        openWide("start.html");
        browser.script("localStorage.clear()");
        browser.open(site.resolve("start.html"));
        WebElement toggle = browser.driver().findElement(By.cssSelector(".theme-toggle"));
        assertThat(browser.script("return document.documentElement.getAttribute('data-theme')")).isNull();
        toggle.click();
        assertThat(browser.script("return document.documentElement.getAttribute('data-theme')")).isEqualTo("light");
        toggle.click();
        assertThat(browser.script("return document.documentElement.getAttribute('data-theme')")).isEqualTo("dark");
        assertThat(browser.script("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(21, 24, 28)");
        assertThat(toggle.getAttribute("aria-label")).startsWith("Theme: dark");

        // Remembered: on the next page the attribute is on <html> before <body> exists, so nothing flashes.
        Object watcher = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                new MutationObserver(function (changes, observer) {
                  if (document.body) { window.themeAtFirstBody = document.documentElement.getAttribute('data-theme'); observer.disconnect(); }
                }).observe(document, {childList: true, subtree: true});
                """));
        try {
            browser.open(site.resolve("compute/lambda.html"));
            assertThat(browser.script("return window.themeAtFirstBody")).isEqualTo("dark");
            assertThat(browser.script("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(21, 24, 28)");
        } finally {
            browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", ((Map<?, ?>) watcher).get("identifier")));
        }
        browser.driver().findElement(By.cssSelector(".theme-toggle")).click();
        assertThat(browser.script("return document.documentElement.getAttribute('data-theme')")).isNull();
        assertThat(browser.script("return localStorage.getItem('studysite-theme')")).isNull();
        assertThat(browser.script("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(253, 253, 252)");
    }

    @Test
    void onAPhoneTheTreeIsADrawerAndTheContentsComeBeforeTheNote() {
        browser.size(360, 780);
        browser.colorScheme("light");
        browser.open(site.resolve("long.html"));
        WebElement menu = browser.driver().findElement(By.cssSelector(".menu-button"));
        WebElement sidebar = browser.driver().findElement(By.id("sidebar"));
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(sidebar.isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.cssSelector(".site-header .site-nav")).isDisplayed()).isFalse();
        Number tocTop = (Number) browser.script("return document.querySelector('.toc-panel').getBoundingClientRect().top");
        Number noteTop = (Number) browser.script("return document.querySelector('main').getBoundingClientRect().top");
        assertThat(tocTop.doubleValue()).isLessThan(noteTop.doubleValue());
        assertThat(browser.script("return document.querySelector('.toc-details').open")).isEqualTo(false);
        Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);

        menu.click();
        // Slid fully in.
        waitUpTo(3).until(d -> ((Number) browser.script("return document.getElementById('sidebar').getBoundingClientRect().left")).doubleValue() >= 0);
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(sidebar.findElement(By.linkText("Services")).isDisplayed()).isTrue();
        assertThat(browser.script("return document.activeElement.textContent")).isEqualTo("Long");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        waitUpTo(3).until(d -> !sidebar.isDisplayed());
        assertThat(browser.script("return document.activeElement === document.querySelector('.menu-button')")).isEqualTo(true);
    }

    @Test
    void printingShowsTheNoteWithoutNavigation() {
        openWide("long.html");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String hidden : List.of(".site-header", ".sidebar", ".toc-panel", ".site-footer", ".backlinks")) {
                assertThat(browser.script("return getComputedStyle(document.querySelector(arguments[0])).display", hidden))
                        .as(hidden).isEqualTo("none");
            }
            assertThat(browser.driver().findElement(By.cssSelector("main .markdown")).isDisplayed()).isTrue();
            assertThat(browser.script("return getComputedStyle(document.body).color")).isEqualTo("rgb(0, 0, 0)");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void theFirstTabStopIsAVisibleSkipLinkToTheNote() {
        openWide("start.html");
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
        Number left = (Number) browser.script("return document.activeElement.getBoundingClientRect().left");
        assertThat(left.doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(browser.script("return getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.driver().getCurrentUrl()).endsWith("#content");
    }
}
