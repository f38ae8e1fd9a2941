package io.studysite.markdown;

import com.vladsch.flexmark.ast.DelimitedNodeImpl;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** Obsidian's {@code ==highlight==}: rendered as {@code <mark>}. */
public final class Highlight extends DelimitedNodeImpl {
    public Highlight() {
    }

    public Highlight(BasedSequence openingMarker, BasedSequence text, BasedSequence closingMarker) {
        super(openingMarker, text, closingMarker);
    }
}
