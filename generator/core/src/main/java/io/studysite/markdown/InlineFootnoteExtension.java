package io.studysite.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.Set;

/**
 * Obsidian's inline footnotes, {@code ^[text with **markdown** and [[links]]]}, which flexmark does not know.
 * <ul>
 *   <li>the content runs from {@code ^[} to the {@code ]} that balances it ({@code ^[see [this] too]} is one
 *       footnote); an unbalanced {@code ^[} stays text;</li>
 *   <li>{@code \^[…]} stays literal, and so does {@code ^[…]} inside inline code or a code block;</li>
 *   <li>the content is Markdown: emphasis, inline code, wikilinks, tags, math render as anywhere else.</li>
 * </ul>
 * Each one becomes a footnote of flexmark's {@link FootnoteExtension} (which must be registered too): the
 * reference renders exactly like {@code [^1]} ({@code <sup id="fnref-N"><a class="footnote-ref"
 * href="#fn-N">N</a></sup>}) and its content goes into the same {@code <div class="footnotes">} list, regular
 * and inline footnotes numbered together in the order they are first referenced.
 */
public final class InlineFootnoteExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private InlineFootnoteExtension() {
    }

    public static InlineFootnoteExtension create() {
        return new InlineFootnoteExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessorFactory(new InlineFootnotePostProcessor.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer, String rendererType) {
        if (renderer.isRendererType("HTML")) {
            renderer.nodeRendererFactory(Renderer::new);
        }
    }

    /** The reference as flexmark's FootnoteNodeRenderer writes it; the block itself renders at the bottom. */
    private static final class Renderer implements NodeRenderer {
        private final String linkRefClass;
        private final String refPrefix;
        private final String refSuffix;

        Renderer(DataHolder options) {
            linkRefClass = FootnoteExtension.FOOTNOTE_LINK_REF_CLASS.get(options);
            refPrefix = FootnoteExtension.FOOTNOTE_REF_PREFIX.get(options);
            refSuffix = FootnoteExtension.FOOTNOTE_REF_SUFFIX.get(options);
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(InlineFootnote.class, (node, context, html) -> {
                        int ordinal = node.getFootnoteBlock().getFootnoteOrdinal();
                        html.attr("id", "fnref-" + ordinal);
                        html.srcPos(node.getChars()).withAttr().tag("sup", false, false, () -> {
                            if (!linkRefClass.isEmpty()) {
                                html.attr("class", linkRefClass);
                            }
                            html.attr("href", "#fn-" + ordinal);
                            html.withAttr().tag("a");
                            html.raw(refPrefix + ordinal + refSuffix);
                            html.tag("/a");
                        });
                    }),
                    new NodeRenderingHandler<>(InlineFootnoteBlock.class, (node, context, html) -> { }));
        }
    }
}
