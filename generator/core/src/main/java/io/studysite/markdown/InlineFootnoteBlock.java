package io.studysite.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The content of an {@link InlineFootnote}: one paragraph holding the inline nodes that stood between
 * {@code ^[} and {@code ]}. It is appended to the end of the document, like a footnote definition, and
 * renders nothing where it stands; flexmark's footnote renderer lists it at the bottom with the others.
 * Chars: the whole {@code ^[…]} (so its line is the line of the reference).
 */
public final class InlineFootnoteBlock extends FootnoteBlock {
    InlineFootnoteBlock(BasedSequence chars) {
        super(chars);
        setOpeningMarker(chars.subSequence(0, 2));
        setText(chars.subSequence(2, chars.length() - 1));
        setClosingMarker(chars.subSequence(chars.length() - 1));
    }
}
