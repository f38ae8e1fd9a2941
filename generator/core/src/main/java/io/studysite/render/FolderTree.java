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
    /**
     * A folder: its vault path ("" is the root), its page, its notes and its direct subfolders' paths, and how many
     * notes it holds with its subfolders' (what a listing counts: the reader opens the folder for all of them).
     */
    record Folder(String path, String name, String page, List<Note> notes, List<String> subfolders, int notesBelow) {}

    private final Map<String, Folder> folders;
    private final List<Note> rootNotes;

    private FolderTree(Map<String, Folder> folders, List<Note> rootNotes) {
        this.folders = folders;
        this.rootNotes = rootNotes;
    }

    /** @param plan says which notes are their folder's page: they are the folder's link, not one of its notes */
    static FolderTree of(List<Note> notes, SitePlan plan) {
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
            int below = byFolder.entrySet().stream().filter(f -> f.getKey().equals(path) || f.getKey().startsWith(path + "/"))
                    .mapToInt(f -> f.getValue().size()).sum();
            folders.put(path, new Folder(path, path.substring(path.lastIndexOf('/') + 1), SitePlan.folderPage(path),
                    listed(e.getValue(), plan), subfolders, below));
        }
        return new FolderTree(folders, listed(byFolder.getOrDefault("", List.of()), plan));
    }

    /** A folder's notes by the title shown (then path, so equal titles keep a stable order), without the one that is the folder's page. */
    private static List<Note> listed(List<Note> notes, SitePlan plan) {
        return notes.stream().filter(n -> !plan.isFolderNote(n.path()))
                .sorted(Comparator.comparing(Note::title, NaturalOrder.INSTANCE).thenComparing(Note::path)).toList();
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
