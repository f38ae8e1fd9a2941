package io.studysite.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;

/**
 * flexmark's heading parser, without its cost per paragraph line. For every line that could start a heading
 * (any line starting with {@code #} or made of {@code -}/{@code =}) it joins the whole paragraph so far into one
 * sequence, only to check whether there is a paragraph: a paragraph of 10,000 {@code #tag} lines cost 10,000²/2
 * line copies. Here that check reads whether the open block is a paragraph, and the text is joined only for a real
 * setext heading, through the paragraph's lines as flexmark does.
 */
final class LinearHeadingParser extends HeadingParser.Factory {
    /** A parser builder whose headings are read by this parser instead of flexmark's own. */
    static Parser.Builder install(Parser.Builder builder) {
        builder.set(Parser.HEADING_PARSER, false);
        return builder.customBlockParserFactory(new LinearHeadingParser());
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory headings = super.apply(options);
        return (state, matched) -> headings.tryStart(state, new ParagraphPresence(matched));
    }

    /** The matched block, reporting a paragraph's presence without joining its lines. */
    private record ParagraphPresence(MatchedBlockParser matched) implements MatchedBlockParser {
        @Override
        public BlockParser getBlockParser() {
            return matched.getBlockParser();
        }

        @Override
        public BasedSequence getParagraphContent() {
            // Only compared with null by the heading parser; the setext branch reads getParagraphLines().
            return matched.getBlockParser().isParagraphParser() ? BasedSequence.EMPTY : null;
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
            return matched.getParagraphLines();
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
            return matched.getParagraphEolLengths();
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
            return matched.getParagraphDataHolder();
        }
    }
}
