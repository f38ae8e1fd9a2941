package io.studysite.render;

import io.studysite.link.SitePlan;
import io.studysite.note.Note;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The vault's folders that hold published notes, each with its notes and subfolders in natural order. */
final class FolderTree {
    /** A folder: its vault path ("" is the root), its page, its notes and its direct subfolders' paths. */
    record Folder(String path, String name, String page, List<Note> notes, List<String> subfolders) {}

    private final Map<String, Folder> folders;
    private final List<Note> rootNotes;

    private FolderTree(Map<String, Folder> folders, List<Note> rootNotes) {
        this.folders = folders;
        this.rootNotes = rootNotes;
    }

    static FolderTree of(List<Note> notes) {
        Map<String, List<Note>> byFolder = new TreeMap<>(NaturalOrder.INSTANCE);
        for (Note note : notes) {
            String folder = note.path().folder();
            byFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(note);
            // Parents that hold no note directly still get a page.
            for (String parent = folder; parent.contains("/"); ) {
                parent = parent.substring(0, parent.lastIndexOf('/'));
                byFolder.computeIfAbsent(parent, k -> new ArrayList<>());
            }
        }
        Map<String, Folder> folders = new TreeMap<>(NaturalOrder.INSTANCE);
        for (var e : byFolder.entrySet()) {
            String path = e.getKey();
            if (path.isEmpty()) {
                continue;
            }
            List<String> subfolders = byFolder.keySet().stream()
                    .filter(k -> k.startsWith(path + "/") && k.indexOf('/', path.length() + 1) < 0)
                    .sorted(NaturalOrder.INSTANCE).toList();
            folders.put(path, new Folder(path, path.substring(path.lastIndexOf('/') + 1), SitePlan.folderPage(path),
                    naturally(e.getValue()), subfolders));
        }
        return new FolderTree(folders, naturally(byFolder.getOrDefault("", List.of())));
    }

    private static List<Note> naturally(List<Note> notes) {
        // By the title shown, then by path so notes with the same title keep a stable order.
        return notes.stream().sorted(Comparator.comparing(Note::title, NaturalOrder.INSTANCE)
                .thenComparing(Note::path)).toList();
    }

    /** The notes at the vault's root, in natural order. */
    List<Note> rootNotes() {
        return rootNotes;
    }

    /** The top-level folders, in natural order. */
    List<Folder> topLevel() {
        return folders.values().stream().filter(f -> !f.path().contains("/")).toList();
    }

    List<Folder> all() {
        return List.copyOf(folders.values());
    }

    Folder get(String path) {
        return folders.get(path);
    }
}
