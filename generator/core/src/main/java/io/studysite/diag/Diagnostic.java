package io.studysite.diag;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the user's content or configuration.
 *
 * @param file   the file it is about, or {@code null} for the whole build
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param code   stable kebab-case code, e.g. {@code unresolved-link}; one of {@link DiagnosticCode}
 * @param hint   an optional second line saying how to fix it, or {@code null}
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String code, String message, String hint) {

    /** Sorted by path, then position, then code: the order users read them in. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file == null ? "" : d.file.toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (DiagnosticCode.of(code).isEmpty()) {
            // Users configure and look up codes: a new one goes into DiagnosticCode and README's table first.
            throw new IllegalArgumentException("unknown diagnostic code \"" + code + "\": add it to DiagnosticCode");
        }
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(file, line, column, newSeverity, code, message, hint);
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(file, line, column, severity, code, message, newHint);
    }
}
