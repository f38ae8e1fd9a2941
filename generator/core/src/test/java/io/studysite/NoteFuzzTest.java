package io.studysite;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.studysite.diag.Diagnostic;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One note through the real pipeline, fuzzed: whatever its bytes, a check build (load, parse, index, resolve,
 * render every page) ends with content diagnostics at worst, never an internal error or an exception, and the
 * ordinary note beside it is still rendered without a diagnostic of its own.
 * Seeds: {@code NoteFuzzTestInputs/anyNoteIsRenderedOrReported/}; a long run: {@code bench/fuzz.sh}.
 */
class NoteFuzzTest {
    @TempDir
    static Path tmp;
    static Path vault;

    @BeforeAll
    static void vault() {
        vault = TestVault.write(tmp.resolve("vault"), "Ordinary.md", "# Ordinary\nPlain words about [[Fuzz]] and S3.\n");
    }

    @FuzzTest
    void anyNoteIsRenderedOrReported(byte[] note) throws IOException {
        Files.write(vault.resolve("Fuzz.md"), note);
        BuildResult result = new SiteBuilder().build(
                new BuildOptions(vault, tmp.resolve("site"), Optional.empty(), false, false));
        assertThat(result.outcome()).as("%s", result.diagnostics())
                .isIn(BuildResult.Outcome.OK, BuildResult.Outcome.CONTENT_ERRORS);
        assertThat(result.diagnostics()).extracting(Diagnostic::file)
                .noneMatch(file -> file != null && file.endsWith("Ordinary.md"));
    }
}
