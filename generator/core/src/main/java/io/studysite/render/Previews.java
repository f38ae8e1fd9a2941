package io.studysite.render;

import io.studysite.search.Json;
import io.studysite.search.Section;
import io.studysite.search.Snippet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What hover previews show, as classic scripts so they work from disk: {@code _studysite/previews/N.js}
 * calls {@code studysitePreviews.receive(N, {pagePath: [title, [[anchor, headingPath, html, 1] or [anchor, headingPath, text], …]]})} for
 * the notes whose site-relative page path hashes to chunk N ({@link #chunkOf}, FNV-1a, mirrored by
 * {@code preview.js}). A reader hovering one link loads one small chunk, never a file per vault.
 */
public final class Previews {
    public static final String FOLDER = "previews";
    /**
     * Notes per chunk, on average. Rendered previews weigh some 2.2 KB a note (2.1 MB for the 964 awsdocs pages),
     * so a chunk, what one hover loads, stays some 7 KB (it was 19 KB with 8 notes a chunk).
     */
    private static final int NOTES_PER_CHUNK = 3;

    private final Map<String, List<Section>> byPage = new LinkedHashMap<>();
    /** Per page, per section anchor, its preview as the page renders it ({@link PreviewHtml}); filled as notes render. */
    private final Map<String, Map<String, String>> htmlByPage = new ConcurrentHashMap<>();

    /** @param sectionsByNote every published note's sections, in note order */
    Previews(Collection<List<Section>> sectionsByNote) {
        for (List<Section> sections : sectionsByNote) {
            if (!sections.isEmpty()) {
                byPage.put(page(sections.get(0).url()), sections);
            }
        }
    }

    /** Keeps the sections' previews from a note's rendered {@code content}, to ship in place of their plain text. */
    void rendered(String page, String content) {
        List<Section> sections = byPage.get(page);
        if (sections != null) {
            htmlByPage.put(page, PreviewHtml.of(content, sections, page));
        }
    }

    /** The previews kept from an earlier build's renderer, for the notes an edit does not render again. */
    void keep(Previews earlier) {
        earlier.htmlByPage.forEach(htmlByPage::putIfAbsent);
    }

    /** How many chunks the site has; the tree script tells the browser. */
    int chunks() {
        return Math.max(1, (byPage.size() + NOTES_PER_CHUNK - 1) / NOTES_PER_CHUNK);
    }

    /** Every chunk script by its file name under {@link #FOLDER}. */
    Map<String, String> scripts() {
        int chunks = chunks();
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < chunks; i++) {
            pages.add(new ArrayList<>());
        }
        byPage.keySet().forEach(page -> pages.get(chunkOf(page, chunks)).add(page));
        Map<String, String> scripts = new LinkedHashMap<>();
        for (int i = 0; i < chunks; i++) {
            scripts.put(i + ".js", script(i, pages.get(i)));
        }
        return scripts;
    }

    /** The chunk scripts that hold {@code pages}, by file name under {@link #FOLDER}. */
    Map<String, String> scriptsOf(Collection<String> pages) {
        int chunks = chunks();
        Map<String, String> scripts = new LinkedHashMap<>();
        pages.stream().map(page -> chunkOf(page, chunks)).distinct().sorted().forEach(chunk -> scripts.put(chunk + ".js",
                script(chunk, byPage.keySet().stream().filter(page -> chunkOf(page, chunks) == chunk).toList())));
        return scripts;
    }

    private String script(int chunk, List<String> pages) {
        StringBuilder out = new StringBuilder("studysitePreviews.receive(").append(chunk).append(",{");
        boolean first = true;
        for (String page : pages) {
            out.append(first ? "" : ",").append(Json.string(page)).append(":[").append(Json.string(byPage.get(page).get(0).noteTitle())).append(",[");
            boolean firstSection = true;
            Map<String, String> html = htmlByPage.getOrDefault(page, Map.of());
            for (Section s : byPage.get(page)) {
                out.append(firstSection ? "" : ",").append('[').append(Json.string(s.anchor())).append(',')
                        .append(Json.string(String.join(" › ", s.shownHeadings()))).append(',');
                String shown = html.get(s.anchor());
                // The rendered blocks when the note rendered (a 1 says so), else the section's text.
                if (shown != null) {
                    out.append(PreviewHtml.json(shown)).append(",1]");
                } else {
                    out.append(Json.string(Snippet.around(s.text(), 0))).append(']');
                }
                firstSection = false;
            }
            out.append("]]");
            first = false;
        }
        return out.append("});\n").toString();
    }

    /** FNV-1a over the path's UTF-16 units, as {@code preview.js} computes it. */
    static int chunkOf(String pagePath, int chunks) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < pagePath.length(); i++) {
            hash ^= pagePath.charAt(i);
            hash *= 0x01000193;
        }
        return Integer.remainderUnsigned(hash, chunks);
    }

    private static String page(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
