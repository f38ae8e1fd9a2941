package io.studysite.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, with its regex matching made linear. flexmark reads each match through
 * {@link Matcher#toMatchResult()}, which on Java 17 copies the whole paragraph, character by character through
 * a segmented sequence: every entity ({@code &nbsp;}), link and HTML tag cost as much as the paragraph is long,
 * so a hub note's 240-line paragraph of links took seconds to parse. Here a match reads only its own span.
 * <p>
 * A run of backticks with no run of the same length after it is plain text; flexmark finds that out by reading
 * the rest of the paragraph, for every such run (one line of runs of length 1 … 1,500 took minutes). Here the
 * paragraph's runs are indexed once, so that answer costs a lookup.
 */
final class LinearInlineParser extends InlineParserImpl {
    private static final InlineParserFactory FACTORY = LinearInlineParser::new;

    /**
     * A parser builder using this inline parser. flexmark leaves its link reference definitions ({@code [x]: url})
     * out when the inline parser is not its own, so they are put back as they would be.
     */
    static Parser.Builder install(Parser.Builder builder) {
        return builder.customInlineParserFactory(FACTORY).paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    /** The paragraph {@link #lastRunStart} indexes, and where the last backtick run of each length starts in it. */
    private BasedSequence indexed;
    private Map<Integer, Integer> lastRunStart;

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors,
                               LinkRefProcessorData linkRefProcessors, List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    @Override
    protected boolean parseBackticks() {
        int end = index;
        while (end < input.length() && input.charAt(end) == '`') {
            end++;
        }
        if (end == index || lastRunStart().getOrDefault(end - index, -1) > index) {
            return super.parseBackticks();
        }
        // No closing run of this length anywhere after: literal backticks, as flexmark would conclude.
        appendText(input.subSequence(index, end));
        index = end;
        return true;
    }

    private Map<Integer, Integer> lastRunStart() {
        if (indexed != input) {
            lastRunStart = new HashMap<>();
            int i = 0;
            while (i < input.length()) {
                if (input.charAt(i) != '`') {
                    i++;
                    continue;
                }
                int start = i;
                while (i < input.length() && input.charAt(i) == '`') {
                    i++;
                }
                lastRunStart.put(i - start, start);
            }
            indexed = input;
        }
        return lastRunStart;
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            if (matcher.start(i) >= 0) {
                groups[i] = input.subSequence(matcher.start(i), matcher.end(i));
            }
        }
        return groups;
    }

    /** The match at or after the current index, which then moves past it; {@code null} when none. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
