package io.studysite.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;

import java.util.Set;

/**
 * Callouts as HTML that needs no script: a foldable callout is a {@code <details>} (open for '+')
 * whose {@code <summary>} is the title, any other a {@code <div>}. The body is one
 * {@code div.callout-content}, so a print style sheet can show it.
 * <pre>
 * &lt;details class="callout" data-callout="faq" data-callout-type="question" data-callout-fold="-"&gt;
 *   &lt;summary class="callout-title"&gt;&lt;span class="callout-title-inner"&gt;Faq&lt;/span&gt;&lt;/summary&gt;
 *   &lt;div class="callout-content"&gt;…&lt;/div&gt;
 * &lt;/details&gt;
 * </pre>
 */
final class CalloutNodeRenderer implements NodeRenderer {
    CalloutNodeRenderer(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Callout.class, this::renderCallout),
                new NodeRenderingHandler<>(CalloutTitle.class, this::renderTitle),
                new NodeRenderingHandler<>(CalloutContent.class, this::renderContent));
    }

    private void renderCallout(Callout node, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", "callout")
                .attr("data-callout", node.getType())
                .attr("data-callout-type", node.getCanonicalType());
        if (node.getMetadata() != null) {
            html.attr("data-callout-metadata", node.getMetadata().trim());
        }
        if (node.isFoldable()) {
            html.attr("data-callout-fold", String.valueOf(node.getFold()));
            if (node.getFold() == '+') {
                html.attr("open", "");
            }
        }
        html.srcPos(node.getChars()).withAttr()
                .tagLineIndent(node.isFoldable() ? "details" : "div", () -> context.renderChildren(node));
    }

    private void renderTitle(CalloutTitle node, NodeRendererContext context, HtmlWriter html) {
        boolean foldable = node.getParent() instanceof Callout callout && callout.isFoldable();
        String tag = foldable ? "summary" : "div";
        html.attr("class", "callout-title").withAttr().tag(tag);
        html.raw("<span class=\"callout-title-inner\">");
        if (node.hasChildren()) {
            context.renderChildren(node);
        } else if (node.getParent() instanceof Callout callout) {
            html.text(callout.getDefaultTitle());
        }
        html.raw("</span>").tag("/" + tag).line();
    }

    private void renderContent(CalloutContent node, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", "callout-content").withAttr().tagLineIndent("div", () -> context.renderChildren(node));
    }
}
