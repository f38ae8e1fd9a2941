package io.studysite.diag;

import java.util.Locale;

/** How bad a diagnostic is; errors fail the build, warnings only with --strict. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
