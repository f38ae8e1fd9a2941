package io.studysite.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTag;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Renders references through the document's {@link LinkTargets}: wikilinks, embeds, Markdown links
 * and images to vault files; a missing target becomes a visible, href-less placeholder instead of a
 * broken link. Drops Jekyll's {@code {% include toc %}} (the page's own contents stand for it) and keeps other Liquid tags visible.
 */
final class VaultNodeRenderer implements NodeRenderer {
    static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp", "svg", "webp", "avif");

    /** {@code html: trusted}: raw HTML and every link are written as the note has them. */
    private final boolean trustedHtml;

    private VaultNodeRenderer(boolean trustedHtml) {
        this.trustedHtml = trustedHtml;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        Set<NodeRenderingHandler<?>> handlers = new HashSet<>(references());
        if (!trustedHtml) {
            handlers.add(new NodeRenderingHandler<>(HtmlBlock.class, this::renderHtmlBlock));
            handlers.add(new NodeRenderingHandler<>(HtmlCommentBlock.class, this::renderHtmlBlock));
            handlers.add(new NodeRenderingHandler<>(HtmlInline.class, this::renderHtmlInline));
            handlers.add(new NodeRenderingHandler<>(AutoLink.class, this::renderAutoLink));
        }
        return handlers;
    }

    private Set<NodeRenderingHandler<?>> references() {
        return Set.of(
                new NodeRenderingHandler<>(WikiLink.class, this::renderWikiLink),
                new NodeRenderingHandler<>(WikiImage.class, this::renderEmbed),
                new NodeRenderingHandler<>(Paragraph.class, this::renderParagraph),
                new NodeRenderingHandler<>(Link.class, this::renderLink),
                new NodeRenderingHandler<>(Image.class, this::renderImage),
                new NodeRenderingHandler<>(LinkRef.class, this::renderLinkRef),
                new NodeRenderingHandler<>(ImageRef.class, this::renderImageRef),
                new NodeRenderingHandler<>(JekyllTag.class, this::renderJekyllTag));
    }

    /** As flexmark writes an HTML block, cleaned by {@link RawHtml}. */
    private void renderHtmlBlock(HtmlBlockBase node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.rawPre(RawHtml.clean(node.getChars().normalizeEOL()).html());
        html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
    }

    private void renderHtmlInline(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
        html.raw(RawHtml.clean(node.getChars().toString()).html());
    }

    /** {@code <javascript:…>} stays as text. */
    private void renderAutoLink(AutoLink node, NodeRendererContext context, HtmlWriter html) {
        if (LinkSyntax.runsScript(node.getUrl().unescape())) {
            html.text(node.getUrl().unescape());
        } else {
            context.delegateRender();
        }
    }

    private void renderWikiLink(WikiLink node, NodeRendererContext context, HtmlWriter html) {
        LinkSyntax.Parts parts = LinkSyntax.wikiParts(node);
        LinkTarget target = LinkTargets.of(context.getDocument()).resolve(parts.target(), parts.anchor(), false);
        String label = PlainText.wikiLabel(node);
        if (target.found()) {
            html.attr("href", target.url()).attr("class", "internal-link").withAttr().tag("a").text(label).closeTag("a");
        } else {
            unresolved(html, label, target);
        }
    }

    private void renderEmbed(WikiImage node, NodeRendererContext context, HtmlWriter html) {
        LinkSyntax.Parts parts = LinkSyntax.wikiParts(node);
        LinkTarget target = LinkTargets.of(context.getDocument()).resolve(parts.target(), parts.anchor(), true);
        String name = parts.target();
        if (!target.found()) {
            missingEmbed(html, name, target);
            return;
        }
        if (target.kind() == LinkTarget.Kind.NOTE) {
            LinkTargets targets = LinkTargets.of(context.getDocument());
            EmbedHtml.note(html, targets.transclude(parts.target(), parts.anchor(), node.getStartLineNumber() + 1));
            return;
        }
        String extension = extension(name);
        if (EmbedHtml.isBlock(extension)) {
            EmbedHtml.media(html, extension, target.url(), name);
            return;
        }
        if (IMAGE_EXTENSIONS.contains(extension)) {
            String text = Objects.requireNonNullElse(LinkSyntax.wikiText(node), "");
            Optional<LinkSyntax.Size> size = LinkSyntax.imageSize(text);
            String alt = altText(text, name);
            html.attr("src", target.url()).attr("alt", alt).attr("loading", "lazy");
            size.ifPresent(s -> {
                html.attr("width", Integer.toString(s.width()));
                if (s.height() > 0) {
                    html.attr("height", Integer.toString(s.height()));
                }
            });
            html.withAttr().tagVoid("img");
        } else {
            // Other files embed as a link to them.
            html.attr("href", target.url()).attr("class", "internal-link embed-link").withAttr().tag("a")
                    .text(PlainText.wikiLabel(node)).closeTag("a");
        }
    }

    /** A paragraph that is only a block embed (a note, a video, a PDF) is that block, not a {@code <p>} around it. */
    private void renderParagraph(Paragraph node, NodeRendererContext context, HtmlWriter html) {
        Node only = node.getFirstChild();
        if (only instanceof WikiImage embed && only.getNext() == null && isBlockEmbed(embed, context)) {
            context.render(embed);
        } else {
            context.delegateRender();
        }
    }

