package io.studysite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A query as studysite builds it, the same way wherever it runs: the text analysed like the index,
 * every word required, a word written twice one clause with boost 2 (as Lucene's BooleanQuery merges
 * duplicates), service and tag filters that narrow without scoring. While typing, the last word is a
 * prefix: it matches every indexed term it starts, each scored as its own term query (Lucene's
 * scoring boolean rewrite), unless it is a stop word or a single letter.
 *
 * @param lastWordIsPrefix the query is being typed: its last word may be unfinished
 */
public record SearchQuery(String text, List<String> services, List<String> tags, boolean lastWordIsPrefix) {
    public SearchQuery {
        services = List.copyOf(services);
        tags = List.copyOf(tags);
    }

    public SearchQuery(String text, List<String> services, List<String> tags) {
        this(text, services, tags, false);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, List.of(), List.of());
    }

    public static SearchQuery typing(String text) {
        return new SearchQuery(text, List.of(), List.of(), true);
    }

    /** The unfinished last word, lower-cased as the index stores terms; empty when there is none to expand. */
    public java.util.Optional<String> prefix() {
        if (!lastWordIsPrefix || text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return java.util.Optional.empty();
        }
        String[] words = SearchText.normalize(text).split(" ");
        String last = words[words.length - 1].replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        String prefix;
        try (Analyzer analyzer = SearchIndex.analyzer()) {
            prefix = analyzer.normalize(SearchIndex.CONTENT, last).utf8ToString();
        }
        boolean expandable = prefix.length() >= 2 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(prefix);
        return expandable ? java.util.Optional.of(prefix) : java.util.Optional.empty();
    }

    /** The text of the finished words: everything but an unfinished last word. */
    private String finishedText() {
        if (!lastWordIsPrefix || text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return text;
        }
        String trimmed = text.stripTrailing();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? "" : trimmed.substring(0, space);
    }

    /** The analysed terms and how often each was written. */
    public Map<String, Integer> termCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Analyzer analyzer = SearchIndex.analyzer();
             TokenStream tokens = analyzer.tokenStream(SearchIndex.CONTENT, SearchText.normalize(finishedText()))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    public Set<String> terms() {
        return termCounts().keySet();
    }

    /** At most this many indexed terms complete an unfinished word, the first in term order. */
    public static final int MAX_COMPLETIONS = 128;

    /**
     * The indexed terms an unfinished word may become: those it starts, and its own stem (so a word
     * typed in full, "policies", finds "polici"), in term order, at most {@link #MAX_COMPLETIONS}.
     */
    public List<String> completions(IndexReader reader, String prefix) {
        java.util.TreeSet<String> terms = new java.util.TreeSet<>();
        try {
            Terms indexed = MultiTerms.getTerms(reader, SearchIndex.CONTENT);
            if (indexed == null) {
                return List.of();
            }
            TermsEnum walk = indexed.iterator();
            if (walk.seekCeil(new BytesRef(prefix)) != TermsEnum.SeekStatus.END) {
                do {
                    String term = walk.term().utf8ToString();
                    if (!term.startsWith(prefix)) {
                        break;
                    }
                    terms.add(term);
                } while (terms.size() < MAX_COMPLETIONS && walk.next() != null);
            }
            for (String stem : SearchQuery.of(prefix).terms()) {
                if (reader.docFreq(new Term(SearchIndex.CONTENT, stem)) > 0) {
                    terms.add(stem);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms.stream().limit(MAX_COMPLETIONS).toList();
    }

    public Query toLucene(IndexReader reader) {
        Map<String, Integer> counts = termCounts();
        java.util.Optional<String> prefix = prefix();
        if (counts.isEmpty() && prefix.isEmpty()) {
            return new MatchNoDocsQuery("no searchable word in \"" + text + "\"");
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (prefix.isPresent()) {
            // One required clause: any of the words the unfinished one may become, each scored as its own term.
            BooleanQuery.Builder completions = new BooleanQuery.Builder();
            for (String term : completions(reader, prefix.get())) {
                completions.add(new TermQuery(new Term(SearchIndex.CONTENT, term)), BooleanClause.Occur.SHOULD);
            }
            query.add(completions.build(), BooleanClause.Occur.MUST);
        }
        counts.forEach((term, count) -> {
            Query clause = new TermQuery(new Term(SearchIndex.CONTENT, term));
            query.add(count == 1 ? clause : new BoostQuery(clause, count), BooleanClause.Occur.MUST);
        });
        for (String service : services) {
            query.add(new TermQuery(new Term(SearchIndex.SERVICE, service.toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        for (String tag : tags) {
            query.add(new TermQuery(new Term(SearchIndex.TAG, tag.toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }
}
