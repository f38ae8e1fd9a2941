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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notes full of script payloads, each of which would set {@code window.__pwned}: opened in Chromium, hovered,
 * focused and clicked, no page ever runs one. The same notes in a vault with {@code html: trusted} do run,
 * which shows the payloads and the probe work.
 */
class UnsafeHtmlBrowserIT {
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    static Browser browser;
    static Path sanitized;
    static Path trusted;

    static final Map<String, String> PAYLOADS = new LinkedHashMap<>();

    static {
        PAYLOADS.put("script", "<script>window.__pwned = 1</script>\n\ntext <script>window.__pwned = 1</script> more\n");
        PAYLOADS.put("img-onerror", "<img src=x onerror=\"window.__pwned = 1\">\n\na <img src=y onerror=window.__pwned=1> b\n");
        PAYLOADS.put("svg-onload", "<svg onload=\"window.__pwned = 1\"></svg>\n");
        PAYLOADS.put("details-ontoggle", "<details ontoggle=\"window.__pwned = 1\" open><summary>s</summary>x</details>\n");
        PAYLOADS.put("input-onfocus", "<input autofocus onfocus=\"window.__pwned = 1\">\n");
        PAYLOADS.put("javascript-href", "<a href=\"javascript:window.__pwned = 1\">html link</a>\n\n"
                + "see <a href=\"JaVaScRiPt&#58;window.__pwned=1\">inline link</a>\n");
        PAYLOADS.put("markdown-links", "[upper](JaVaScRiPt:window.__pwned=1) [entity](javascript&#58;window.__pwned=1) "
                + "[ref][r] <javascript:window.__pwned=1>\n\n[r]: javascript:window.__pwned=1\n");
        PAYLOADS.put("hover", "<div onmouseover=\"window.__pwned = 1\" style=\"height: 40px\">hover me</div>\n");
        PAYLOADS.put("iframe", "<iframe srcdoc=\"<script>parent.__pwned = 1</script>\"></iframe>\n\n"
                + "<iframe src=\"javascript:parent.__pwned = 1\"></iframe>\n");
        PAYLOADS.put("unclosed", "<img src=\"z\" onerror=\"window.__pwned=1\"\n");
        PAYLOADS.put("kramdown", "A paragraph.\n{: tabindex=\"0\" onfocus=\"window.__pwned=1\" onclick=\"window.__pwned=1\"}\n");
    }

    @BeforeAll
    static void build(@TempDir Path out) {
        List<String> files = new ArrayList<>();
        PAYLOADS.forEach((name, text) -> {
            files.add(name + ".md");
            files.add(text);
        });
        sanitized = out.resolve("sanitized");
        assertThat(new SiteBuilder().build(BuildOptions.of(TestVault.write(out.resolve("v1"), files.toArray(String[]::new)),
                sanitized)).outcome()).isEqualTo(BuildResult.Outcome.OK);
        files.add("studysite.yml");
        files.add("html: trusted\n");
        trusted = out.resolve("trusted");
        assertThat(new SiteBuilder().build(BuildOptions.of(TestVault.write(out.resolve("v2"), files.toArray(String[]::new)),
                trusted)).outcome()).isEqualTo(BuildResult.Outcome.OK);
        browser = session.browser();
        // The flag outlives the page: a javascript: link that runs replaces the document, and a frame sets its parent's.
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
    }

    private static final String PROBE = "try { Object.defineProperty(window, '__pwned', {configurable: true,"
            + " set() { sessionStorage.setItem('pwned', '1'); }, get() { return sessionStorage.getItem('pwned'); }}); }"
            + " catch (e) { }";

    /** Opens a page, hovers, focuses and clicks everything in the note, and says whether a payload ran. */
    private static boolean runs(Path site, String name) {
        browser.open(site.resolve("index.html"));
        browser.script("sessionStorage.clear()");
        browser.open(site.resolve(name + ".html"));
        // Links to other pages would leave the page and its flag: only script links may follow through.
        browser.script("document.addEventListener('click', e => { const a = e.target.closest('a');"
                + " if (a && !/^\\s*javascript:/i.test(a.getAttribute('href') || '')) e.preventDefault(); }, true)");
        List<WebElement> elements = browser.driver().findElements(By.cssSelector("article.note-body *"));
        for (WebElement element : elements) {
            try {
                new Actions(browser.driver()).moveToElement(element).perform();
            } catch (RuntimeException notInteractable) {
                // A hidden or zero-size element: the script events below still reach it.
            }
            try {
                browser.script("const e = arguments[0]; e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
                        + " if (e.focus) e.focus(); if (e.click) e.click();", element);
            } catch (RuntimeException stale) {
                // A script link that ran replaced the page: the flag is already set.
            }
        }
        browser.script("document.querySelectorAll('details').forEach(d => d.open = !d.open)");
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return browser.script("return sessionStorage.getItem('pwned')") != null;
    }

    @Test
    void noPayloadRunsInASanitizedSite() {
        List<String> ran = PAYLOADS.keySet().stream().filter(name -> runs(sanitized, name)).toList();
        assertThat(ran).isEmpty();
    }

    @Test
    void theSamePayloadsRunWhenTheVaultTrustsItsHtml() {
        List<String> ran = PAYLOADS.keySet().stream().filter(name -> runs(trusted, name)).toList();
        // An unclosed tag at the end of a note is text for flexmark and browsers alike: it never ran.
        assertThat(ran).containsExactlyElementsOf(PAYLOADS.keySet().stream().filter(n -> !n.equals("unclosed")).toList());
    }
}
