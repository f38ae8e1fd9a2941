package io.studysite.link;

import io.studysite.diag.Diagnostic;
import io.studysite.diag.Diagnostics;
import io.studysite.diag.Severity;
import io.studysite.note.Note;
import io.studysite.note.Reference;
import io.studysite.vault.VaultPath;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The resolve stage: resolves every reference of every note once, reports each broken, ambiguous or
 * alias-resolved one, and computes backlinks.
 */
public final class ReferenceCheck {
    private final LinkResolver resolver;
    private final Diagnostics diagnostics;

    public ReferenceCheck(LinkResolver resolver, Diagnostics diagnostics) {
        this.resolver = resolver;
        this.diagnostics = diagnostics;
    }

    public LinkGraph run(List<Note> notes, SitePlan plan) {
        Map<VaultPath, Set<VaultPath>> backlinks = new TreeMap<>();
        Set<VaultPath> used = new HashSet<>();
        for (Note note : notes) {
            for (Reference ref : note.references()) {
                Resolution r = resolver.resolve(note.path(), ref.target());
                report(note, ref, r);
                if (r.kind() == Resolution.Kind.ATTACHMENT) {
                    used.add(r.path());
                } else if (r.kind() == Resolution.Kind.NOTE && !r.path().equals(note.path())) {
                    backlinks.computeIfAbsent(r.path(), k -> new TreeSet<>()).add(note.path());
                }
            }
        }
        Map<VaultPath, List<VaultPath>> lists = backlinks.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        return new LinkGraph(resolver, plan, lists, used);
    }

    private void report(Note note, Reference ref, Resolution r) {
        String shown = ref.target() + (ref.anchor() == null ? "" : "#" + ref.anchor());
        if (!r.found()) {
            // ![[Some Note]] embeds a note: a missing one is a missing note, not a missing file.
            if (LinkResolver.namesFile(ref.target())) {
                add(note, ref, Severity.WARNING, "missing-attachment", "\"" + ref.target() + "\" is not in the vault",
                        "add the file to the vault, or fix the name");
            } else {
                add(note, ref, Severity.WARNING, "unresolved-link", "no note named \"" + ref.target() + "\"",
                        null);
            }
            return;
        }
        if (r.ambiguous()) {
            String candidates = r.candidates().stream().map(VaultPath::value).collect(Collectors.joining(", "));
            add(note, ref, Severity.WARNING, "ambiguous-link", "\"" + ref.target() + "\" matches "
                            + r.candidates().size() + " files (" + candidates + "); linking to " + r.path(),
                    "write the folder too, e.g. [[" + (r.kind() == Resolution.Kind.ATTACHMENT
                            ? r.path().value() : r.path().withoutExtension()) + "]]");
        }
        if (r.viaAlias()) {
            add(note, ref, Severity.INFO, "alias-link", "\"" + ref.target() + "\" is an alias of " + r.path()
                    + "; Obsidian itself does not resolve aliases", null);
        }
        if (ref.anchor() != null && !ref.anchor().isEmpty() && r.kind() == Resolution.Kind.NOTE) {
            Note target = resolver.index().note(r.path());
            if (Anchors.isBlockRef(ref.anchor())) {
                if (Anchors.blockId(target, ref.anchor()).isEmpty()) {
                    add(note, ref, Severity.WARNING, "unresolved-block", "note \"" + target.name()
                            + "\" has no block " + ref.anchor() + "; linking to the note", null);
                }
            } else if (Anchors.headingId(target, ref.anchor()).isEmpty()) {
                add(note, ref, Severity.WARNING, "unresolved-heading", "note \"" + target.name()
                        + "\" has no heading \"" + ref.anchor() + "\"; linking to the note", null);
            }
        }
    }

    private void add(Note note, Reference ref, Severity severity, String code, String message, String hint) {
        diagnostics.add(new Diagnostic(note.file(), ref.line(), ref.column(), severity, code, message, hint));
    }
}
