package io.studysite.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A build's diagnostics kept by the stage that found them. A rebuild of a few notes replaces exactly what
 * those stages said about those notes' files and keeps everything else: a note re-rendered but not re-read
 * keeps its front matter warnings.
 */
public final class DiagnosticLedger {
    /** Who reports: the whole site (configuration, addresses), one note's reading, its references, its page. */
    public enum Stage { SITE, LOAD, RESOLVE, RENDER }

    private final Map<String, Severity> severityByCode;
    private final Map<Stage, Diagnostics> stages = new EnumMap<>(Stage.class);

    private DiagnosticLedger(Map<String, Severity> severityByCode) {
        this.severityByCode = Map.copyOf(severityByCode);
        for (Stage stage : Stage.values()) {
            stages.put(stage, new Diagnostics(severityByCode));
        }
    }

    /** An empty ledger whose stages apply the configured severity of each code. */
    public static DiagnosticLedger collecting(Map<String, Severity> severityByCode) {
        return new DiagnosticLedger(severityByCode);
    }

    /** Where {@code stage} reports. */
    public Diagnostics stage(Stage stage) {
        return stages.get(stage);
    }

    /** A fresh collector with this ledger's severities, for one stage re-run over some files. */
    public Diagnostics fresh() {
        return new Diagnostics(severityByCode);
    }

    /** A new ledger in which what {@code stage} said about {@code files} is what {@code found} says now. */
    public DiagnosticLedger replacing(Stage stage, Set<Path> files, Diagnostics found) {
        DiagnosticLedger next = new DiagnosticLedger(severityByCode);
        stages.forEach((s, diagnostics) -> {
            Diagnostics target = next.stages.get(s);
            // Unsorted: a large vault's thousands of warnings are sorted once, when the build reports them.
            if (s != stage) {
                target.addAll(diagnostics.all());
                return;
            }
            diagnostics.all().stream().filter(d -> d.file() == null || !files.contains(d.file())).forEach(target::add);
            target.addAll(found.all());
        });
        return next;
    }

    /** Everything every stage found, in reading order, each distinct problem once. */
    public List<Diagnostic> sorted() {
        Set<Diagnostic> all = new LinkedHashSet<>();
        stages.values().forEach(d -> all.addAll(d.all()));
        List<Diagnostic> list = new ArrayList<>(all);
        list.sort(Diagnostic.ORDER);
        return List.copyOf(list);
    }

    public boolean hasErrors() {
        return has(Severity.ERROR);
    }

    public boolean has(Severity severity) {
        return stages.values().stream().anyMatch(d -> d.has(severity));
    }
}
