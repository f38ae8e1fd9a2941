package io.studysite.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An Obsidian block id marker {@code ^abc-123}. It stays in the tree where it was written and renders
 * nothing: as the last inline of the paragraph it ends ({@code text ^id}), or, for {@code ^id} on a
 * line of its own after a list, table or blockquote, as a block-level sibling right after that block.
 * The block it names ({@link #target()}) gets {@code id="^abc-123"} in HTML.
 */
public final class BlockId extends Node implements DoNotDecorate {
    /** What kind of block an id names. */
    public enum Kind { PARAGRAPH, LIST_ITEM, LIST, TABLE, BLOCKQUOTE }

    private final Node target;
    private final boolean duplicate;

    BlockId(BasedSequence chars, Node target, boolean duplicate) {
        super(chars);
        this.target = target;
        this.duplicate = duplicate;
    }

    /** The id as written without '^': "abc-123". */
    public String id() {
        return getChars().subSequence(1).toString();
    }

    /** The HTML id of the block: "^abc-123", the anchor of {@code [[Note#^abc-123]]} as written. */
    public String htmlId() {
        return getChars().toString();
    }

    public Node target() {
        return target;
    }

    /** A second {@code ^id} with the same id: ignored, its block gets no HTML id. */
    public boolean isDuplicate() {
        return duplicate;
    }

    public Kind kind() {
        if (target instanceof ListItem) {
            return Kind.LIST_ITEM;
        } else if (target instanceof ListBlock) {
            return Kind.LIST;
        } else if (target instanceof TableBlock) {
            return Kind.TABLE;
        } else if (target instanceof BlockQuote) {
            return Kind.BLOCKQUOTE;
        }
        return Kind.PARAGRAPH;
    }

    /** The (non-duplicate) block id naming {@code block}, or {@code null}. */
    static BlockId of(Node block) {
        Node candidate;
        if (block instanceof Paragraph) {
            candidate = block.getLastChild();
        } else if (block instanceof ListItem) {
            candidate = block.getFirstChild() instanceof Paragraph p ? p.getLastChild() : null;
        } else {
            candidate = block.getNext();
        }
        return candidate instanceof BlockId id && id.target == block && !id.duplicate ? id : null;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] { getChars() };
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        segmentSpanChars(out, getChars(), "id");
    }
}
