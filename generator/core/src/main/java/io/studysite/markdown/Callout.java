package io.studysite.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An Obsidian callout ({@code > [!type]± title}), made from a block quote. Children: one
 * {@link CalloutTitle}, then a {@link CalloutContent} unless the callout has only a title.
 */
public final class Callout extends Block {
    private final String type;
    private final String canonicalType;
    private final char fold;
    private final String metadata;

    /**
     * @param type     the type as written, lower-cased ("faq", "mytype")
     * @param fold     '+' (foldable, open), '-' (foldable, closed) or 0 (not foldable)
     * @param metadata the text after '|' in {@code [!type|metadata]}, or null
     */
    Callout(BasedSequence chars, String type, char fold, String metadata) {
        super(chars);
        this.type = type;
        this.canonicalType = CalloutTypes.canonical(type);
        this.fold = fold;
        this.metadata = metadata;
    }

    /** The type as written, lower-cased: an alias stays an alias, an unknown type keeps its name. */
    public String getType() {
        return type;
    }

    /** One of Obsidian's 13 types; "note" for unknown types. */
    public String getCanonicalType() {
        return canonicalType;
    }

    public boolean isFoldable() {
        return fold != 0;
    }

    /** '+', '-' or 0. */
    public char getFold() {
        return fold;
    }

    public String getMetadata() {
        return metadata;
    }

    /** The title Obsidian shows when none is written: the type in title case. */
    public String getDefaultTitle() {
        return CalloutTypes.defaultTitle(type);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        out.append(" type:").append(type).append(" canonical:").append(canonicalType);
        if (fold != 0) {
            out.append(" fold:").append(fold);
        }
    }
}
