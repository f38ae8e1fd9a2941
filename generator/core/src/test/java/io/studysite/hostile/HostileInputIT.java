package io.studysite.hostile;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.diag.Diagnostic;
import io.studysite.diag.DiagnosticFormatter;
import io.studysite.testing.Browser;
import io.studysite.testing.BrowserSession;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static io.studysite.hostile.HostileCases.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile input never costs the site (issue 16). Each case builds a vault holding one hostile note or file beside
 * an ordinary control note, with secret files next to the vault, and asserts: the build ends within {@link #BOUND}
 * and writes the site; the control note is published; the diagnostics the case expects are printed, as plain text;
 * no file outside the site is written and no secret reaches it; and no page of the site runs a script, opened in
 * headless Chromium (and, for script payloads, hovered, focused and clicked).
 *
 * <p>{@code -Dhostile.only=REGEX} runs the cases whose "family: name" it finds.
 */
class HostileInputIT {
    static final Duration BOUND = Duration.ofSeconds(60);
    private static final String CONTROL = "# Control\nPlain words about S3. See [[Hostile]].\n";
    /** Whether a payload ran: survives the page being replaced (a javascript: link) and frames setting their parent's. */
    private static final String PROBE = "try { Object.defineProperty(window, '__pwned', {configurable: true,"
            + " set() { sessionStorage.setItem('pwned', '1'); }, get() { return sessionStorage.getItem('pwned'); }}); }"
            + " catch (e) { }";
    private static final Map<String, Duration> TIMES = new ConcurrentHashMap<>();

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @TempDir
    Path tmp;

    static Stream<HostileCase> cases() {
        java.util.regex.Pattern only = java.util.regex.Pattern.compile(System.getProperty("hostile.only", ""));
        return HostileCases.all().stream().filter(c -> only.matcher(c.toString()).find());
    }

    @BeforeAll
    static void atLeastTheIssuesCount() {
        assertThat(HostileCases.all()).hasSizeGreaterThanOrEqualTo(45);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileInputNeverCostsTheSite(HostileCase hostile) throws IOException {
        Path box = Files.createDirectories(tmp.resolve("box"));
        for (Path beside : List.of(tmp, box)) {
            Files.writeString(beside.resolve("secret.txt"), SECRET + "\n");
            Files.writeString(beside.resolve("secret.md"), "# Secret\n" + SECRET + "\n");
            Files.writeString(beside.resolve("secret.png"), SECRET + "\n");
        }
        Path vault = TestVault.write(box.resolve("vault"), "Control.md", CONTROL);
        hostile.setup().write(vault, box);
        Path site = tmp.resolve("site");
        Set<String> before = filesOutside(site);

        long started = System.nanoTime();
        BuildResult result = assertTimeoutPreemptively(BOUND,
                () -> new SiteBuilder().build(BuildOptions.of(vault, site)), "the build ran past " + BOUND);
        TIMES.put(hostile.toString(), Duration.ofNanos(System.nanoTime() - started));

        List<String> printed = new DiagnosticFormatter(tmp).formatAll(result.diagnostics());
        assertThat(result.written()).as("a site is written; diagnostics:%n%s", String.join("\n", printed)).isTrue();
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(Jsoup.parse(site.resolve("control.html").toFile(), "UTF-8").select(".markdown").text())
                .contains("Plain words about S3.");
        if (!hostile.codes().isEmpty()) {
            assertThat(result.diagnostics()).extracting(Diagnostic::code).as("diagnostics:%n%s", String.join("\n", printed))
                    .containsAll(hostile.codes());
        }
        assertThat(printed).as("diagnostics are plain text").allSatisfy(line ->
                assertThat(line.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t')).isEmpty());
        assertThat(filesOutside(site)).as("files written outside the site").isEqualTo(before);
        assertThat(filesContaining(site, SECRET)).as("site files holding what is outside the vault or private").isEmpty();
        assertThat(scriptsThatRan(site, hostile.interactive())).as("pages that ran a script").isEmpty();
    }

    @AfterAll
    static void slowest() {
        TIMES.entrySet().stream().sorted(Map.Entry.<String, Duration>comparingByValue().reversed()).limit(5)
                .forEach(e -> System.out.printf("hostile build %6d ms  %s%n", e.getValue().toMillis(), e.getKey()));
    }

    /**
     * A file or folder nobody may read. Where it stays readable after {@code chmod 000} (root reads whatever the
     * permissions say) or there are no POSIX permissions, nothing of the case can be checked: it is skipped, saying why.
     */
    static void unreadable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("POSIX permissions are not available here");
        }
        if (stillReadable(file)) {
            // The file was just created by this process, so its owner is the user the tests run as.
            Object uid = Files.getAttribute(file, "unix:uid");
            Assumptions.abort(file.getFileName() + " stays readable after chmod 000: the tests run as uid " + uid
                    + (Integer.valueOf(0).equals(uid) ? " (root, which reads files whatever their permissions)" : ""));
        }
    }

    private static boolean stillReadable(Path file) {
        try {
            if (Files.isDirectory(file)) {
                try (Stream<Path> list = Files.list(file)) {
                    list.findAny();
                }
            } else {
                try (var in = Files.newInputStream(file)) {
                    in.read();
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Every file under the test's folder that is neither the site nor its search index, which live beside it; an
     * unreadable folder's files are not counted (the case that made it unreadable is about them not being read).
     */
    private Set<String> filesOutside(Path site) throws IOException {
        Set<String> out = new TreeSet<>();
        Files.walkFileTree(tmp, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && !file.startsWith(site) && !file.startsWith(tmp.resolve(".site.search-index"))) {
                    out.add(tmp.relativize(file).toString());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    private static List<String> filesContaining(Path site, String marker) throws IOException {
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    out.add(site.relativize(file).toString());
                }
            }
        }
        return out;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The site's pages and its SVG files that ran a payload when opened (and, if asked, when used). */
    private static List<String> scriptsThatRan(Path site, boolean interact) throws IOException {
        Browser browser = session.browser();
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".svg"))
                    .filter(p -> !p.startsWith(site.resolve(io.studysite.link.SitePlan.THEME_FOLDER)))
                    .sorted().toList();
        }
        List<String> ran = new ArrayList<>();
        for (Path page : pages) {
            browser.open(site.resolve("robots.txt"));
            browser.script("sessionStorage.clear()");
            browser.open(page);
            if (interact && page.toString().endsWith(".html")) {
                use(browser);
            }
            pause(150);
            if (browser.script("return sessionStorage.getItem('pwned')") != null) {
                ran.add(site.relativize(page).toString());
            }
        }
        return ran;
    }

    /**
     * Hovers, focuses and clicks everything in the page's main content, and toggles its details, as a reader might:
     * events in one script (a round trip per element is too slow), a real pointer over the first links (previews).
     */
    private static void use(Browser browser) {
        // Links to other pages would leave the page and its flag: only script links may follow through.
        browser.script("document.addEventListener('click', e => { const a = e.target.closest('a');"
                + " if (a && !/^\\s*javascript:/i.test(a.getAttribute('href') || '')) e.preventDefault(); }, true);"
                + " document.querySelectorAll('details').forEach(d => d.open = !d.open);"
                + " for (const e of document.querySelectorAll('main *, article *')) { try {"
                + " for (const type of ['mouseover', 'mouseenter', 'pointerover']) e.dispatchEvent(new MouseEvent(type, {bubbles: true}));"
                + " if (e.focus) e.focus(); if (e.click) e.click(); } catch (x) { } }");
        for (WebElement link : browser.driver().findElements(By.cssSelector("main a, article a")).stream().limit(10).toList()) {
            try {
                new Actions(browser.driver()).moveToElement(link).pause(Duration.ofMillis(400)).perform();
            } catch (RuntimeException gone) {
                // Hidden, or a script link that ran replaced the page: the flag is already set.
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
