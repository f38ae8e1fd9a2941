package io.studysite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * "Did you mean": each word of a query that no note uses, replaced by the closest word the notes do
 * use. Closest is the fewest edits (insert, delete, substitute, swap neighbours; one for words of 4–5
 * letters, two from 6, none below), then the word whose stem is in most sections, then word order.
 * The browser engine follows the same rule on the exported word list.
 */
public final class Suggestion {
    private Suggestion() {}

    /** The corrected query text, or empty when every word is known or none has a close neighbour. */
    public static Optional<String> of(IndexReader reader, SearchQuery query) {
        String text = SearchText.normalize(query.text());
        StringBuilder corrected = new StringBuilder();
        int copied = 0;
        try (Analyzer surface = SearchIndex.surfaceAnalyzer(); Analyzer english = SearchIndex.analyzer();
             TokenStream tokens = surface.tokenStream(SearchIndex.WORD, text)) {
            CharTermAttribute word = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            List<ExportedIndex.Word> dictionary = null;
            tokens.reset();
            while (tokens.incrementToken()) {
                boolean typing = query.lastWordIsPrefix() && offset.endOffset() == text.length()
                        && !Character.isWhitespace(query.text().charAt(query.text().length() - 1));
                if (known(reader, english, word.toString(), typing)) {
                    continue;
                }
                if (dictionary == null) {
                    dictionary = ExportedIndex.words(reader);
                }
                Optional<String> best = closest(word.toString(), dictionary);
                if (best.isPresent()) {
                    corrected.append(text, copied, offset.startOffset()).append(best.get());
                    copied = offset.endOffset();
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copied == 0 ? Optional.empty() : Optional.of(corrected.append(text.substring(copied)).toString());
    }

    private static boolean known(IndexReader reader, Analyzer english, String word, boolean typing) throws IOException {
        for (String stem : SearchQuery.analyse(english, word)) {
            if (reader.docFreq(new Term(SearchIndex.CONTENT, stem)) > 0) {
                return true;
            }
        }
        if (typing) {
            Terms terms = MultiTerms.getTerms(reader, SearchIndex.CONTENT);
            if (terms != null) {
                TermsEnum walk = terms.iterator();
                return walk.seekCeil(new BytesRef(word)) != TermsEnum.SeekStatus.END && walk.term().utf8ToString().startsWith(word);
            }
        }
        return false;
    }

    /** The closest word of the dictionary within the edits a word of this length allows. */
    static Optional<String> closest(String word, List<ExportedIndex.Word> dictionary) {
        int[] typed = word.codePoints().toArray();
        int allowed = maxEdits(typed.length);
        ExportedIndex.Word best = null;
        int bestDistance = allowed + 1;
        for (ExportedIndex.Word candidate : dictionary) {
            int[] other = candidate.word().codePoints().toArray();
            if (Math.abs(other.length - typed.length) > allowed) {
                continue;
            }
            int distance = distance(typed, other);
            if (distance < bestDistance || (distance == bestDistance && best != null && better(candidate, best))) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed && best != null ? Optional.of(best.word()) : Optional.empty();
    }

    private static boolean better(ExportedIndex.Word a, ExportedIndex.Word b) {
        return a.docFreq() != b.docFreq() ? a.docFreq() > b.docFreq() : a.word().compareTo(b.word()) < 0;
    }

    static int maxEdits(int codePoints) {
        return codePoints < 4 ? 0 : codePoints < 6 ? 1 : 2;
    }

    /** Edits between two words, counting a swap of neighbours as one (optimal string alignment). */
    static int distance(int[] a, int[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) d[i][0] = i;
        for (int j = 0; j <= b.length; j++) d[0][j] = j;
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length][b.length];
    }
}
