package io.studysite.testing;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Headless Chromium for browser tests, started as design.md prescribes ({@link BrowserBinaries} finds it). Where Chromium is absent
 * the test is skipped with a loud message, unless STUDYSITE_REQUIRE_BROWSER is set (CI), where it fails.
 */
public final class Browser implements AutoCloseable {
    private static final Json JSON = new Json();
    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        return start(false);
    }

    /** A browser that records the requests its pages make (Chromium's performance log): see {@link #requests()}. */
    public static Browser startRecordingRequests() {
        return start(true);
    }

    private static Browser start(boolean recordRequests) {
        BrowserBinaries binaries = new BrowserBinaries(System.getenv());
        Optional<Path> chromium = binaries.browser();
        Optional<Path> chromedriver = binaries.driver();
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String message = "BROWSER TESTS NOT RUN: no " + (chromium.isEmpty() ? "Chromium" : "chromedriver")
                    + " on the PATH or in the usual places (Debian: apt-get install chromium chromium-driver;"
                    + " or set STUDYSITE_CHROMIUM and STUDYSITE_CHROMEDRIVER)";
            if (System.getenv("STUDYSITE_REQUIRE_BROWSER") != null) {
                throw new AssertionError(message + " (STUDYSITE_REQUIRE_BROWSER is set)");
            }
            System.err.println("!!! " + message);
            Assumptions.abort(message);
        }
        try {
            Path profile = Files.createTempDirectory("studysite-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.get().toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                    "--user-data-dir=" + profile);
            if (recordRequests) {
                options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(Path file) {
        driver.get(file.toUri().toString());
    }

    public void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Emulates the reader's system colour scheme: "light" or "dark". */
    public void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Saves a screenshot of the whole page for people to look at. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URLs requested since the last call, in order (a browser from {@link #startRecordingRequests()}). */
    public List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get("performance")) {
            Map<String, Object> message = JSON.toType(entry.getMessage(), Json.MAP_TYPE);
            @SuppressWarnings("unchecked")
            Map<String, Object> event = (Map<String, Object>) message.get("message");
            if ("Network.requestWillBeSent".equals(event.get("method"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> request = (Map<String, Object>) ((Map<String, Object>) event.get("params")).get("request");
                urls.add((String) request.get("url"));
            }
        }
        return urls;
    }

    public Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    @Override
    public void close() {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary profile is harmless.
        }
    }
}
