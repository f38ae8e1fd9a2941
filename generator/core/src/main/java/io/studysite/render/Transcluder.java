package io.studysite.render;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.studysite.diag.Diagnostics;
import io.studysite.link.Anchors;
import io.studysite.link.LinkGraph;
import io.studysite.markdown.BlockId;
import io.studysite.markdown.HeadingIds;
import io.studysite.markdown.MarkdownEngine;
import io.studysite.markdown.PageIds;
import io.studysite.markdown.Transclusion;
import io.studysite.note.Note;
import io.studysite.vault.NoteSource;
import io.studysite.vault.VaultPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders embedded notes and heading sections ({@code ![[Note]]}, {@code ![[Note#Heading]]}) into
 * the page that embeds them. Each embed parses its note afresh, so a note's own tree is only ever
 * rendered by its own page (pages render in parallel); a part that comes again on a page is copied
 * ({@link PageEmbeds}). Cycles, deep nesting and a page over its embed budget stop with a visible
 * notice and a diagnostic.
 */
final class Transcluder {
    /** Embeds inside embeds stop here; Obsidian stops a little deeper, but pages stay readable. */
    static final int MAX_DEPTH = 4;

    private final MarkdownEngine markdown;
    private final Map<VaultPath, NoteSource> sources;
    private final LinkGraph graph;
    private final Diagnostics diagnostics;
    private final TagTree tags;

    Transcluder(MarkdownEngine markdown, Map<VaultPath, NoteSource> sources, LinkGraph graph, Diagnostics diagnostics,
                TagTree tags) {
        this.tags = tags;
        this.markdown = markdown;
        this.sources = Map.copyOf(sources);
        this.graph = graph;
        this.diagnostics = diagnostics;
    }

    LinkGraph graph() {
        return graph;
    }

    /** The site path of a tag's page, or {@code null} for a tag no published note carries. */
    String tagPage(String tag) {
        TagTree.Tag t = tags.get(tag);
        return t == null ? null : t.page();
    }

    /**
     * @param embedding the page context the embed appears in: its note, its page and the chain of
     *                  embeds that led there
     */
    Transclusion transclude(NoteLinkTargets embedding, Note target, String anchor, String sourceUrl, int line) {
        String key = target.path() + (anchor == null ? "" : "#" + anchor);
        // A block embed is titled by its note alone, as Obsidian does; a heading embed also by its heading path.
        boolean headings = anchor != null && !anchor.isEmpty() && !anchor.startsWith("^");
        String title = target.title() + (headings ? " › " + String.join(" › ", anchor.split("#")) : "");
        List<String> chain = embedding.chain();
        Note from = embedding.note();
        if (chain.contains(key) || (anchor == null && target.path().equals(from.path()))) {
            List<String> loop = new ArrayList<>(chain);
            loop.add(key);
            diagnostics.warn(from.file(), line, 1, "embed-cycle",
                    "![[" + key + "]] would embed itself (" + String.join(" → ", loop) + "); it is not shown");
            return Transclusion.notShown(title, sourceUrl, "Not shown: this embed would repeat itself.");
        }
        if (chain.size() >= MAX_DEPTH) {
            diagnostics.warn(from.file(), line, 1, "embed-depth",
                    "![[" + key + "]] is nested " + (chain.size() + 1) + " embeds deep; the limit is " + MAX_DEPTH);
            return Transclusion.notShown(title, sourceUrl, "Not shown: embeds nested more than " + MAX_DEPTH + " deep.");
        }
        PageEmbeds embeds = embedding.embeds();
        if (embeds.overBudget()) {
            if (embeds.firstTimeOver()) {
                diagnostics.warn(embeds.pageNote().file(), 1, 1, "embeds-too-large", String.format(
                        "%s embeds more than %,d characters of notes; the embeds after that show a notice instead",
                        embedding.page(), PageEmbeds.BUDGET));
            }
            return Transclusion.notShown(title, sourceUrl, "Not shown: this page already embeds as much as a page can show.");
        }
        // The same part through the same chain renders the same: once per page, then copied.
        return embeds.once(String.join(" → ", chain) + " → " + key, () -> render(embedding, target, anchor, key, title, sourceUrl));
    }

    private Transclusion render(NoteLinkTargets embedding, Note target, String anchor, String key, String title, String sourceUrl) {
        NoteSource source = sources.get(target.path());
        Document document = markdown.parse(source.text(), source.dialect());
        HeadingIds.assign(document);
        List<Node> nodes = select(document, target, anchor);
        if (nodes == null) {
            return Transclusion.notShown(title, sourceUrl, "Not shown: the note has no "
                    + (Anchors.isBlockRef(anchor) ? "block " : "heading ") + "\u201C" + anchor + "\u201D.");
        }
        // The embedded ids (headings, blocks, footnotes) are prefixed so they stay unique on the embedding page.
        String prefix = embedding.embeds().nextPrefix();
        String html = markdown.render(document, nodes, source.dialect(), embedding.embedded(target, key), prefix);
        return Transclusion.shown(title, sourceUrl, html);
    }

    /**
     * Sections of a note (a heading and what follows it up to the next heading of any level) rendered
     * for pages of {@code page}'s folder, by heading id; the note is parsed once. All their ids (headings, blocks,
     * footnotes, embeds) get {@code idPrefix}, so several notes' sections can share a page.
     */
    Map<String, String> sections(Note note, List<String> anchors, String page, String idPrefix) {
        NoteSource source = sources.get(note.path());
        Document document = markdown.parse(source.text(), source.dialect());
        HeadingIds.assign(document);
        Map<String, List<Node>> byAnchor = new java.util.LinkedHashMap<>();
        List<Node> current = null;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                current = anchors.contains(h.getAnchorRefId()) ? new ArrayList<>() : null;
                if (current != null) {
                    byAnchor.put(h.getAnchorRefId(), current);
                }
            }
            if (current != null) {
                current.add(n);
            }
        }
        Map<String, String> html = new java.util.LinkedHashMap<>();
        NoteLinkTargets targets = NoteLinkTargets.onPage(note, page, this, idPrefix);
        byAnchor.forEach((anchor, nodes) -> html.put(anchor, markdown.render(document, nodes, source.dialect(), targets, idPrefix)));
        return html;
    }

    /** The whole note, or a heading and everything under it up to the next heading of its level or higher. */
    private static List<Node> select(Document document, Note note, String anchor) {
        List<Node> nodes = new ArrayList<>();
        if (anchor == null || anchor.isEmpty()) {
            for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
                if (!(n instanceof YamlFrontMatterBlock)) {
                    nodes.add(n);
                }
            }
            return nodes;
        }
        if (Anchors.isBlockRef(anchor)) {
            // The block the ^id marks, as it stands in its note.
            for (Node n : document.getDescendants()) {
                if (n instanceof BlockId block && !block.isDuplicate() && block.id().equals(anchor.substring(1))) {
                    return List.of(block.target() instanceof ListItem item ? alone(item) : block.target());
                }
            }
            return null;
        }
        String id = Anchors.headingId(note, anchor).orElse(null);
        if (id == null) {
            return null;
        }
        Heading start = null;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (start == null) {
                if (n instanceof Heading h && h.getAnchorRefId().equals(id)) {
                    start = h;
                    nodes.add(n);
                }
            } else if (n instanceof Heading h && h.getLevel() <= start.getLevel()) {
                break;
            } else {
                nodes.add(n);
            }
        }
        return start == null ? null : nodes;
    }

    /** A list item on its own, in a list like its own (a bare {@code <li>} is no HTML), numbered as it was. */
    private static ListBlock alone(ListItem item) {
        ListBlock list;
        if (item.getParent() instanceof OrderedList ordered) {
            OrderedList one = new OrderedList();
            int before = 0;
            for (var n = item.getPrevious(); n != null; n = n.getPrevious()) before++;
            one.setStartNumber(ordered.getStartNumber() + before);
            one.setDelimiter(ordered.getDelimiter());
            list = one;
        } else {
            list = new BulletList();
        }
        list.setTight(true);
        item.unlink();
        list.appendChild(item);
        return list;
    }
}
