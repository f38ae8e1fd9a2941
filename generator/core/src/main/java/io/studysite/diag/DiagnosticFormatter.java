package io.studysite.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns diagnostics into the lines users read:
 * {@code content/Note.md:12:5: warning[unresolved-link]: no note named "X"}, then a summary.
 */
public final class DiagnosticFormatter {
    private final Path workingDirectory;

    /** @param workingDirectory paths are shown relative to it, with '/' */
    public DiagnosticFormatter(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    public String format(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        if (d.file() != null) {
            out.append(printable(displayPath(d.file())));
            if (d.line() > 0) {
                out.append(':').append(d.line()).append(':').append(Math.max(d.column(), 1));
            }
            out.append(": ");
        }
        out.append(d.severity().label()).append('[').append(d.code()).append("]: ").append(printable(d.message()));
        if (d.hint() != null && !d.hint().isBlank()) {
            out.append("\n    hint: ").append(printable(d.hint()));
        }
        return out.toString();
    }

    /**
     * {@code text} safe to print on a terminal: control characters (C0 but tab, DEL, C1) written as {@code \x1b},
     * bidirectional overrides and marks (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C) as a backslash,
     * "u" and four hex digits. A file name or link target such as {@code img<ESC>c.png} would otherwise reset the
     * reader's terminal, and a right-to-left override would show a name reversed.
     */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F);
            boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                    || c == 0x061C;
            if (control || bidi) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(control ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** All lines, then the summary line; empty when there is nothing to say. */
    public List<String> formatAll(List<Diagnostic> diagnostics) {
        List<String> lines = new ArrayList<>();
        diagnostics.forEach(d -> lines.add(format(d)));
        if (!diagnostics.isEmpty()) {
            lines.add(summary(diagnostics));
        }
        return lines;
    }

    public String summary(List<Diagnostic> diagnostics) {
        int errors = 0, warnings = 0, infos = 0;
        Set<Path> files = new HashSet<>();
        for (Diagnostic d : diagnostics) {
            switch (d.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
            if (d.file() != null) {
                files.add(d.file());
            }
        }
        List<String> parts = new ArrayList<>();
        if (errors > 0) parts.add(count(errors, "error"));
        if (warnings > 0) parts.add(count(warnings, "warning"));
        // "notes" would read as study notes.
        if (infos > 0) parts.add(count(infos, "info message"));
        String text = parts.isEmpty() ? "no problems" : String.join(", ", parts);
        return files.isEmpty() ? text : text + " in " + count(files.size(), "file");
    }

    /** A file as the diagnostic lines show it: relative to the working directory when inside it, with '/'. */
    public String displayPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
