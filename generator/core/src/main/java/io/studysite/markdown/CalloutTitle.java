package io.studysite.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The title line of a {@link Callout}; its children are inline nodes. No children: the default title is shown. */
public final class CalloutTitle extends Block {
    CalloutTitle(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
