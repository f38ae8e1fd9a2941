package io.studysite.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Display math blocks. {@code $$} opens a block only at the start of a line (up to three spaces in) and only
 * if a later line of the note ends in {@code $$}; the block runs to the first line that ends in
 * {@code $$}, like a fence. A block left open when its container ends (a list item, a quote) is put back
 * as the paragraph it was written as, so a lone "$$" rating never swallows text.
 */
final class MathBlockParser extends AbstractBlockParser {
    private final MathBlock block = new MathBlock();
    private final BasedSequence opening;
    private final List<BasedSequence> lines = new ArrayList<>();
    private final StringBuilder tex = new StringBuilder();
    private boolean closed;
    private Paragraph fallback;

    private MathBlockParser(BasedSequence opening) {
        this.opening = opening;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.none();
        }
        BasedSequence line = state.getLine();
        BasedSequence rest = line.subSequence(state.getIndex()).trimEnd();
        if (closes(rest)) {
            BasedSequence last = rest.subSequence(0, rest.length() - 2);
            lines.add(last);
            tex.append(last);
            closed = true;
            block.setTex(tex.toString().strip());
            block.setChars(opening.baseSubSequence(opening.getStartOffset(), rest.getEndOffset()));
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        if (closed) {
            return; // a one-line block: the rest of its line is empty
        }
        lines.add(line);
        tex.append(line);
    }

    @Override
    public boolean isPropagatingLastBlankLine(com.vladsch.flexmark.parser.block.BlockParser lastMatchedBlockParser) {
        return false;
    }

    @Override
    public void closeBlock(ParserState state) {
        if (closed) {
            return;
        }
        // never closed: the text goes back as a paragraph, parsed for inline content below
        fallback = new Paragraph();
        List<BasedSequence> content = new ArrayList<>();
        BasedSequence first = lines.isEmpty() ? opening
                : opening.baseSubSequence(opening.getStartOffset(), lines.get(0).getEndOffset());
        content.add(first);
        content.addAll(lines.subList(Math.min(1, lines.size()), lines.size()));
        content.removeIf(BasedSequence::isBlank);
        fallback.setContent(content);
        fallback.setCharsFromContent();
        block.insertBefore(fallback);
        block.unlink();
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        if (fallback != null) {
            inlineParser.parse(fallback.getContentChars(), fallback);
        }
    }

    /** A line that ends in exactly two {@code $}, not an escaped one. */
    static boolean closes(CharSequence rest) {
        int n = rest.length();
        return n >= 2 && rest.charAt(n - 1) == '$' && rest.charAt(n - 2) == '$'
                && (n == 2 || (rest.charAt(n - 3) != '$' && rest.charAt(n - 3) != '\\'));
    }

    /** Whether some line after {@code from} in the note's text ends in {@code $$}. */
    static boolean closingLineFollows(BasedSequence base, int from) {
        int n = base.length();
        int lineStart = from;
        while (lineStart < n && base.charAt(lineStart) != '\n') {
            lineStart++;
        }
        for (int i = lineStart + 1; i <= n; i++) {
            if (i == n || base.charAt(i) == '\n') {
                int end = i;
                while (end > lineStart + 1 && Character.isWhitespace(base.charAt(end - 1))) {
                    end--;
                }
                if (closes(base.subSequence(lineStart + 1, end))) {
                    return true;
                }
                lineStart = i;
            }
        }
        return false;
    }

    static final class Factory implements CustomBlockParserFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(BlockQuoteParser.Factory.class, HeadingParser.Factory.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(HtmlBlockParser.Factory.class, ThematicBreakParser.Factory.class,
                    ListBlockParser.Factory.class, IndentedCodeBlockParser.Factory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            return new StartFactory(options);
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            BasedSequence rest = line.subSequence(at).trimEnd();
            if (rest.length() < 2 || rest.charAt(0) != '$' || rest.charAt(1) != '$'
                    || (rest.length() > 2 && rest.charAt(2) == '$')) {
                return BlockStart.none();
            }
            BasedSequence opening = rest.subSequence(0, 2);
            BasedSequence after = rest.subSequence(2);
            int inner = after.indexOf("$$");
            if (inner >= 0) {
                // "$$ tex $$" alone on its line; anything else with a second "$$" is left to the inline parser
                if (inner != after.length() - 2 || !closes(after) || after.subSequence(0, inner).isBlank()) {
                    return BlockStart.none();
                }
                MathBlockParser parser = new MathBlockParser(opening);
                parser.block.setTex(after.subSequence(0, inner).toString().strip());
                parser.block.setChars(rest);
                parser.closed = true;
                return BlockStart.of(parser).atIndex(line.length());
            }
            if (!closingLineFollows(line.getBaseSequence(), line.getEndOffset())) {
                return BlockStart.none();
            }
            MathBlockParser parser = new MathBlockParser(opening);
            parser.block.setChars(opening);
            return BlockStart.of(parser).atIndex(at + 2);
        }
    }
}
