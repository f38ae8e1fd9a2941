package io.studysite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
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
 * duplicates), service and tag filters that narrow without scoring.
 */
public record SearchQuery(String text, List<String> services, List<String> tags) {
    public SearchQuery {
        services = List.copyOf(services);
        tags = List.copyOf(tags);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, List.of(), List.of());
    }

    /** The analysed terms and how often each was written. */
    public Map<String, Integer> termCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Analyzer analyzer = SearchIndex.analyzer();
             TokenStream tokens = analyzer.tokenStream(SearchIndex.CONTENT, SearchText.normalize(text))) {
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

    public Query toLucene() {
        Map<String, Integer> counts = termCounts();
        if (counts.isEmpty()) {
            return new MatchNoDocsQuery("no searchable word in \"" + text + "\"");
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
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
