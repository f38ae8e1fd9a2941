package io.studysite.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;

import java.util.Set;

/**
 * Math as its TeX, escaped, in an element the theme's {@code math.js} typesets with KaTeX:
 * {@code <span class="math math-inline">}, {@code <span class="math math-display">} inside text, and
 * {@code <div class="math math-display">} for a block. Without JavaScript the TeX stays readable.
 */
final class MathNodeRenderer implements NodeRenderer {
    static final String INLINE_CLASS = "math math-inline";
    static final String DISPLAY_CLASS = "math math-display";

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(MathInline.class, this::renderInline),
                new NodeRenderingHandler<>(MathBlock.class, this::renderBlock));
    }

    private void renderInline(MathInline node, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", node.isDisplay() ? DISPLAY_CLASS : INLINE_CLASS).withAttr()
                .tag("span").text(node.tex()).closeTag("span");
    }

    private void renderBlock(MathBlock node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.attr("class", DISPLAY_CLASS).withAttr().tag("div").text(node.tex()).closeTag("div");
        html.line();
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new MathNodeRenderer();
        }
    }
}
