package io.studysite.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * Math inside a paragraph: {@code $…$}, or {@code $$…$$} written within a line of text. {@link #isDisplay()}
 * tells the two apart ({@code $$…$$} is typeset in display style, as Obsidian does). The node has no
 * children: the TeX is kept as written and never parsed as Markdown.
 */
public final class MathInline extends Node implements DoNotDecorate {
    private final BasedSequence openingMarker;
    private final BasedSequence text;
    private final BasedSequence closingMarker;
    private final boolean display;

    MathInline(BasedSequence openingMarker, BasedSequence text, BasedSequence closingMarker, boolean display) {
        super(openingMarker.baseSubSequence(openingMarker.getStartOffset(), closingMarker.getEndOffset()));
        this.openingMarker = openingMarker;
        this.text = text;
        this.closingMarker = closingMarker;
        this.display = display;
    }

    /** The TeX between the delimiters, as written. */
    public String tex() {
        return text.toString();
    }

    public BasedSequence getText() {
        return text;
    }

    public boolean isDisplay() {
        return display;
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return new BasedSequence[] {openingMarker, text, closingMarker};
    }

    @Override
    public void getAstExtra(@NotNull StringBuilder out) {
        delimitedSegmentSpanChars(out, openingMarker, text, closingMarker, "text");
        if (display) {
            out.append(" display");
        }
    }
}
