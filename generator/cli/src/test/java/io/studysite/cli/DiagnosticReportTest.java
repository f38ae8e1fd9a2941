package io.studysite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studysite.diag.Diagnostic;
import io.studysite.diag.Severity;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosticReportTest {
    private static final Path HERE = Path.of("/work/here");
    private final DiagnosticReport report = new DiagnosticReport(HERE);

    @Test
    void jsonKeepsEveryCharacterOfMessagesAndHintsAndIsAscii() throws Exception {
        String nasty = "quote \" backslash \\ newline \n return \r tab \t nul \u0000 bell \u0007 unit \u001f del \u007f "
                + "lt </script> é ü 中文 emoji 😀 separators \u2028 \u2029 bom \ufeff";
        List<Diagnostic> diagnostics = List.of(
                new Diagnostic(HERE.resolve("vault/Café \"x\".md"), 12, 5, Severity.WARNING, "unresolved-link", nasty, nasty + " hint"),
                new Diagnostic(HERE.resolve("vault/b.md"), 3, 0, Severity.ERROR, "missing-attachment", "m", null),
                new Diagnostic(Path.of("/elsewhere/studysite.yml"), 0, 0, Severity.INFO, "unknown-config-key", "k", " "),
                new Diagnostic(null, 0, 0, Severity.WARNING, "file-name-encoding", "names", "set LANG"));

        String json = report.json(diagnostics);

        assertThat(json.chars()).allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n');
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.fieldNames()).toIterable().containsExactly("diagnostics", "errors", "warnings", "infos");
        assertThat(root.get("errors").intValue()).isEqualTo(1);
        assertThat(root.get("warnings").intValue()).isEqualTo(2);
        assertThat(root.get("infos").intValue()).isEqualTo(1);
        JsonNode[] d = new JsonNode[4];
        for (int i = 0; i < 4; i++) {
            d[i] = root.get("diagnostics").get(i);
        }
        assertThat(root.get("diagnostics").size()).isEqualTo(4);
        assertThat(d[0].get("file").textValue()).isEqualTo("vault/Café \"x\".md");
        assertThat(d[0].get("line").intValue()).isEqualTo(12);
        assertThat(d[0].get("column").intValue()).isEqualTo(5);
        assertThat(d[0].get("severity").textValue()).isEqualTo("warning");
        assertThat(d[0].get("code").textValue()).isEqualTo("unresolved-link");
        assertThat(d[0].get("message").textValue()).isEqualTo(nasty);
        assertThat(d[0].get("hint").textValue()).isEqualTo(nasty + " hint");
        // A known line without a column is shown as column 1, as in the text lines.
        assertThat(d[1].get("column").intValue()).isEqualTo(1);
        assertThat(d[1].get("severity").textValue()).isEqualTo("error");
        assertThat(d[1].get("hint").isNull()).isTrue();
        // Outside the working directory: absolute; no position: null; a blank hint is no hint.
        assertThat(d[2].get("file").textValue()).isEqualTo("/elsewhere/studysite.yml");
        assertThat(d[2].get("line").isNull()).isTrue();
        assertThat(d[2].get("column").isNull()).isTrue();
        assertThat(d[2].get("severity").textValue()).isEqualTo("info");
        assertThat(d[2].get("hint").isNull()).isTrue();
        assertThat(d[3].get("file").isNull()).isTrue();
        assertThat(d[3].get("hint").textValue()).isEqualTo("set LANG");
    }

    @Test
    void jsonOfNoDiagnosticsIsAnEmptyListAndZeroCounts() throws Exception {
        JsonNode root = new ObjectMapper().readTree(report.json(List.of()));
        assertThat(root.get("diagnostics").isArray()).isTrue();
        assertThat(root.get("diagnostics").size()).isZero();
        assertThat(root.get("errors").intValue()).isZero();
        assertThat(root.get("warnings").intValue()).isZero();
        assertThat(root.get("infos").intValue()).isZero();
    }

    @Test
    void linesAreTheFormattersWithHintsThenTheSummary() {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            report.printLines(List.of(new Diagnostic(HERE.resolve("vault/a.md"), 2, 3, Severity.WARNING,
                    "missing-attachment", "\"x.png\" is not in the vault", "add the file to the vault, or fix the name")), out);
        }
        assertThat(text.toString().lines()).containsExactly(
                "vault/a.md:2:3: warning[missing-attachment]: \"x.png\" is not in the vault",
                "    hint: add the file to the vault, or fix the name",
                "1 warning in 1 file");
    }
}
