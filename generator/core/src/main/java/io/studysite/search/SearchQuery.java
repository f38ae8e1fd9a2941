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
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A query as studysite builds it, the same way wherever it runs: the text analysed like the index,
 * every word and quoted phrase required, a word or phrase written twice one clause with boost 2 (as
 * Lucene's BooleanQuery merges duplicates), service and tag filters that narrow without scoring.
 * While typing, the last word is a prefix: it matches every indexed term it starts, each scored as
 * its own term query (Lucene's scoring boolean rewrite), unless it is a stop word or a single letter.
 *
 * @param lastWordIsPrefix the query is being typed: its last word may be unfinished
 */
public record SearchQuery(String text, List<String> services, List<String> tags, boolean lastWordIsPrefix) {
    /** At most this many indexed terms complete an unfinished word, the first in term order. */
    public static final int MAX_COMPLETIONS = 128;

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

    /**
     * The query as it runs once submitted: a last word that no note uses is taken as unfinished, as while
     * typing, so {@code provis} finds "provisioned" (then "did you mean" applies if nothing starts with it
     * either). A typed query, or one whose last word is known, a stop word or a single letter, stays as it is.
     * The browser engine applies the same rule.
     */
    public SearchQuery completingUnknownLastWord(IndexReader reader) {
        if (lastWordIsPrefix) {
            return this;
        }
        String submitted = SearchText.normalize(text);
        SearchQuery typed = new SearchQuery(submitted, services, tags, true);
        Optional<String> word = typed.parsed().prefix();
        if (word.isEmpty() || typed.prefix().isEmpty() || !standsAlone(submitted, word.get())) {
            return this;
        }
        try {
            // Known anywhere a word is looked up (a note's names too): then it is a word, not a beginning.
            for (String stem : analyse(word.get())) {
                for (SearchField field : SearchField.WORD_FIELDS) {
                    if (reader.docFreq(new Term(field.field(), stem)) > 0) {
                        return this;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return typed;
    }

    /** The last word is a word of its own, not the end of one like "v1.12" or "s3-buc". */
    private static boolean standsAlone(String text, String lastWord) {
        int at = text.length() - lastWord.length();
        return at == 0 || " \"\u201C\u201D".indexOf(text.charAt(at - 1)) >= 0;
    }

    private QueryText parsed() {
        return QueryText.parse(text, lastWordIsPrefix);
    }

    /** The unfinished last word, lower-cased as the index stores terms; empty when there is none to expand. */
    public Optional<String> prefix() {
        return parsed().prefix().map(SearchQuery::lowerCase)
                .filter(p -> p.length() >= 2 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(p));
    }

    /**
     * The analysed terms of the loose words and of one-word phrases, and how often each was written.
     * A one-word phrase is a word: Lucene would merge the two clauses anyway.
     */
    public Map<String, Integer> termCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        QueryText parsed = parsed();
        analyse(parsed.words()).forEach(term -> counts.merge(term, 1, Integer::sum));
        for (String phrase : parsed.phrases()) {
            List<String> terms = analyse(phrase);
            if (terms.size() == 1) {
                counts.merge(terms.get(0), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Every analysed term the query names, in words and phrases: what snippets highlight. */
    public Set<String> terms() {
        Set<String> terms = new java.util.LinkedHashSet<>(termCounts().keySet());
        parsed().phrases().forEach(phrase -> terms.addAll(analyse(phrase)));
        return terms;
    }

    /**
     * The indexed terms an unfinished word may become: those it starts, and its own stem (so a word
     * typed in full, "policies", finds "polici"), in term order, at most {@link #MAX_COMPLETIONS}.
     */
    public List<String> completions(IndexReader reader, String prefix) {
        TreeSet<String> terms = new TreeSet<>();
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
            for (String stem : analyse(prefix)) {
                if (reader.docFreq(new Term(SearchIndex.CONTENT, stem)) > 0) {
                    terms.add(stem);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms.stream().limit(MAX_COMPLETIONS).toList();
    }

    /**
     * The adjacent pairs of the loose words' terms, and how often each was written: optional clauses
     * on {@link SearchField#PAIR} that reward names and headings holding the words side by side.
     */
    public Map<String, Integer> pairCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        SearchField.pairs(analyse(parsed().words())).forEach(pair -> counts.merge(pair, 1, Integer::sum));
        return counts;
    }

    /**
     * Every word is one required clause: its term in each {@link SearchField#WORD_FIELDS field}, any of
     * them, scored as the sum of their boosted BM25 scores. An unfinished word is one required clause of
     * all its completions in all those fields. Quoted phrases are required in the content. Word pairs
     * are optional clauses that only add to the score of sections that match anyway.
     */
    public Query toLucene(IndexReader reader) {
        QueryText parsed = parsed();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int scoring = 0;
        Optional<String> prefix = prefix();
        if (prefix.isPresent()) {
            // One flat disjunction of every completion in every field, so its score is one sum.
            BooleanQuery.Builder completions = new BooleanQuery.Builder();
            for (String term : completions(reader, prefix.get())) {
                for (SearchField field : SearchField.WORD_FIELDS) {
                    completions.add(inField(field, term, 1), BooleanClause.Occur.SHOULD);
                }
            }
            query.add(completions.build(), BooleanClause.Occur.MUST);
            scoring++;
        }
        for (Map.Entry<String, Integer> term : termCounts().entrySet()) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (SearchField field : SearchField.WORD_FIELDS) {
                anyField.add(inField(field, term.getKey(), term.getValue()), BooleanClause.Occur.SHOULD);
            }
            query.add(anyField.build(), BooleanClause.Occur.MUST);
            scoring++;
        }
        Map<Query, Integer> phrases = new LinkedHashMap<>();
        QueryBuilder builder = new QueryBuilder(SearchIndex.analyzer());
        for (String phrase : parsed.phrases()) {
            if (analyse(phrase).size() > 1) {
                phrases.merge(builder.createPhraseQuery(SearchIndex.CONTENT, SearchText.normalize(phrase)), 1, Integer::sum);
            }
        }
        for (Map.Entry<Query, Integer> phrase : phrases.entrySet()) {
            query.add(boosted(phrase.getKey(), phrase.getValue()), BooleanClause.Occur.MUST);
            scoring++;
        }
        if (scoring == 0) {
            return new MatchNoDocsQuery("no searchable word in \"" + text + "\"");
        }
        for (Map.Entry<String, Integer> pair : pairCounts().entrySet()) {
            query.add(inField(SearchField.PAIR, pair.getKey(), pair.getValue()), BooleanClause.Occur.SHOULD);
        }
        for (String service : services) {
            query.add(new TermQuery(new Term(SearchIndex.SERVICE, service.toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        for (String tag : tags) {
            query.add(new TermQuery(new Term(SearchIndex.TAG, tag.toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /** A term in one field, weighted by the field's boost times how often the query names it. */
    private static Query inField(SearchField field, String term, int count) {
        float boost = field.boost() * count;
        TermQuery query = new TermQuery(new Term(field.field(), term));
        return boost == 1f ? query : new BoostQuery(query, boost);
    }

    private static Query boosted(Query clause, int count) {
        return count == 1 ? clause : new BoostQuery(clause, count);
    }

    /** The terms EnglishAnalyzer makes of a text, in order. */
    static List<String> analyse(String text) {
        try (Analyzer analyzer = SearchIndex.analyzer()) {
            return analyse(analyzer, text);
        }
    }

    static List<String> analyse(Analyzer analyzer, String text) {
        List<String> terms = new java.util.ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(SearchIndex.CONTENT, SearchText.normalize(text))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static String lowerCase(String word) {
        try (Analyzer analyzer = SearchIndex.analyzer()) {
            return analyzer.normalize(SearchIndex.CONTENT, word).utf8ToString();
        }
    }
}
