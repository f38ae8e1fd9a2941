package io.studysite.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Obsidian block ids, the targets of {@code [[Note#^abc-123]]}.
 * <ul>
 *   <li>{@code text ^abc-123} at the end of a paragraph (after whitespace, letters, digits and '-' only):
 *       the marker disappears and the paragraph gets {@code id="^abc-123"}; at the end of a list item's own
 *       text the {@code <li>} gets it;</li>
 *   <li>{@code ^abc-123} alone in a paragraph right after a list, table or blockquote names that block; the
 *       marker paragraph disappears. Alone anywhere else it stays text;</li>
 *   <li>a repeated id names only its first block.</li>
 * </ul>
 * The HTML id keeps the '^' ({@code id="^abc-123"}): HTML5 ids may hold any character but whitespace, it
 * cannot collide with heading ids (slugs never hold '^'), and the fragment is the anchor exactly as
 * written in {@code [[Note#^abc-123]]}, which is also what Obsidian Publish URLs show ({@code note#^abc-123}).
 * Browsers find {@code #^abc-123} and {@code #%5Eabc-123} alike.
 */
public final class BlockIdExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** Where an id points: the kind of block and its 1-based line in the note's file. */
    public record Target(BlockId.Kind kind, int line) {}

    private BlockIdExtension() {}

    public static BlockIdExtension create() {
        return new BlockIdExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessorFactory(new BlockIdPostProcessor.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer, String rendererType) {
        renderer.nodeRendererFactory(options -> (NodeRenderer) () ->
                Set.of(new NodeRenderingHandler<>(BlockId.class, (node, context, html) -> { })));
        renderer.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return BlockIdExtension::setId;
            }
        });
    }

    private static void setId(Node node, AttributablePart part, MutableAttributes attributes) {
        boolean listItem = node instanceof ListItem
                && (part == CoreNodeRenderer.TIGHT_LIST_ITEM || part == CoreNodeRenderer.LOOSE_LIST_ITEM);
        boolean block = part == AttributablePart.NODE && (node instanceof Paragraph || node instanceof ListBlock
                || node instanceof TableBlock || node instanceof BlockQuote);
        if (listItem || block) {
            BlockId id = BlockId.of(node);
            if (id != null) {
                attributes.replaceValue("id", id.htmlId());
            }
        }
    }

    /**
     * The note's block ids (without '^') in document order, each with the block it names; a repeated id
     * keeps its first block. For checking {@code [[Note#^id]]}.
     */
    public static Map<String, Target> blockIds(Document document) {
        Map<String, Target> ids = new LinkedHashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof BlockId id && !id.isDuplicate()) {
                ids.putIfAbsent(id.id(), new Target(id.kind(), id.target().getStartLineNumber() + 1));
            }
        }
        return ids;
    }
}
