package io.studysite.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.Set;

/**
 * Obsidian's {@code ==highlight==} becomes {@code <mark>}; flexmark has no module for it. Inline code
 * keeps its {@code ==} because code spans are parsed before delimiters are matched.
 */
public final class HighlightExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private HighlightExtension() {
    }

    public static HighlightExtension create() {
        return new HighlightExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.customDelimiterProcessor(new HighlightDelimiterProcessor());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer, String rendererType) {
        if (renderer.isRendererType("HTML")) {
            renderer.nodeRendererFactory(Renderer::new);
        }
    }

    private static final class Renderer implements NodeRenderer {
        Renderer(DataHolder options) {
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Highlight.class, (node, context, html) -> {
                html.srcPos(node.getChars()).withAttr().tag("mark");
                context.renderChildren(node);
                html.tag("/mark");
            }));
        }
    }
}
