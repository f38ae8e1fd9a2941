package io.studysite.link;

import io.studysite.diag.Diagnostic;
import io.studysite.diag.Diagnostics;
import io.studysite.diag.Severity;
import io.studysite.note.Note;
import io.studysite.note.PercentEncoding;
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
                Resolution r = resolve(note, ref);
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

    /**
     * After {@code edited} notes changed but kept their paths and names: resolves and reports the references of
     * {@code recheck} (the edited notes and any whose reports depend on them) and moves the edited notes' links
     * in the backlinks, and in the attachments the site carries.
     *
     * @param all    every published note, edited ones included
     * @param before the edited notes as they were
     */
    public LinkGraph update(LinkGraph previous, List<Note> all, List<Note> before, List<Note> edited, List<Note> recheck) {
        // Only the backlinks of notes the edits linked to before or after change; the rest are shared.
        Map<VaultPath, Set<VaultPath>> touched = new TreeMap<>();
        for (Note note : before) {
            for (VaultPath target : linkedNotes(note)) {
                touched.computeIfAbsent(target, t -> new TreeSet<>(previous.backlinksOf(t))).remove(note.path());
            }
        }
        for (Note note : edited) {
            for (VaultPath target : linkedNotes(note)) {
                touched.computeIfAbsent(target, t -> new TreeSet<>(previous.backlinksOf(t))).add(note.path());
            }
        }
        Map<VaultPath, List<VaultPath>> backlinks = new java.util.HashMap<>(previous.backlinks());
        touched.forEach((target, sources) -> {
            if (sources.isEmpty()) {
                backlinks.remove(target);
            } else {
                backlinks.put(target, List.copyOf(sources));
            }
        });
        Set<VaultPath> used = new HashSet<>(previous.usedAttachments());
        Set<VaultPath> dropped = new HashSet<>();
        before.forEach(note -> dropped.addAll(attachments(note)));
        edited.forEach(note -> dropped.removeAll(attachments(note)));
        edited.forEach(note -> used.addAll(attachments(note)));
        // An attachment the edits stopped using stays if any other note still uses it.
        Set<VaultPath> editedPaths = new HashSet<>();
        edited.forEach(note -> editedPaths.add(note.path()));
        for (Note note : dropped.isEmpty() ? List.<Note>of() : all) {
            if (!editedPaths.contains(note.path())) {
                dropped.removeAll(attachments(note));
            }
        }
        used.removeAll(dropped);
        for (Note note : recheck) {
            for (Reference ref : note.references()) {
                report(note, ref, resolve(note, ref));
            }
        }
        return new LinkGraph(resolver, previous.plan(), backlinks, used);
    }

    private Set<VaultPath> attachments(Note note) {
        Set<VaultPath> found = new HashSet<>();
        for (Reference ref : note.references()) {
            Resolution r = resolver.resolve(note.path(), ref.target());
            if (r.kind() == Resolution.Kind.ATTACHMENT) {
                found.add(r.path());
            }
        }
        return found;
    }

    /** The other notes {@code note} links to or embeds. */
    public Set<VaultPath> linkedNotes(Note note) {
        Set<VaultPath> targets = new TreeSet<>();
        for (Reference ref : note.references()) {
            Resolution r = resolver.resolve(note.path(), ref.target());
            if (r.kind() == Resolution.Kind.NOTE && !r.path().equals(note.path())) {
                targets.add(r.path());
            }
        }
        return targets;
    }

    private Resolution resolve(Note note, Reference ref) {
        return resolver.resolve(note.path(), ref.target(), ref.kind().isMarkdown());
    }

    private void report(Note note, Reference ref, Resolution r) {
        String shown = ref.target() + (ref.anchor() == null ? "" : "#" + ref.anchor());
        if (!r.found()) {
            // ![[Some Note]] embeds a note: a missing one is a missing note, not a missing file.
            if (LinkResolver.namesFile(ref.target())) {
                add(note, ref, Severity.WARNING, "missing-attachment", "\"" + ref.target() + "\" is not in the vault",
                        "add the file to the vault, or fix the name");
            } else {
                var unpublished = resolver.index().unpublished(ref.target());
                if (unpublished.isPresent()) {
                    add(note, ref, Severity.WARNING, "unresolved-link", "\"" + ref.target() + "\" is not published ("
                            + unpublished.get().property() + " in " + unpublished.get().path() + "); the link shows as text",
                            "publish that note, or remove the link");
                } else {
                    add(note, ref, Severity.WARNING, "unresolved-link", "no note named \"" + ref.target() + "\"", null);
                }
            }
            return;
        }
        if (r.ambiguous()) {
            String candidates = r.candidates().stream().map(VaultPath::value).collect(Collectors.joining(", "));
            add(note, ref, Severity.WARNING, "ambiguous-link", "\"" + ref.target() + "\" matches "
                            + r.candidates().size() + " files (" + candidates + "); linking to " + r.path(),
                    ref.kind().isMarkdown()
                            ? "start the path with ./ or ../ to read it from the note's folder, e.g. ("
                                    + PercentEncoding.encodePath(LinkResolver.pathBetween(note.path(), r.path())) + ")"
                            : "write the folder too, e.g. [[" + (r.kind() == Resolution.Kind.ATTACHMENT
                                    ? r.path().value() : r.path().withoutExtension()) + "]]");
        }
        if (r.viaAlias()) {
            add(note, ref, Severity.INFO, "alias-link", "\"" + ref.target() + "\" is an alias of " + r.path()
                    + "; Obsidian itself does not resolve aliases", null);
        }
        if (ref.anchor() != null && !ref.anchor().isEmpty() && r.kind() == Resolution.Kind.NOTE) {
            Note target = resolver.index().note(r.path());
            if (resolver.index().anchors(r.path()).elementId(ref.anchor()).isPresent()) {
                return;
            }
            if (Anchors.isBlockRef(ref.anchor())) {
                add(note, ref, Severity.WARNING, "unresolved-block", "note \"" + target.name()
                        + "\" has no block " + ref.anchor() + "; linking to the note", null);
            } else {
                add(note, ref, Severity.WARNING, "unresolved-heading", "note \"" + target.name()
                        + "\" has no heading \"" + ref.anchor() + "\"; linking to the note", null);
            }
        }
    }

    private void add(Note note, Reference ref, Severity severity, String code, String message, String hint) {
        diagnostics.add(new Diagnostic(note.file(), ref.line(), ref.column(), severity, code, message, hint));
    }
}
