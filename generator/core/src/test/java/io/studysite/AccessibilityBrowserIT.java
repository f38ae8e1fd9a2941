package io.studysite;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.studysite.testing.Browser;
import io.studysite.testing.BrowserSession;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (Deque's runner) over every kind of page the default theme makes, opened from disk in headless
 * Chromium, in the light and the dark scheme, at desktop and phone widths: no WCAG 2.1 A or AA violation.
 * Pages are checked once their scripts have run (tree drawn, search results shown), as readers see them.
 */
class AccessibilityBrowserIT {
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    static Path sample;
    static Path folders;
    static Browser browser;

    @BeforeAll
    static void build(@TempDir Path dir) {
        sample = dir.resolve("sample");
        assertThat(new SiteBuilder().build(BuildOptions.of(TestVault.repository().resolve("content"), sample)).outcome())
                .isEqualTo(BuildResult.Outcome.OK);
        List<String> files = new ArrayList<>(List.of(
                "Compute/Lambda.md", "# Lambda\n\nSee [[S3]].\n\n## Limits\n\nFifteen minutes.\n",
                "Storage/S3.md", "---\ntags: [storage]\n---\n# S3\n\nBuckets, linked from [[Lambda]].\n"));
        // A folder long enough to be listed under its first letters.
        for (int i = 0; i < 45; i++) {
            files.addAll(List.of("Long/" + (char) ('A' + i % 6) + " note " + i + ".md", "# Note " + i + "\n"));
        }
        Path vault = TestVault.write(dir.resolve("vault"), files.toArray(String[]::new));
        folders = dir.resolve("folders");
        assertThat(new SiteBuilder().build(BuildOptions.of(vault, folders)).outcome()).isEqualTo(BuildResult.Outcome.OK);
        browser = session.browser();
    }

    /** Every kind of page: home, both dialects' notes, tag index and page, services index and page, search with results, 404, graph, folders short and long. */
    static List<Page> pages() {
        return List.of(new Page(sample, "index.html", ""), new Page(sample, "aws-developer-associate.html", ""),
                new Page(sample, "aws-certified-developer-notes.html", ""), new Page(sample, "tags/index.html", ""),
                new Page(sample, "tags/aws.html", ""), new Page(sample, "services/index.html", ""),
                new Page(sample, "services/dynamodb.html", ""), new Page(sample, "search/index.html", "?q=dynamodb"),
                new Page(sample, "404.html", ""), new Page(sample, "graph/index.html", ""), new Page(folders, "compute/index.html", ""),
                new Page(folders, "storage/s3.html", ""), new Page(folders, "long/index.html", ""));
    }

    record Page(Path site, String path, String query) {
        String url() {
            return site.resolve(path).toUri() + query;
        }
    }

    @Test
    void everyKindOfPagePassesAxeInLightAndDarkAtDesktopWidth() {
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.size(1400, 900);
            for (Page page : pages()) {
                violations.addAll(check(page, scheme));
            }
        }
        assertThat(violations).as("axe violations").isEmpty();
    }

    @Test
    void notesAndListingsPassAxeAtPhoneWidthWithTheDrawerOpen() {
        List<String> violations = new ArrayList<>();
        browser.size(360, 780);
        for (String scheme : List.of("light", "dark")) {
            for (Page page : List.of(new Page(sample, "aws-developer-associate.html", ""), new Page(sample, "index.html", ""),
                    new Page(folders, "storage/s3.html", ""))) {
                violations.addAll(check(page, scheme));
                browser.driver().findElement(By.cssSelector(".menu-button")).click();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(3)).until(d -> ((Number) browser.script(
                        "return document.getElementById('sidebar').getBoundingClientRect().left")).doubleValue() >= 0);
                violations.addAll(describe(page + " drawer open, " + scheme, new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver())));
            }
        }
        assertThat(violations).as("axe violations").isEmpty();
    }

    @Test
    void theToggledDarkThemePassesAxeUnderALightSystem() {
        browser.size(1400, 900);
        browser.colorScheme("light");
        browser.driver().get(sample.resolve("aws-developer-associate.html").toUri().toString());
        browser.script("localStorage.setItem('studysite-theme', 'dark')");
        try {
            List<String> violations = new ArrayList<>();
            for (Page page : List.of(new Page(sample, "aws-developer-associate.html", ""), new Page(sample, "services/index.html", ""))) {
                browser.driver().get(page.url());
                assertThat(browser.script("return document.documentElement.getAttribute('data-theme')")).isEqualTo("dark");
                waitForScripts();
                violations.addAll(describe(page + " toggled dark", new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver())));
            }
            assertThat(violations).as("axe violations").isEmpty();
        } finally {
            browser.script("localStorage.removeItem('studysite-theme')");
        }
    }

    private static List<String> check(Page page, String scheme) {
        browser.colorScheme(scheme);
        browser.driver().get(page.url());
        waitForScripts();
        if (!page.query().isEmpty()) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.cssSelector(".search-results li")).isEmpty());
        }
        return describe(page + " " + scheme, new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver()));
    }

    private static void waitForScripts() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".site-tree > ul")).isEmpty());
    }

    private static List<String> describe(String where, Results results) {
        assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
        List<String> out = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String why = Stream.of(node.getAny(), node.getAll(), node.getNone()).filter(l -> l != null).flatMap(List::stream)
                        .map(Check::getMessage).collect(Collectors.joining("; "));
                out.add(where + ": " + rule.getId() + " (" + rule.getHelp() + ") at " + node.getTarget() + ": " + why
                        + "\n    " + node.getHtml());
            }
        }
        return out;
    }
}
