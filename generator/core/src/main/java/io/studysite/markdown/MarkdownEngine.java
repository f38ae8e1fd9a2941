package io.studysite.markdown;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTagExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import io.studysite.config.Dialect;

import java.util.List;

/**
 * One flexmark parser and renderer per dialect, built once per build and shared by all threads
 * (both are thread-safe once built).
 */
public final class MarkdownEngine {
    private final Parser obsidianParser;
    private final HtmlRenderer obsidianRenderer;
    private final Parser jekyllParser;
    private final HtmlRenderer jekyllRenderer;
    private final boolean trustedHtml;

    /** An engine that cleans raw HTML (see {@link RawHtml}). */
    public MarkdownEngine(boolean strictLineBreaks, boolean jekyllHeadingsWithoutSpace) {
        this(strictLineBreaks, jekyllHeadingsWithoutSpace, false);
    }

    /**
     * @param strictLineBreaks           Obsidian's setting: when false a single newline is a line break
     * @param jekyllHeadingsWithoutSpace whether {@code #EC2} is a heading in Jekyll notes
     * @param trustedHtml                {@code html: trusted}: raw HTML, links and attributes are written as the notes have them
     */
    public MarkdownEngine(boolean strictLineBreaks, boolean jekyllHeadingsWithoutSpace, boolean trustedHtml) {
        this.trustedHtml = trustedHtml;
        MutableDataSet obsidian = new MutableDataSet();
        // COMMONMARK, never KRAMDOWN: kramdown folds a list that follows a paragraph line into the paragraph.
        obsidian.setFrom(ParserEmulationProfile.COMMONMARK);
        obsidian.set(Parser.EXTENSIONS, List.<Extension>of(
                WikiLinkExtension.create(), TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), BareUrlExtension.create(), FootnoteExtension.create(),
                YamlFrontMatterExtension.create(), MathExtension.create(), CalloutExtension.create(),
                HighlightExtension.create(), TagExtension.create(),
                // After callouts, so a ^id line that follows a callout still finds its block.
                BlockIdExtension.create(), TaskStatusExtension.create(), InlineFootnoteExtension.create()));
        wikiLinks(obsidian);
        obsidian.set(Parser.SPACE_IN_LINK_URLS, true);
        obsidian.set(HtmlRenderer.SOFT_BREAK, strictLineBreaks ? "\n" : "<br />\n");
        common(obsidian, trustedHtml);
        obsidianParser = LinearHeadingParser.install(LinearInlineParser.install(Parser.builder(obsidian))).build();
        obsidianRenderer = renderer(obsidian);

        MutableDataSet jekyll = new MutableDataSet();
        jekyll.setFrom(ParserEmulationProfile.KRAMDOWN);
        jekyll.set(Parser.EXTENSIONS, List.<Extension>of(
                YamlFrontMatterExtension.create(), JekyllTagExtension.create(), AttributesExtension.create(),
                TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(),
                BareUrlExtension.create(), FootnoteExtension.create(), MathExtension.create(),
                // A Jekyll note in a vault is still read in Obsidian: its wikilinks, embeds and callouts work there.
                WikiLinkExtension.create(), CalloutExtension.create()));
        wikiLinks(jekyll);
        // kramdown: only $$…$$ is math; a single $ is always a dollar sign
        jekyll.set(MathExtension.SINGLE_DOLLAR, false);
        jekyll.set(Parser.HEADING_NO_ATX_SPACE, jekyllHeadingsWithoutSpace);
        jekyll.set(Parser.PARSE_JEKYLL_MACROS_IN_URLS, true);
        jekyll.set(Parser.SPACE_IN_LINK_URLS, true);
        jekyll.set(JekyllTagExtension.LIST_INCLUDES_ONLY, false);
        common(jekyll, trustedHtml);
        jekyllParser = LinearHeadingParser.install(LinearInlineParser.install(Parser.builder(jekyll))).build();
        jekyllRenderer = renderer(jekyll);
    }

    /** Obsidian's [[Note|text]], [[Note#Heading]] and ![[embed]]. */
    private static void wikiLinks(MutableDataSet options) {
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        options.set(WikiLinkExtension.ALLOW_ANCHORS, true);
        options.set(WikiLinkExtension.ALLOW_ANCHOR_ESCAPE, true);
        // Off, so [[Note\|alias]] inside a table cell splits at the escaped pipe.
        options.set(WikiLinkExtension.ALLOW_PIPE_ESCAPE, false);
        options.set(WikiLinkExtension.IMAGE_LINKS, true);
    }

    private static void common(MutableDataSet options, boolean trustedHtml) {
        options.set(RawHtml.TRUSTED, trustedHtml);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.ESCAPE_HTML_BLOCKS, false);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
    }

    private static HtmlRenderer renderer(MutableDataSet options) {
        return HtmlRenderer.builder(options)
                .linkResolverFactory(new VaultLinkResolver.Factory())
                .nodeRendererFactory(new VaultNodeRenderer.Factory())
                .nodeRendererFactory(new DiagramNodeRenderer.Factory())
                .attributeProviderFactory(new IdScope.Provider())
                .attributeProviderFactory(new ScriptAttributes.Provider())
                .build();
    }

    /** Whether the vault's owner trusts the notes' HTML ({@code html: trusted}). */
    public boolean trustsHtml() {
        return trustedHtml;
    }

    /** Parses a note's text; Jekyll notes go through {@link JekyllPrepass} first. */
    public Document parse(String text, Dialect dialect) {
        String note = FrontMatterFence.withoutUnclosedFence(text);
        return dialect == Dialect.JEKYLL ? jekyllParser.parse(JekyllPrepass.apply(note)) : obsidianParser.parse(ObsidianComments.strip(note));
    }

    /**
     * Renders some top-level nodes of a document (an embedded section) for another page through the given hook;
     * the nodes move out of it. Every id they render starts with {@code idPrefix} (a {@link PageIds#scope}), and
     * they list only their own footnotes.
     */
    public String render(Document document, java.util.List<com.vladsch.flexmark.util.ast.Node> nodes, Dialect dialect,
                         LinkTargets targets, String idPrefix) {
        // flexmark renders a node outside its document without its images, so the nodes move into a
        // document of their own that shares the original's settings and link references.
        Document part = new Document(document, document.getChars());
        for (var node : nodes) {
            // A "^id" line after a list or table names the block before it: it moves along.
            var marker = node.getNext() instanceof BlockId id && BlockId.of(node) == id && !nodes.contains(id) ? id : null;
            node.unlink();
            part.appendChild(node);
            if (marker != null) {
                marker.unlink();
                part.appendChild(marker);
            }
        }
        IdScope.apply(part, idPrefix);
        return render(part, dialect, targets);
    }

    /** Renders a parsed note; references resolve through the {@link LinkTargets} set on the document. */
    public String render(Document document, Dialect dialect, LinkTargets targets) {
        document.set(LinkTargets.KEY, targets);
        document.set(TagLinks.KEY, targets::tagUrl);
        return (dialect == Dialect.JEKYLL ? jekyllRenderer : obsidianRenderer).render(document);
    }
}