    private static boolean isBlockEmbed(WikiImage embed, NodeRendererContext context) {
        LinkSyntax.Parts parts = LinkSyntax.wikiParts(embed);
        LinkTarget target = LinkTargets.of(context.getDocument()).resolve(parts.target(), parts.anchor(), true);
        return target.kind() == LinkTarget.Kind.NOTE
                || (target.kind() == LinkTarget.Kind.ATTACHMENT && EmbedHtml.isBlock(extension(parts.target())));
    }

    private void renderLink(Link node, NodeRendererContext context, HtmlWriter html) {
        renderLinkTo(Optional.of(node.getUrl().unescape()), node, context, html);
    }

    /** {@code [text][ref]}: the URL comes from the {@code [ref]:} definition. */
    private void renderLinkRef(LinkRef node, NodeRendererContext context, HtmlWriter html) {
        renderLinkTo(definedUrl(node, context), node, context, html);
    }

    private void renderImage(Image node, NodeRendererContext context, HtmlWriter html) {
        String url = node.getUrl().unescape();
        String alt = new TextCollectingVisitor().collectAndGetText(node);
        Optional<LinkSyntax.Size> size = alt.contains("|") ? LinkSyntax.imageSize(alt) : Optional.empty();
        if (LinkSyntax.isExternal(url) && size.isPresent()) {
            // ![Engelbart|100x145](https://…): Obsidian reads a size at the end of the alt text.
            html.attr("src", url).attr("alt", alt.substring(0, alt.lastIndexOf('|')).trim())
                    .attr("width", Integer.toString(size.get().width())).attr("loading", "lazy");
            if (size.get().height() > 0) {
                html.attr("height", Integer.toString(size.get().height()));
            }
            html.withAttr().tagVoid("img");
            return;
        }
        renderImageOf(Optional.of(url), context, html);
    }

    private void renderImageRef(ImageRef node, NodeRendererContext context, HtmlWriter html) {
        renderImageOf(definedUrl(node, context), context, html);
    }

    /** A link into the vault whose target is missing becomes an href-less span; anything else renders as usual. */
    private void renderLinkTo(Optional<String> url, Node node, NodeRendererContext context, HtmlWriter html) {
        Optional<LinkTarget> target = url.flatMap(u -> internalTarget(u, false, context));
        if (!trustedHtml && url.filter(LinkSyntax::runsScript).isPresent()) {
            html.attr("class", "unresolved-link").attr("title", "This link would run a script").withAttr().tag("span");
            context.renderChildren(node);
            html.closeTag("span");
        } else if (url.filter(String::isBlank).isPresent()) {
            // [text]() would link the page to itself: the text stays, marked as a link that goes nowhere.
            html.attr("class", "unresolved-link").attr("title", "This link has no address").withAttr().tag("span");
            context.renderChildren(node);
            html.closeTag("span");
        } else if (target.isPresent() && !target.get().found()) {
            html.attr("class", "unresolved-link").attr("title", target.get().description()).withAttr().tag("span");
            context.renderChildren(node);
            html.closeTag("span");
        } else {
            context.delegateRender();
        }
    }

    /** An image of the vault that is missing becomes a placeholder naming it; anything else renders as usual. */
    private static void renderImageOf(Optional<String> url, NodeRendererContext context, HtmlWriter html) {
        Optional<LinkTarget> target = url.flatMap(u -> internalTarget(u, true, context));
        if (target.isPresent() && !target.get().found()) {
            String name = LinkSyntax.markdownParts(url.get()).map(LinkSyntax.Parts::target).orElse(url.get());
            missingEmbed(html, name, target.get());
        } else {
            context.delegateRender();
        }
    }

    private static Optional<String> definedUrl(RefNode node, NodeRendererContext context) {
        var reference = node.isDefined() ? node.getReferenceNode(context.getDocument()) : null;
        return Optional.ofNullable(reference).map(r -> r.getUrl().unescape());
    }

    private void renderJekyllTag(JekyllTag node, NodeRendererContext context, HtmlWriter html) {
        String tag = node.getTag().toString();
        String parameters = node.getParameters().toString().trim();
        if (tag.equals("include") && parameters.equals("toc")) {
            // Every note page carries its contents beside the text (above it on narrow screens): a second one here
            // would repeat it, and in a section shown elsewhere (a service page) it would link headings not there.
            return;
        }
        // Unknown Liquid stays visible, as the author wrote it.
        html.attr("class", "liquid-tag").withAttr().tag("code").text(node.getChars().toString()).closeTag("code");
    }

    private static Optional<LinkTarget> internalTarget(String url, boolean embed, NodeRendererContext context) {
        return LinkSyntax.markdownParts(url)
                .map(parts -> LinkTargets.of(context.getDocument()).resolve(parts.target(), parts.anchor(), embed));
    }

    private static void unresolved(HtmlWriter html, String label, LinkTarget target) {
        html.attr("class", "unresolved-link").attr("title", target.description()).withAttr().tag("span")
                .text(label).closeTag("span");
    }

    private static void missingEmbed(HtmlWriter html, String name, LinkTarget target) {
        html.attr("class", "missing-embed").attr("role", "img")
                .attr("aria-label", "Missing: " + name).attr("title", target.description()).withAttr().tag("span");
        html.attr("class", "missing-embed-name").withAttr().tag("span").text(name).closeTag("span");
        html.closeTag("span");
    }

    private static String altText(String text, String name) {
        String[] parts = text.split("\\|");
        if (parts.length > 0 && !parts[0].isBlank() && LinkSyntax.imageSize(parts[0]).isEmpty()) {
            return parts[0].trim();
        }
        int slash = name.lastIndexOf('/');
        return name.substring(slash + 1);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new VaultNodeRenderer(RawHtml.TRUSTED.get(options));
        }
    }
}
