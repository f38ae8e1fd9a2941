package io.studysite.link;

import io.studysite.note.Note;
import io.studysite.vault.Attachment;
import io.studysite.vault.VaultPath;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The vault's files by every key a reference can use: path and name (case-insensitive, NFC) and,
 * for notes, alias. Built once, before anything is rendered.
 */
public final class LinkIndex {
    private final Map<VaultPath, Note> notes = new HashMap<>();
    private final Map<VaultPath, Anchors> anchors = new HashMap<>();
    private final Map<String, List<VaultPath>> notesByPath;
    private final Map<String, List<VaultPath>> notesByName;
    private final Map<String, List<VaultPath>> notesByAlias = new HashMap<>();
    private final Map<String, List<VaultPath>> attachmentsByPath;
    private final Map<String, List<VaultPath>> attachmentsByName;
    /** Notes left out of the site ({@code publish: false}, {@code draft: true}), by path and name, with the property saying so. */
    private final Map<String, Unpublished> unpublished = new HashMap<>();

    /** A note left out of the site, and the property that leaves it out. */
    public record Unpublished(VaultPath path, String property) {}

    public LinkIndex(List<Note> noteList, List<Attachment> attachments) {
        this(noteList, attachments, List.of());
    }

    /** @param unpublishedNotes notes left out of the site: links to them are reported as such, not as missing */
    public LinkIndex(List<Note> noteList, List<Attachment> attachments, List<Unpublished> unpublishedNotes) {
        for (Unpublished u : unpublishedNotes) {
            unpublished.putIfAbsent(key(u.path().withoutExtension()), u);
            unpublished.putIfAbsent(key(u.path().stem()), u);
        }
        noteList.forEach(n -> notes.put(n.path(), n));
        noteList.forEach(n -> anchors.put(n.path(), Anchors.of(n)));
        List<VaultPath> notePaths = noteList.stream().map(Note::path).sorted().toList();
        List<VaultPath> attachmentPaths = attachments.stream().map(Attachment::path).sorted().toList();
        notesByPath = group(notePaths, p -> key(p.withoutExtension()));
        notesByName = group(notePaths, p -> key(p.stem()));
        attachmentsByPath = group(attachmentPaths, p -> key(p.value()));
        attachmentsByName = group(attachmentPaths, p -> key(p.fileName()));
        for (Note note : noteList) {
            for (String alias : note.aliases()) {
                notesByAlias.computeIfAbsent(key(alias), k -> new ArrayList<>()).add(note.path());
            }
        }
        notesByAlias.values().forEach(list -> list.sort(null));
    }

    private LinkIndex(LinkIndex names, Map<VaultPath, Note> notes, Map<VaultPath, Anchors> anchors) {
        this.notes.putAll(notes);
        this.anchors.putAll(anchors);
        this.notesByPath = names.notesByPath;
        this.notesByName = names.notesByName;
        this.notesByAlias.putAll(names.notesByAlias);
        this.attachmentsByPath = names.attachmentsByPath;
        this.attachmentsByName = names.attachmentsByName;
        this.unpublished.putAll(names.unpublished);
    }

    /** The unpublished note a link target names (by path or file name), if it names one. */
    public java.util.Optional<Unpublished> unpublished(String target) {
        return java.util.Optional.ofNullable(unpublished.get(key(target.endsWith(".md") ? target.substring(0, target.length() - 3) : target)));
    }

    /**
     * The same index with {@code edited} in place of the notes at their paths. Their paths and aliases must be
     * unchanged: every name still means what it meant, only headings and blocks may differ.
     */
    public LinkIndex replacing(List<Note> edited) {
        Map<VaultPath, Note> next = new HashMap<>(notes);
        Map<VaultPath, Anchors> nextAnchors = new HashMap<>(anchors);
        for (Note note : edited) {
            if (!note.aliases().equals(notes.get(note.path()).aliases())) {
                throw new IllegalArgumentException("the aliases of " + note.path() + " changed: build the index anew");
            }
            next.put(note.path(), note);
            nextAnchors.put(note.path(), Anchors.of(note));
        }
        return new LinkIndex(this, next, nextAnchors);
    }

    public Note note(VaultPath path) {
        return notes.get(path);
    }

    /** The anchors of the note at {@code path}, worked out once for every link into it. */
    public Anchors anchors(VaultPath path) {
        return anchors.get(path);
    }

    List<VaultPath> notesAtPath(String pathWithoutExtension) {
        return notesByPath.getOrDefault(key(pathWithoutExtension), List.of());
    }

    List<VaultPath> notesNamed(String name) {
        return notesByName.getOrDefault(key(name), List.of());
    }

    List<VaultPath> notesAliased(String alias) {
        return notesByAlias.getOrDefault(key(alias), List.of());
    }

    List<VaultPath> attachmentsAtPath(String path) {
        return attachmentsByPath.getOrDefault(key(path), List.of());
    }

    List<VaultPath> attachmentsNamed(String fileName) {
        return attachmentsByName.getOrDefault(key(fileName), List.of());
    }

    /** Case-insensitive, NFC: how Obsidian compares names. */
    static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<VaultPath>> group(List<VaultPath> paths, Function<VaultPath, String> keyOf) {
        Map<String, List<VaultPath>> map = new HashMap<>();
        for (VaultPath p : paths) {
            map.computeIfAbsent(keyOf.apply(p), k -> new ArrayList<>()).add(p);
        }
        return map;
    }
}
