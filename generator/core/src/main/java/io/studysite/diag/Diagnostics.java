package io.studysite.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects diagnostics from every stage, from any thread, applying the
 * configured severity of each code.
 */
public final class Diagnostics {
    private final ConcurrentLinkedQueue<Diagnostic> all = new ConcurrentLinkedQueue<>();
    private final Map<String, Severity> severityByCode;

    public Diagnostics() {
        this(Map.of());
    }

    public Diagnostics(Map<String, Severity> severityByCode) {
        this.severityByCode = Map.copyOf(severityByCode);
    }

    public void add(Diagnostic diagnostic) {
        Severity configured = severityByCode.get(diagnostic.code());
        all.add(configured == null ? diagnostic : diagnostic.withSeverity(configured));
    }

    public void error(Path file, int line, int column, String code, String message) {
        add(new Diagnostic(file, line, column, Severity.ERROR, code, message, null));
    }

    public void warn(Path file, int line, int column, String code, String message) {
        add(new Diagnostic(file, line, column, Severity.WARNING, code, message, null));
    }

    public void info(Path file, int line, int column, String code, String message) {
        add(new Diagnostic(file, line, column, Severity.INFO, code, message, null));
    }

    public void addAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(this::add);
    }

    /** Everything collected so far, in the order it came. */
    public List<Diagnostic> all() {
        return List.copyOf(all);
    }

    /** Everything collected so far, in reading order, each distinct problem once. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> list = new ArrayList<>(new java.util.LinkedHashSet<>(all));
        list.sort(Diagnostic.ORDER);
        return List.copyOf(list);
    }

    public boolean hasErrors() {
        return has(Severity.ERROR);
    }

    public boolean has(Severity severity) {
        return all.stream().anyMatch(d -> d.severity() == severity);
    }
}
