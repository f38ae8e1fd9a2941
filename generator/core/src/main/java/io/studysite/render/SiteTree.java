package io.studysite.render;

import io.studysite.link.SitePlan;
import io.studysite.note.Note;
import io.studysite.note.PercentEncoding;
import io.studysite.search.Json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The navigation tree as classic scripts every page loads and the browser caches: pages stay the same size
 * however large the vault grows. Folders first, then notes, each in natural order, as Obsidian's file explorer
 * lists them.
 *
 * <p>{@code _studysite/tree.js} calls {@code studysiteTree.receive(data)} with {@code {previews: chunks, tree: [...]}},
 * where a folder is {@code [name, folderPageUrl, children]} and a note {@code [title, url]}. A note's URL is
 * relative to its folder page's folder when it lies under it (most do; it saves the repeated prefix), else
 * site-relative after a leading '/' (Jekyll permalinks put notes anywhere). URLs are percent-encoded.
 *
 * <p>A folder whose listing is long has, instead of its children, the number N of a part,
 * {@code _studysite/tree/N.js}, that calls {@code studysiteTree.part(N, children)}: a page loads the small top of
 * the tree, the parts on its own branch (found from its address, or for a note outside its folder's address from
 * {@code away: {pageUrl: [parts…]}}), and other parts only as the reader opens their folders. A small vault's tree
 * is one script.
 */
public final class SiteTree {
    public static final String SCRIPT = "tree.js";
    /** The parts' folder, beside {@link #SCRIPT}. */
    public static final String PARTS = "tree";
    /** Listings aim at this many characters at most: longer subfolders become parts, the longest first. */
    static final int INLINE_CHARS = 4_000;
    /** A listing this short stays inline whatever its parent's length: a part of its own would cost a load for nothing. */
    static final int MIN_PART_CHARS = 200;

    private final FolderTree folders;
    private final SitePlan plan;

    SiteTree(FolderTree folders, SitePlan plan) {
        this.folders = folders;
        this.plan = plan;
    }

    /**
     * {@link #SCRIPT} and the parts under {@link #PARTS}, by path under the theme folder.
     *
     * @param previewChunks how many preview chunks the site has ({@link Previews}), for the preview script
     */
    Map<String, String> scripts(int previewChunks) {
        Parts parts = new Parts();
        String top = children("", "", parts, new ArrayList<>());
        StringBuilder root = new StringBuilder("studysiteTree.receive({\"previews\":").append(previewChunks);
        StringBuilder away = new StringBuilder();
        parts.away.forEach((url, branch) -> away.append(away.isEmpty() ? "" : ",").append(Json.string(url)).append(':')
                .append(branch.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"))));
        if (!away.isEmpty()) {
            root.append(",\"away\":{").append(away).append('}');
        }
        Map<String, String> scripts = new LinkedHashMap<>();
        scripts.put(SCRIPT, root.append(",\"tree\":").append(top).append("});\n").toString());
        for (int n = 0; n < parts.listings.size(); n++) {
            scripts.put(PARTS + "/" + n + ".js", "studysiteTree.part(" + n + "," + parts.listings.get(n) + ");\n");
        }
        return scripts;
    }

    /** The parts written so far, and per note outside its folder's address the parts on its branch, top first. */
    private static final class Parts {
        final List<String> listings = new ArrayList<>();
        final Map<String, Deque<Integer>> away = new TreeMap<>();
    }

    /**
     * A folder's listing, as long as {@link #INLINE_CHARS} at most where it can be: its subfolders inline,
     * but the longest made parts until the listing is short (a folder's own notes always stay in it).
     * {@code awayBelow} receives the notes in it that lie outside their folder's address (decoded, as the page
     * knows its own path), so that the parts above them can be put on their branch.
     */
    private String children(String folder, String dir, Parts parts, List<String> awayBelow) {
        List<FolderTree.Folder> subs = subfolders(folder);
        List<String> listings = new ArrayList<>();
        List<List<String>> awayIn = new ArrayList<>();
        int length = 2;
        for (FolderTree.Folder sub : subs) {
            List<String> away = new ArrayList<>();
            listings.add(children(sub.path(), sub.page().substring(0, sub.page().length() - "index.html".length()), parts, away));
            awayIn.add(away);
            length += folderEntry(sub, listings.get(listings.size() - 1)).length() + 1;
        }
        List<String> notes = new ArrayList<>();
        for (Note note : notesIn(folder)) {
            String url = plan.outputOf(note.path());
            boolean under = !dir.isEmpty() && url.startsWith(dir);
            if (!under && !folder.isEmpty()) {
                awayBelow.add(url);
            }
            String shown = under ? url.substring(dir.length()) : folder.isEmpty() ? url : "/" + url;
            notes.add("[" + Json.string(note.title()) + "," + Json.string(PercentEncoding.encodePath(shown)) + "]");
            length += notes.get(notes.size() - 1).length() + 1;
        }
        boolean[] isPart = new boolean[subs.size()];
        while (length > INLINE_CHARS) {
            int longest = -1;
            for (int i = 0; i < subs.size(); i++) {
                if (!isPart[i] && (longest < 0 || listings.get(i).length() > listings.get(longest).length())) {
                    longest = i;
                }
            }
            if (longest < 0 || listings.get(longest).length() <= MIN_PART_CHARS) {
                break;
            }
            int part = parts.listings.size();
            parts.listings.add(listings.get(longest));
            awayIn.get(longest).forEach(url -> parts.away.computeIfAbsent(url, k -> new ArrayDeque<>()).addFirst(part));
            length -= listings.get(longest).length() - String.valueOf(part).length();
            listings.set(longest, String.valueOf(part));
            isPart[longest] = true;
        }
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            entries.add(folderEntry(subs.get(i), listings.get(i)));
            awayBelow.addAll(awayIn.get(i));
        }
        entries.addAll(notes);
        return "[" + String.join(",", entries) + "]";
    }

    private static String folderEntry(FolderTree.Folder folder, String listing) {
        return "[" + Json.string(folder.name()) + "," + Json.string(PercentEncoding.encodePath(folder.page())) + "," + listing + "]";
    }

    private List<FolderTree.Folder> subfolders(String folder) {
        return folder.isEmpty() ? folders.topLevel() : folders.get(folder).subfolders().stream().map(folders::get).toList();
    }

    private List<Note> notesIn(String folder) {
        return folder.isEmpty() ? folders.rootNotes() : folders.get(folder).notes();
    }
}
