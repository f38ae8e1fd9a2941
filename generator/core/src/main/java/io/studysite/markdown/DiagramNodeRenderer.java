package io.studysite.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Locale;
import java.util.Set;

/**
 * Renders a {@code ```mermaid} fence as {@code <pre class="mermaid">} holding its source, HTML-escaped, which the
 * bundled Mermaid turns into a diagram in the browser (and which stays readable as text without JavaScript).
 * Every other fence goes to flexmark's own renderer.
 */
public final class DiagramNodeRenderer implements NodeRenderer {
    /** The class of a diagram's {@code <pre>}. */
    public static final String CLASS = "mermaid";
    private static final String OPEN = "<pre class=\"" + CLASS + "\">";

    /** Whether HTML rendered by this renderer holds a diagram (also one that came in through an embed). */
    public static boolean hasDiagram(String renderedHtml) {
        return renderedHtml.contains(OPEN);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
    }

    private void render(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        String info = node.getInfo().toString().trim();
        String language = info.split("[\\s{]", 2)[0].toLowerCase(Locale.ROOT);
        if (!language.equals(CLASS)) {
            context.delegateRender();
            return;
        }
        String source = node.getContentChars().normalizeEOL();
        html.line();
        // openPre: the writer keeps the source's indentation inside, as flexmark does for its own <pre>
        html.raw(OPEN).openPre();
        html.raw(Escaping.escapeHtml(source, false));
        html.raw("</pre>").closePre();
        html.line();
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new DiagramNodeRenderer();
        }
    }
}
