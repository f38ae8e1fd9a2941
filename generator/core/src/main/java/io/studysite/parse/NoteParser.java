package io.studysite.parse;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTag;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.studysite.config.Dialect;
import io.studysite.diag.Diagnostics;
import io.studysite.markdown.BlockIdExtension;
import io.studysite.markdown.HeadingIds;
import io.studysite.markdown.HtmlAnchors;
import io.studysite.markdown.LinkSyntax;
import io.studysite.markdown.MarkdownEngine;
import io.studysite.markdown.Tag;
import io.studysite.markdown.UnsafeHtml;
import io.studysite.markdown.TagExtension;
import io.studysite.note.Note;
import io.studysite.note.RefKind;
import io.studysite.note.Reference;
import io.studysite.vault.NoteSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parse stage for one note: the flexmark tree, heading ids, front matter, title, tags and every
 * outgoing reference with its position. Safe to call from several threads at once.
 */
public final class NoteParser {
    /** Liquid output in text; the Jekyll pre-pass escaped its braces ({@code \{\{ page.x }}}). */
    private static final Pattern LIQUID_OUTPUT = Pattern.compile("\\\\?\\{\\\\?\\{.*?}}");

    private final MarkdownEngine engine;
    private final Diagnostics diagnostics;

    public NoteParser(MarkdownEngine engine, Diagnostics diagnostics) {
        this.engine = engine;
        this.diagnostics = diagnostics;
    }

    public ParsedNote parse(NoteSource source) {
        Document document = engine.parse(source.text(), source.dialect());
        LineIndex lines = new LineIndex(document.getChars(), source.dialect() == Dialect.JEKYLL);
        var headings = HeadingIds.assign(document);
        Map<String, Object> properties = FrontMatter.parse(source.text(), source.file(), diagnostics);
        List<Reference> references = new ArrayList<>();
        if (source.dialect() == Dialect.OBSIDIAN) {
            // Obsidian reads [[links]] in properties as links: backlinks, graph edges, broken-link warnings.
            references.addAll(FrontMatter.links(source.text()));
        }
        for (Node node : document.getDescendants()) {
            collect(node, source, lines, references);
        }
        if (!engine.trustsHtml()) {
            UnsafeHtml.find(document).ifPresent(unsafe -> reportUnsafe(unsafe, source, lines));
        }
        Note note = new Note(source.path(), source.file(), source.dialect(), title(properties, source),
                tags(properties, source, document), FrontMatter.list(properties, "aliases", "alias"), properties, headings,
                BlockIdExtension.blockIds(document).keySet(), references, HtmlAnchors.of(document));
        return new ParsedNote(note, new NoteTree(engine, source, document));
    }

