package io.studysite.render;

import io.studysite.link.SitePlan;
import io.studysite.note.Note;
import io.studysite.note.PercentEncoding;
import io.studysite.search.Json;

import java.util.List;

/**
 * The navigation tree as one classic script, {@code _studysite/tree.js}, that every page loads and the
 * browser caches: pages stay the same size however large the vault grows. Folders first, then notes,
 * each in natural order, as Obsidian's file explorer lists them.
 *
 * <p>The script calls {@code studysiteTree.receive(data)} with {@code {previews: chunks, tree: [...]}}, where
 * a folder is {@code [name, folderPageUrl, [children…]]} and a note {@code [title, url]}. A note's URL is
 * relative to its folder page's folder when it lies under it (most do; it saves the repeated prefix), else
 * site-relative after a leading '/' (Jekyll permalinks put notes anywhere). URLs are percent-encoded.
 */
public final class SiteTree {
    public static final String SCRIPT = "tree.js";

    private final FolderTree folders;
    private final SitePlan plan;

    SiteTree(FolderTree folders, SitePlan plan) {
        this.folders = folders;
        this.plan = plan;
    }

    /** @param previewChunks how many preview chunks the site has ({@link Previews}), for the preview script */
    String script(int previewChunks) {
        StringBuilder out = new StringBuilder("studysiteTree.receive({\"previews\":").append(previewChunks).append(",\"tree\":");
        children(out, "", "");
        return out.append("});\n").toString();
    }

    private void children(StringBuilder out, String folder, String dir) {
        out.append('[');
        boolean first = true;
        for (FolderTree.Folder sub : subfolders(folder)) {
            out.append(first ? "" : ",").append('[').append(Json.string(sub.name())).append(',')
                    .append(Json.string(PercentEncoding.encodePath(sub.page()))).append(',');
            children(out, sub.path(), sub.page().substring(0, sub.page().length() - "index.html".length()));
            out.append(']');
            first = false;
        }
        for (Note note : notesIn(folder)) {
            String url = plan.outputOf(note.path());
            String shown = !dir.isEmpty() && url.startsWith(dir) ? url.substring(dir.length()) : folder.isEmpty() ? url : "/" + url;
            out.append(first ? "" : ",").append('[').append(Json.string(note.title())).append(',')
                    .append(Json.string(PercentEncoding.encodePath(shown))).append(']');
            first = false;
        }
        out.append(']');
    }

    private List<FolderTree.Folder> subfolders(String folder) {
        return folder.isEmpty() ? folders.topLevel() : folders.get(folder).subfolders().stream().map(folders::get).toList();
    }

    private List<Note> notesIn(String folder) {
        return folder.isEmpty() ? folders.rootNotes() : folders.get(folder).notes();
    }
}
