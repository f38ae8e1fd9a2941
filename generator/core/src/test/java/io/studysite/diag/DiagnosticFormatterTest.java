package io.studysite.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticFormatterTest {

    @TempDir
    Path work;

    private DiagnosticFormatter formatter() {
        return new DiagnosticFormatter(work);
    }

    private Diagnostic warning(Path file, int line, int column, String code, String message) {
        return new Diagnostic(file, line, column, Severity.WARNING, code, message, null);
    }

    @Test
    void formatsPathLineColumnSeverityCodeAndMessage() {
        Diagnostic d = warning(work.resolve("content/Note.md"), 12, 5, "unresolved-link", "no note named \"Sviluppo\"");

        assertThat(formatter().format(d))
                .isEqualTo("content/Note.md:12:5: warning[unresolved-link]: no note named \"Sviluppo\"");
    }

    @Test
    void relativePathsAreResolvedAgainstTheWorkingDirectory() {
        Path cwdRelative = Path.of("").toAbsolutePath().relativize(work.resolve("content/sub/Deep Note.md"));
        Diagnostic d = new Diagnostic(cwdRelative, 3, 1, Severity.ERROR, "invalid-config", "bad", null);

        // a path relative to the JVM's own working directory is made absolute first, then shown relative
        // to the formatter's working directory
        assertThat(formatter().format(d)).isEqualTo("content/sub/Deep Note.md:3:1: error[invalid-config]: bad");
    }

    @Test
    void pathOutsideTheWorkingDirectoryStaysAbsolute() {
        Path outside = work.getParent().resolve("elsewhere/Note.md").toAbsolutePath().normalize();
        Diagnostic d = warning(outside, 1, 2, "unresolved-link", "m");

        assertThat(formatter().format(d)).isEqualTo(outside.toString().replace('\\', '/') + ":1:2: warning[unresolved-link]: m");
    }

    @Test
    void hintGoesOnAnIndentedSecondLine() {
        Diagnostic d = new Diagnostic(work.resolve("content/AWS.md"), 63, 1, Severity.WARNING, "missing-attachment",
                "\"Pasted image 20220205104444.png\" is not in the vault", "add the file or remove the embed");

        assertThat(formatter().format(d).split("\n", -1)).containsExactly(
                "content/AWS.md:63:1: warning[missing-attachment]: \"Pasted image 20220205104444.png\" is not in the vault",
                "    hint: add the file or remove the embed");
    }

    @Test
    void blankHintIsLeftOut() {
        Diagnostic d = new Diagnostic(work.resolve("a.md"), 1, 1, Severity.WARNING, "unresolved-link", "m", "   ");

        assertThat(formatter().format(d)).isEqualTo("a.md:1:1: warning[unresolved-link]: m");
    }

    @Test
    void unknownLineLeavesOutThePosition() {
        Diagnostic d = new Diagnostic(work.resolve("studysite.yml"), 0, 0, Severity.WARNING, "unknown-config-key", "unknown key", null);

        assertThat(formatter().format(d)).isEqualTo("studysite.yml: warning[unknown-config-key]: unknown key");
    }

    @Test
    void unknownColumnIsShownAsColumnOne() {
        Diagnostic d = warning(work.resolve("a.md"), 7, 0, "unresolved-link", "m");

        assertThat(formatter().format(d)).isEqualTo("a.md:7:1: warning[unresolved-link]: m");
    }

    @Test
    void diagnosticWithoutFileHasNoPathPrefix() {
        Diagnostic d = new Diagnostic(null, 0, 0, Severity.ERROR, "usage", "refusing to write there", null);

        assertThat(formatter().format(d)).isEqualTo("error[usage]: refusing to write there");
    }

    @Test
    void infoIsLabelledInfo() {
        Diagnostic d = new Diagnostic(work.resolve("a.md"), 1, 1, Severity.INFO, "unresolved-link", "m", null);

        assertThat(formatter().format(d)).isEqualTo("a.md:1:1: info[unresolved-link]: m");
    }

    @Test
    void summaryCountsWarningsAndFiles() {
        Path note = work.resolve("content/AWS.md");
        List<Diagnostic> list = List.of(warning(note, 1, 1, "unresolved-link", "m"), warning(note, 63, 1, "unresolved-link", "m"));

        assertThat(formatter().summary(list)).isEqualTo("2 warnings in 1 file");
    }

    @Test
    void summaryListsErrorsBeforeWarningsAndPluralisesFiles() {
        Path a = work.resolve("a.md");
        Path b = work.resolve("b.md");
        List<Diagnostic> list = List.of(
                warning(a, 1, 1, "unresolved-link", "m"),
                new Diagnostic(b, 2, 1, Severity.ERROR, "invalid-config", "m", null),
                warning(b, 3, 1, "unresolved-link", "m"),
                warning(a, 4, 1, "unresolved-link", "m"));

        assertThat(formatter().summary(list)).isEqualTo("1 error, 3 warnings in 2 files");
    }

    @Test
    void summarySingularAndPlural() {
        Path a = work.resolve("a.md");
        assertThat(formatter().summary(List.of(warning(a, 1, 1, "unresolved-link", "m")))).isEqualTo("1 warning in 1 file");
        assertThat(formatter().summary(List.of(
                new Diagnostic(a, 1, 1, Severity.ERROR, "invalid-config", "m", null),
                new Diagnostic(a, 2, 1, Severity.ERROR, "invalid-config", "m", null))))
                .isEqualTo("2 errors in 1 file");
        assertThat(formatter().summary(List.of(new Diagnostic(a, 1, 1, Severity.INFO, "alias-link", "m", null))))
                .isEqualTo("1 info message in 1 file");
    }

    @Test
    void summaryWithoutFilesHasNoFileCount() {
        assertThat(formatter().summary(List.of(new Diagnostic(null, 0, 0, Severity.ERROR, "invalid-config", "m", null))))
                .isEqualTo("1 error");
        assertThat(formatter().summary(List.of())).isEqualTo("no problems");
    }

    @Test
    void formatAllGivesEveryLineThenTheSummary() {
        Path note = work.resolve("content/AWS Developer Associate.md");
        List<Diagnostic> list = List.of(
                warning(note, 1, 1, "unresolved-link", "no note named \"Sviluppo\""),
                new Diagnostic(note, 63, 1, Severity.WARNING, "missing-attachment", "\"p.png\" is not in the vault", "check the name"));

        assertThat(formatter().formatAll(list)).containsExactly(
                "content/AWS Developer Associate.md:1:1: warning[unresolved-link]: no note named \"Sviluppo\"",
                "content/AWS Developer Associate.md:63:1: warning[missing-attachment]: \"p.png\" is not in the vault\n    hint: check the name",
                "2 warnings in 1 file");
    }

    @Test
    void formatAllOfNothingIsEmpty() {
        assertThat(formatter().formatAll(List.of())).isEmpty();
    }

    @Test
    void controlCharactersAndBidiOverridesFromFileNamesAndLinksArePrintedEscaped() {
        Diagnostic d = new Diagnostic(work.resolve("content/a\u001b]0;x\u0007\u202egpj.md"), 2, 3, Severity.WARNING,
                "missing-attachment", "\"img\u001bc.png\" is not in the vault\u009b\u007f\u2066", "tab\tand line\nbreak");

        assertThat(formatter().format(d)).isEqualTo("content/a\\x1b]0;x\\x07\\u202egpj.md:2:3: warning[missing-attachment]: "
                + "\"img\\x1bc.png\" is not in the vault\\x9b\\x7f\\u2066\n    hint: tab\tand line\\x0abreak");
    }
}