    private void collect(Node node, NoteSource source, LineIndex lines, List<Reference> out) {
        int offset = node.getStartOffset();
        if (node instanceof Text text) {
            if (source.dialect() == Dialect.JEKYLL && !(node.getParent() instanceof Link)) {
                var m = LIQUID_OUTPUT.matcher(text.getChars());
                while (m.find()) {
                    int start = offset + m.start();
                    diagnostics.warn(source.file(), lines.line(start), lines.column(start), "unsupported-liquid",
                            "Liquid output " + m.group().replace("\\{", "{") + " is not evaluated; it is shown as written");
                }
            }
            return;
        }
        if (!(node instanceof WikiLink || node instanceof WikiImage || node instanceof Link || node instanceof Image
                || node instanceof JekyllTag || isDefinedRef(node))) {
            return; // most nodes: no reference, no diagnostic, no position to look up
        }
        int line = lines.line(offset);
        int column = lines.column(offset);
        if (node instanceof WikiLink link) {
            LinkSyntax.Parts parts = LinkSyntax.wikiParts(link);
            out.add(new Reference(RefKind.WIKILINK, parts.target(), parts.anchor(), line, column));
        } else if (node instanceof WikiImage embed) {
            LinkSyntax.Parts parts = LinkSyntax.wikiParts(embed);
            out.add(new Reference(RefKind.EMBED, parts.target(), parts.anchor(), line, column));
        } else if (node instanceof Link || node instanceof Image || isDefinedRef(node)) {
            // [text][ref] and ![alt][ref] read their URL from the [ref]: definition.
            String url = node instanceof Link link ? link.getUrl().unescape()
                    : node instanceof Image image ? image.getUrl().unescape()
                    : ((RefNode) node).getReferenceNode(node.getDocument()).getUrl().unescape();
            RefKind kind = node instanceof Image || node instanceof ImageRef ? RefKind.MARKDOWN_IMAGE : RefKind.MARKDOWN_LINK;
            Optional<LinkSyntax.Parts> parts = LinkSyntax.markdownParts(url);
            parts.ifPresent(p -> out.add(new Reference(kind, p.target(), p.anchor(), line, column)));
            if (url.isBlank() && kind == RefKind.MARKDOWN_LINK) {
                diagnostics.warn(source.file(), line, column, "empty-link", "this link has no address; its text is shown without a link");
            }
            if (parts.isEmpty() && url.startsWith("{{")) {
                diagnostics.warn(source.file(), line, column, "unsupported-liquid",
                        "cannot evaluate the Liquid URL " + url + "; the link is kept as written");
            }
        } else if (node instanceof JekyllTag tag && !isToc(tag)) {
            diagnostics.warn(source.file(), line, column, "unsupported-liquid",
                    "Liquid tag " + tag.getChars().toString().trim() + " is not supported; it is shown as written");
        }
    }

    private void reportUnsafe(UnsafeHtml.Finding unsafe, NoteSource source, LineIndex lines) {
        String first = unsafe.first().length() > 80 ? unsafe.first().substring(0, 80) + "…" : unsafe.first();
        diagnostics.warn(source.file(), lines.line(unsafe.offset()), lines.column(unsafe.offset()), "unsafe-html",
                (unsafe.count() == 1 ? "1 thing that would run a script was" : unsafe.count() + " things that would run a script were")
                        + " removed, first " + first + " (html: trusted in studysite.yml keeps them)");
    }

    private static boolean isDefinedRef(Node node) {
        return node instanceof RefNode ref && ref.isDefined() && ref.getReferenceNode(node.getDocument()) != null;
    }

    private static boolean isToc(JekyllTag tag) {
        return tag.getTag().toString().equals("include") && tag.getParameters().toString().trim().equals("toc");
    }

    /** The {@code title} property, else the file name; {@link NoteTitles} decides for the whole vault after parsing. */
    private static String title(Map<String, Object> properties, NoteSource source) {
        return NoteTitles.property(properties).orElseGet(() -> source.path().stem());
    }

    /** Tags without '#', first spelling kept, duplicates (case-insensitive) dropped. */
    /** Front-matter tags first, then inline #tags, each once whatever its case. */
    private List<String> tags(Map<String, Object> properties, NoteSource source, Document document) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String tag : FrontMatter.list(properties, "tags", "tag")) {
            String clean = tag.startsWith("#") ? tag.substring(1) : tag;
            if (clean.chars().allMatch(c -> Character.isDigit(c) || c == '/')) {
                // Obsidian: a tag needs at least one character that is not a digit (#1984 is not a tag).
                diagnostics.warn(source.file(), 2, 1, "invalid-tag",
                        "\"" + tag + "\" is not a tag: a tag needs a character that is not a digit");
            } else {
                byKey.putIfAbsent(Tag.key(clean), clean);
            }
        }
        // Inline #tags (Obsidian notes only; the parser already dropped #1984 and the like).
        for (String tag : TagExtension.tags(document)) {
            byKey.putIfAbsent(Tag.key(tag), tag);
        }
        return List.copyOf(byKey.values());
    }
}
