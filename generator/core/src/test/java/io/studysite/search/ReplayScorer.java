package io.studysite.search;

import org.apache.lucene.util.SmallFloat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lucene's BM25 recomputed from the exported integers, operation by operation in float as
 * BM25Similarity does (idf and the average length in double, then cast), clause scores summed in
 * double and cast once per nesting level (a word's fields, then the required words; the optional
 * word pairs added in float last): the reference the browser engine follows.
 */
final class ReplayScorer {
    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    private static final float[] LENGTH = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            LENGTH[i] = SmallFloat.byte4ToInt((byte) i);
        }
    }

    record Result(int doc, float score) {}

    private final Map<String, ExportedIndex.Postings> byTerm = new HashMap<>();
    private final Map<SearchField, ExportedIndex.FieldStats> stats = new EnumMap<>(SearchField.class);
    private final Map<SearchField, float[]> normInverse = new EnumMap<>(SearchField.class);

    ReplayScorer(ExportedIndex index) {
        index.terms().forEach(p -> byTerm.put(p.term(), p));
        for (ExportedIndex.FieldStats field : index.fields()) {
            stats.put(field.field(), field);
            float avgdl = (float) (field.sumTotalTermFreq() / (double) field.docCount());
            float[] inverse = new float[256];
            for (int i = 0; i < 256; i++) {
                inverse[i] = 1f / (K1 * ((1 - B) + B * LENGTH[i] / avgdl));
            }
            normInverse.put(field.field(), inverse);
        }
    }

    /** Impacts of one term clause in one field with the field's boost times {@code count}, by doc. */
    private Map<Integer, Float> term(SearchField field, String term, int count) {
        Map<Integer, Float> impacts = new HashMap<>();
        ExportedIndex.Postings p = byTerm.get(field.mark() + term);
        if (p == null) {
            return impacts;
        }
        int docCount = stats.get(field).docCount();
        float idf = (float) Math.log(1 + (docCount - p.docFreq() + 0.5D) / (p.docFreq() + 0.5D));
        float weight = (field.boost() * count) * idf;
        float[] inverse = normInverse.get(field);
        for (int i = 0; i < p.docs().length; i++) {
            float freq = p.freqs()[i];
            impacts.put(p.docs()[i], weight - weight / (1f + freq * inverse[p.norms()[i] & 0xFF]));
        }
        return impacts;
    }

    /** A disjunction: the clauses' impacts summed in double per doc, cast to float once. */
    private static Map<Integer, Float> anyOf(List<Map<Integer, Float>> clauses) {
        Map<Integer, Double> sums = new HashMap<>();
        clauses.forEach(clause -> clause.forEach((doc, impact) -> sums.merge(doc, (double) impact, Double::sum)));
        Map<Integer, Float> scores = new HashMap<>();
        sums.forEach((doc, sum) -> scores.put(doc, (float) (double) sum));
        return scores;
    }

    private Map<Integer, Float> inWordFields(String term, int count) {
        return anyOf(SearchField.WORD_FIELDS.stream().map(f -> term(f, term, count)).toList());
    }

    /**
     * @param terms       finished terms and how often each was written (all required, each in any word field)
     * @param completions the terms an unfinished last word may become (one required clause), or empty
     * @param pairs       adjacent term pairs and how often each was written (optional, in the pair field)
     */
    List<Result> search(Map<String, Integer> terms, List<String> completions, Map<String, Integer> pairs) {
        List<Map<Integer, Float>> clauses = new ArrayList<>();
        terms.forEach((term, count) -> clauses.add(inWordFields(term, count)));
        if (!completions.isEmpty()) {
            List<Map<Integer, Float>> all = new ArrayList<>();
            for (String term : completions) {
                SearchField.WORD_FIELDS.forEach(f -> all.add(term(f, term, 1)));
            }
            clauses.add(anyOf(all));
        }
        if (clauses.isEmpty()) {
            return List.of();
        }
        List<Map<Integer, Float>> optional = new ArrayList<>();
        pairs.forEach((pair, count) -> optional.add(term(SearchField.PAIR, pair, count)));
        Map<Integer, Float> bonus = anyOf(optional);
        List<Result> results = new ArrayList<>();
        for (Integer doc : clauses.get(0).keySet()) {
            if (clauses.stream().allMatch(c -> c.containsKey(doc))) {
                double sum = 0;
                for (Map<Integer, Float> clause : clauses) {
                    sum += clause.get(doc);
                }
                // ReqOptSumScorer: the required score plus the optional one, in float.
                float score = (float) sum;
                results.add(new Result(doc, bonus.containsKey(doc) ? score + bonus.get(doc) : score));
            }
        }
        results.sort(Comparator.comparing((Result r) -> -r.score()).thenComparingInt(Result::doc));
        return results;
    }
}
