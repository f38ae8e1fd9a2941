package io.studysite.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The body of a {@link Callout}: the block quote's blocks after the title line. */
public final class CalloutContent extends Block {
    CalloutContent() {
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
