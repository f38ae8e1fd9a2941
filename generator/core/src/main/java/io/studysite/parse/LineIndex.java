package io.studysite.parse;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.studysite.markdown.Sequences;

import java.util.Arrays;

/**
 * Maps character offsets in the text flexmark parsed to 1-based line and column in the user's
 * file. The Jekyll pre-pass keeps lines but writes {@code {{} as {@code \\{\\{}: columns after
 * such an escape are moved back by the two characters it added.
 */
final class LineIndex {
    private static final String ESCAPED_LIQUID = "\\{\\{";

    private final String text;
    private final boolean liquidEscaped;
    private final int[] lineStarts;

    LineIndex(BasedSequence parsed, boolean liquidEscaped) {
        // Read as a String: a flexmark sequence checks bounds and resolves its base on every charAt.
        this.text = Sequences.string(parsed);
        this.liquidEscaped = liquidEscaped;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        lineStarts = Arrays.copyOf(starts, n);
    }

    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    int column(int offset) {
        int start = lineStarts[line(offset) - 1];
        int column = offset - start + 1;
        if (liquidEscaped) {
            for (int i = text.indexOf(ESCAPED_LIQUID, start); i >= 0 && i + ESCAPED_LIQUID.length() <= offset;
                 i = text.indexOf(ESCAPED_LIQUID, i + ESCAPED_LIQUID.length())) {
                column -= 2;
            }
        }
        return column;
    }
}
