package io.studysite.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    private static final Path A = Path.of("content/A.md");
    private static final Path B = Path.of("content/B.md");

    @Test
    void keepsTheSeverityAStageGaveWhenNothingIsConfigured() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warn(A, 1, 1, "unresolved-link", "no note named \"X\"");
        diagnostics.error(A, 2, 1, "invalid-front-matter", "bad");
        diagnostics.info(A, 3, 1, "alias-link", "just so you know");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::code, Diagnostic::severity).containsExactly(
                tuple("unresolved-link", Severity.WARNING),
                tuple("invalid-front-matter", Severity.ERROR),
                tuple("alias-link", Severity.INFO));
    }

    @Test
    void appliesTheConfiguredSeverityOfEachCode() {
        Diagnostics diagnostics = new Diagnostics(Map.of(
                "unresolved-link", Severity.ERROR,
                "invalid-front-matter", Severity.INFO));
        diagnostics.warn(A, 1, 1, "unresolved-link", "no note named \"X\"");
        diagnostics.error(A, 2, 1, "invalid-front-matter", "bad");
        diagnostics.warn(A, 3, 1, "mojibake-repaired", "repaired");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::code, Diagnostic::severity).containsExactly(
                tuple("unresolved-link", Severity.ERROR),
                tuple("invalid-front-matter", Severity.INFO),
                tuple("mojibake-repaired", Severity.WARNING));
    }

    @Test
    void configuredSeverityAlsoAppliesToAddAndAddAll() {
        Diagnostics diagnostics = new Diagnostics(Map.of("ambiguous-link", Severity.ERROR));
        diagnostics.add(new Diagnostic(A, 1, 1, Severity.WARNING, "ambiguous-link", "two", "pick one"));
        diagnostics.addAll(List.of(new Diagnostic(B, 1, 1, Severity.INFO, "ambiguous-link", "three", null)));

        assertThat(diagnostics.sorted()).extracting(Diagnostic::severity)
                .containsExactly(Severity.ERROR, Severity.ERROR);
        assertThat(diagnostics.sorted().get(0).hint()).isEqualTo("pick one");
    }

    @Test
    void hasErrorsFollowsTheConfiguredSeverity() {
        Diagnostics downgraded = new Diagnostics(Map.of("unresolved-link", Severity.WARNING));
        downgraded.error(A, 1, 1, "unresolved-link", "x");
        assertThat(downgraded.hasErrors()).isFalse();

        Diagnostics upgraded = new Diagnostics(Map.of("unresolved-link", Severity.ERROR));
        upgraded.warn(A, 1, 1, "unresolved-link", "x");
        assertThat(upgraded.hasErrors()).isTrue();

        Diagnostics empty = new Diagnostics();
        assertThat(empty.hasErrors()).isFalse();
        assertThat(empty.sorted()).isEmpty();
    }

    @Test
    void sortsByPathThenLineThenColumnThenCode() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warn(B, 1, 1, "unresolved-link", "m");
        diagnostics.warn(A, 12, 5, "unresolved-link", "m");
        diagnostics.warn(A, 2, 9, "unresolved-link", "m");
        diagnostics.warn(A, 12, 1, "unresolved-link", "m");
        diagnostics.warn(A, 2, 9, "ambiguous-link", "m");
        diagnostics.warn(null, 0, 0, "file-name-encoding", "whole build");
        diagnostics.warn(A, 0, 0, "invalid-utf8", "m");

        assertThat(diagnostics.sorted())
                .extracting(d -> (d.file() == null ? "-" : d.file().toString()) + ":" + d.line() + ":" + d.column() + ":" + d.code())
                .containsExactly(
                        "-:0:0:file-name-encoding",
                        "content/A.md:0:0:invalid-utf8",
                        "content/A.md:2:9:ambiguous-link",
                        "content/A.md:2:9:unresolved-link",
                        "content/A.md:12:1:unresolved-link",
                        "content/A.md:12:5:unresolved-link",
                        "content/B.md:1:1:unresolved-link");
    }

    @Test
    void sortsLinesNumericallyNotAsText() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warn(A, 10, 1, "unresolved-link", "m");
        diagnostics.warn(A, 9, 1, "unresolved-link", "m");
        diagnostics.warn(A, 100, 1, "unresolved-link", "m");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::line).containsExactly(9, 10, 100);
    }

    @Test
    void sortedIsASnapshotThatCannotBeModified() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warn(A, 1, 1, "unresolved-link", "m");
        List<Diagnostic> snapshot = diagnostics.sorted();
        diagnostics.warn(A, 2, 1, "unresolved-link", "m");

        assertThat(snapshot).hasSize(1);
        assertThat(diagnostics.sorted()).hasSize(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> snapshot.add(snapshot.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void collectsFromManyThreads() throws InterruptedException {
        Diagnostics diagnostics = new Diagnostics();
        Thread[] threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            int thread = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    diagnostics.warn(A, thread * 1000 + i + 1, 1, "unresolved-link", "m");
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(diagnostics.sorted()).hasSize(4000);
    }

    @Test
    void severityLabelsAndParsing() {
        assertThat(Severity.WARNING.label()).isEqualTo("warning");
        assertThat(Severity.ERROR.label()).isEqualTo("error");
        assertThat(Severity.INFO.label()).isEqualTo("info");
        assertThat(Severity.parse(" Error ")).isEqualTo(Severity.ERROR);
        assertThat(Severity.parse("warning")).isEqualTo(Severity.WARNING);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Severity.parse("fatal"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
