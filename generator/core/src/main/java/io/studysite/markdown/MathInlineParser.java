package io.studysite.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

import java.util.Set;

/**
 * Finds {@code $…$} and {@code $$…$$} in inline text with Pandoc's rules, so prices stay text.
 * Code spans and backslash escapes ({@code \$}) are taken by the core parser before this sees a
 * {@code $}. See {@link MathExtension} for the rules.
 */
final class MathInlineParser implements InlineParserExtension {
    private final boolean singleDollar;

    private MathInlineParser(boolean singleDollar) {
        this.singleDollar = singleDollar;
    }

    @Override
    public void finalizeDocument(@NotNull InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(@NotNull InlineParser inlineParser) {
    }

    @Override
    public boolean parse(@NotNull LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        int n = input.length();
        int run = 0;
        while (start + run < n && input.charAt(start + run) == '$') {
            run++;
        }
        if (run == 1) {
            return singleDollar && inline(parser, input, start);
        }
        if (run == 2 && doubled(parser, input, start)) {
            return true;
        }
        // "$$" without a partner, "$$$": a price rating such as "Price: $$" stays text as a whole, so its
        // second '$' cannot open inline math either.
        parser.appendText(input, start, start + run);
        parser.setIndex(start + run);
        return true;
    }

    /**
     * {@code $tex$}: opens before a non-space; the first unescaped {@code $} after it closes if it follows a
     * non-space and is not followed by a digit, and otherwise there is no math here.
     */
    private static boolean inline(LightInlineParser parser, BasedSequence input, int start) {
        int n = input.length();
        if (start + 1 >= n || isSpace(input.charAt(start + 1))) {
            return false;
        }
        // "5$ per month": a '$' right after a digit is a currency sign, never an opener
        if (start > 0 && isDigit(input.charAt(start - 1))) {
            return false;
        }
        for (int i = start + 1; i < n; i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '`') {
                i = afterCodeSpan(input, i) - 1; // a '$' inside a code span closes nothing
            } else if (c == '$') {
                // as in Pandoc, the first unescaped '$' ends the math or there is none: TeX math cannot hold a
                // bare '$', so in "costs $5 and $10" the '$' after "5 and " fails and nothing opens
                if (isSpace(input.charAt(i - 1)) || (i + 1 < n && isDigit(input.charAt(i + 1)))) {
                    return false;
                }
                append(parser, input, start, 1, i, false);
                return true;
            }
        }
        return false;
    }

    /**
     * {@code $$tex$$} inside a line of text. With single-dollar math on (Obsidian), the TeX may not start or
     * end with a space, as for {@code $…$}, so "$$ and $$" ratings stay text; a line that is only
     * {@code $$ tex $$} is a {@link MathBlock} and may be spaced. With it off (kramdown), this is
     * kramdown's inline math.
     */
    private boolean doubled(LightInlineParser parser, BasedSequence input, int start) {
        int n = input.length();
        int from = start + 2;
        for (int i = from; i + 1 < n; i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '`') {
                i = afterCodeSpan(input, i) - 1;
            } else if (c == '$') {
                if (input.charAt(i + 1) != '$' || (i + 2 < n && input.charAt(i + 2) == '$')) {
                    return false; // a lone '$' or "$$$" inside: not this kind of math
                }
                if (i == from || input.subSequence(from, i).isBlank()) {
                    return false;
                }
                if (singleDollar && (isSpace(input.charAt(from)) || isSpace(input.charAt(i - 1))
                        || (i + 2 < n && isDigit(input.charAt(i + 2))))) {
                    return false;
                }
                append(parser, input, start, 2, i, singleDollar);
                return true;
            }
        }
        return false;
    }

    /** The index after the code span that starts at {@code i}, or after its backticks if it has no closer. */
    static int afterCodeSpan(BasedSequence input, int i) {
        int n = input.length();
        int run = 0;
        while (i + run < n && input.charAt(i + run) == '`') {
            run++;
        }
        for (int j = i + run; j < n; j++) {
            if (input.charAt(j) == '`') {
                int closing = 0;
                while (j + closing < n && input.charAt(j + closing) == '`') {
                    closing++;
                }
                if (closing == run) {
                    return j + closing;
                }
                j += closing - 1;
            }
        }
        return i + run;
    }

    private static void append(LightInlineParser parser, BasedSequence input, int start, int marker, int close,
                               boolean display) {
        parser.flushTextNode();
        MathInline math = new MathInline(input.subSequence(start, start + marker),
                input.subSequence(start + marker, close), input.subSequence(close, close + marker), display);
        parser.getBlock().appendChild(math);
        parser.setIndex(close + marker);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public @NotNull CharSequence getCharacters() {
            return "$";
        }

        @Override
        public @NotNull InlineParserExtension apply(@NotNull LightInlineParser parser) {
            return new MathInlineParser(MathExtension.SINGLE_DOLLAR.get(parser.getDocument()));
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
