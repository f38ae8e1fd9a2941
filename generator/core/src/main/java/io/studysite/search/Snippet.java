package io.studysite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/** A short excerpt of a section around the first word that matched, found by analysing the text as the index did. */
public final class Snippet {
    static final int WIDTH = 160;

    private Snippet() {}

    /** @param prefix an unfinished word whose completions count as matches too, or {@code null} */
    static String around(String text, Set<String> terms, String prefix) {
        return around(text, firstMatch(text, terms, prefix));
    }

    /** About {@link #WIDTH} characters of whole words with {@code start} a third of the way in, "…" where cut. */
    public static String around(String text, int start) {
        int from = Math.max(0, start - WIDTH / 3);
        int to = Math.min(text.length(), from + WIDTH);
        // Whole words at both ends.
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) to++;
        return (from > 0 ? "…" : "") + text.substring(from, to).trim() + (to < text.length() ? "…" : "");
    }

    private static int firstMatch(String text, Set<String> terms, String prefix) {
        try (Analyzer analyzer = SearchIndex.analyzer(); TokenStream tokens = analyzer.tokenStream(SearchIndex.CONTENT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (terms.contains(term.toString()) || (prefix != null && term.toString().startsWith(prefix))) {
                    return offset.startOffset();
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }
}
