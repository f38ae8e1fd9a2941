package io.studysite.cli;

import io.studysite.diag.Diagnostic;
import io.studysite.diag.DiagnosticFormatter;
import io.studysite.search.Json;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * How the commands show diagnostics: the lines of {@link DiagnosticFormatter} (hints and summary included),
 * or one JSON document for tools. Paths are relative to the working directory, with '/'.
 */
final class DiagnosticReport {
    private final DiagnosticFormatter formatter;

    DiagnosticReport(Path workingDirectory) {
        this.formatter = new DiagnosticFormatter(workingDirectory);
    }

    /** Relative to the directory the command runs in. */
    static DiagnosticReport here() {
        return new DiagnosticReport(Path.of(""));
    }

    /** Each diagnostic (and its hint), then the summary line; nothing at all when there are none. */
    void printLines(List<Diagnostic> diagnostics, PrintWriter to) {
        formatter.formatAll(diagnostics).forEach(to::println);
    }

    /** Each diagnostic's line, without a summary: what a build decided, shown with --verbose. */
    void printEach(List<Diagnostic> diagnostics, PrintWriter to) {
        diagnostics.forEach(d -> to.println(formatter.format(d)));
    }

    /** "2 warnings in 1 file", or "no problems". */
    String summary(List<Diagnostic> diagnostics) {
        return formatter.summary(diagnostics);
    }

    /**
     * {@code {"diagnostics":[{"file", "line", "column", "severity", "code", "message", "hint"}, …],
     * "errors":N, "warnings":N, "infos":N}}. {@code file} is null for a problem of the whole build,
     * {@code line} and {@code column} (1-based) are null when unknown, {@code hint} is null when there is none.
     * Everything outside ASCII is escaped, so the document reads the same whatever the console's encoding.
     */
    String json(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder("{\"diagnostics\": [");
        int errors = 0, warnings = 0, infos = 0;
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            switch (d.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
            boolean positioned = d.file() != null && d.line() > 0;
            out.append(i == 0 ? "\n  " : ",\n  ")
                    .append("{\"file\": ").append(d.file() == null ? "null" : string(formatter.displayPath(d.file())))
                    .append(", \"line\": ").append(positioned ? String.valueOf(d.line()) : "null")
                    .append(", \"column\": ").append(positioned ? String.valueOf(Math.max(d.column(), 1)) : "null")
                    .append(", \"severity\": ").append(string(d.severity().label()))
                    .append(", \"code\": ").append(string(d.code()))
                    .append(", \"message\": ").append(string(d.message()))
                    .append(", \"hint\": ").append(d.hint() == null || d.hint().isBlank() ? "null" : string(d.hint()))
                    .append('}');
        }
        return out.append(diagnostics.isEmpty() ? "]" : "\n]")
                .append(", \"errors\": ").append(errors)
                .append(", \"warnings\": ").append(warnings)
                .append(", \"infos\": ").append(infos)
                .append('}').toString();
    }

    /** A JSON string in ASCII: {@link Json#string} escapes quotes, backslashes and controls; this, the rest. */
    private static String string(String s) {
        String json = Json.string(s);
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }
}
