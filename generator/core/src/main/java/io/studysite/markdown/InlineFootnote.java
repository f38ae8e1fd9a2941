package io.studysite.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Obsidian's inline footnote {@code ^[text]} where it stands in the text. It has no children: its content
 * lives in its {@link InlineFootnoteBlock}, which is registered with flexmark's footnote repository so the
 * two kinds of footnote share one numbering. Chars: the whole {@code ^[…]}.
 */
public final class InlineFootnote extends Footnote {
    InlineFootnote(BasedSequence chars, InlineFootnoteBlock block) {
        super(chars.subSequence(0, 2), chars.subSequence(2, chars.length() - 1), chars.subSequence(chars.length() - 1));
        setChars(chars);
        setFootnoteBlock(block);
    }

    @Override
    public InlineFootnoteBlock getFootnoteBlock() {
        return (InlineFootnoteBlock) super.getFootnoteBlock();
    }
}
