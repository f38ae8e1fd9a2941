package io.studysite.serve;

import io.studysite.BuildOptions;
import io.studysite.testing.Browser;
import io.studysite.testing.BrowserSession;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authoring loop in headless Chromium: with {@code serve} running on a copy of the sample vault, saving a
 * note updates the open page by itself and leaves a page it does not change alone, and a broken link shows in the
 * page until it is fixed.
 */
class ServeBrowserIT {
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @Test
    void savingANoteUpdatesTheOpenPageAndDiagnosticsShowUntilFixed(@TempDir Path tmp) throws IOException {
        Path vault = copy(TestVault.repository().resolve("content"), tmp.resolve("vault"));
        Browser browser = session.browser();
        try (DevServer server = DevServer.start(BuildOptions.of(vault, tmp.resolve("site")), "127.0.0.1", 0, line -> { })) {
            browser.size(1280, 900);
            // A page the edit does not change, open in another tab: it must stay as it is.
            browser.driver().get(server.address() + "tags/index.html");
            browser.script("window.notReloaded = true");
            String untouched = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.driver().get(server.address() + "aws-developer-associate.html");
            String edited = browser.driver().getWindowHandle();
            int before = server.lastBuild().diagnostics().size();
            browser.script("window.notReloaded = true");
            Path note = vault.resolve("AWS Developer Associate.md");

            long saved = System.nanoTime();
            Files.writeString(note, Files.readString(note) + "\n\nA line saved while the page is open.\n");
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains("A line saved while the page is open."));
            System.out.printf("serve: the open page showed the saved note %d ms after the save (sample vault)%n",
                    (System.nanoTime() - saved) / 1_000_000);
            assertThat(browser.script("return window.notReloaded === undefined")).as("the page reloaded itself").isEqualTo(true);
            browser.driver().switchTo().window(untouched);
            assertThat(browser.script("return window.notReloaded === true")).as("the unchanged page stayed").isEqualTo(true);
            browser.driver().switchTo().window(edited);

            Files.writeString(note, Files.readString(note) + "\nSee [[No such note anywhere]].\n");
            // The diagnostics arrive, then the reload: the overlay may be replaced while it is read.
            String overlay = wait.ignoring(StaleElementReferenceException.class).until(d -> {
                var shown = d.findElements(By.cssSelector(".studysite-diagnostics"));
                return !shown.isEmpty() && shown.get(0).isDisplayed() && shown.get(0).getText().contains("No such note anywhere")
                        ? shown.get(0).getText() : null;
            });
            assertThat(overlay).contains("AWS Developer Associate.md:").contains("warning[unresolved-link]");
            assertThat(server.lastBuild().diagnostics()).hasSize(before + 1);

            Files.writeString(note, Files.readString(note).replace("See [[No such note anywhere]].", "Fixed."));
            wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.tagName("body")).getText().contains("Fixed.")
                    && !d.findElement(By.tagName("body")).getText().contains("No such note anywhere"));
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }
}
