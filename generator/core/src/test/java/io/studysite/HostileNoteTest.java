package io.studysite;

import io.studysite.diag.Diagnostic;
import io.studysite.diag.Severity;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** One note too deep to show never costs the site: it becomes a notice page and a warning, the others are published. */
class HostileNoteTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> hostileNotes() {
        return Stream.of(
                Arguments.of("20,000 nested quotes", ">".repeat(20_000) + " deep\n"),
                // 20,000 markers on one line also take minutes (the parser's time grows faster than the line): not bounded here yet.
                Arguments.of("2,000 list markers on one line", "- ".repeat(2_000) + "deep\n"),
                Arguments.of("1,000 nested callouts", nestedCallouts(1_000)),
                Arguments.of("20,000 nested inline footnotes", "^[".repeat(20_000) + "x" + "]".repeat(20_000) + "\n"));
    }

    private static String nestedCallouts(int depth) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            text.append("> ".repeat(i)).append("[!note]\n");
        }
        return text.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileNotes")
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNoteTooDeepBecomesANoticeAndTheOthersArePublished(String name, String hostile) throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"),
                "Ordinary.md", "# Ordinary\nPlain words about S3.\n",
                "Hostile.md", hostile);
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));

        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(Jsoup.parse(tmp.resolve("site/ordinary.html").toFile(), "UTF-8").select(".markdown").text())
                .contains("Plain words about S3.");
        assertThat(Jsoup.parse(tmp.resolve("site/hostile.html").toFile(), "UTF-8").select(".markdown").text())
                .contains("This note could not be shown");
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("note-too-complex"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.WARNING);
                    assertThat(d.file()).hasFileName("Hostile.md");
                    assertThat(d.message()).doesNotContain("Exception", "Error", "at io.");
                });
    }

    static Stream<Arguments> deepButRealNotes() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            list.append("  ".repeat(i)).append("- item\n");
        }
        return Stream.of(
                Arguments.of("a 500-level list", list.toString()),
                Arguments.of("371 nested callouts", nestedCallouts(371)),
                Arguments.of("371 list markers on one line", "- ".repeat(371) + "deep\n"));
    }

    /** Deep enough to overflow a default thread stack, yet shown: per-note work runs on a large stack. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("deepButRealNotes")
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDeepButRealNoteIsShown(String name, String deep) throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"), "Deep.md", deep);
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));

        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain("note-too-complex");
        assertThat(Jsoup.parse(tmp.resolve("site/deep.html").toFile(), "UTF-8").select(".markdown").text())
                .doesNotContain("could not be shown");
    }
}
