package io.studysite.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * Text out of flexmark's sequences without its per-character copy: {@code BasedSequence.toString()} appends each
 * character through a bounds-checked {@code charAt}, which made turning a note's text into a String cost as much as
 * scanning it twice. A contiguous piece of a String is that String's substring.
 */
public final class Sequences {
    private Sequences() {}

    /** The same characters as {@code chars.toString()}. */
    public static String string(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
            return chars.getStartOffset() == 0 && chars.getEndOffset() == base.length()
                    ? base : base.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }
}
