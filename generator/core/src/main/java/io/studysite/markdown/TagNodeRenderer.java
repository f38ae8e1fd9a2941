package io.studysite.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;

import java.util.Set;

/** {@code <a class="tag" href="…">#tag</a>}, or {@code <span class="tag">#tag</span>} when the tag has no page. */
final class TagNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Tag.class, this::render));
    }

    private void render(Tag node, NodeRendererContext context, HtmlWriter html) {
        TagLinks links = TagLinks.KEY.get(context.getDocument());
        String url = links == null ? null : links.url(node.name());
        String text = "#" + node.name();
        if (url != null) {
            html.attr("href", url).attr("class", "tag").withAttr().tag("a").text(text).closeTag("a");
        } else {
            html.attr("class", "tag").withAttr().tag("span").text(text).closeTag("span");
        }
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new TagNodeRenderer();
        }
    }
}
