package io.studysite.search;

import org.apache.lucene.util.SmallFloat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lucene's BM25 recomputed from the exported integers, operation by operation in float as
 * BM25Similarity does (idf and the average length in double, then cast), clause scores summed in
 * double and cast once: the reference the browser engine follows.
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

    private final ExportedIndex index;
    private final Map<String, ExportedIndex.Postings> byTerm = new HashMap<>();
    private final float[] normInverse = new float[256];

    ReplayScorer(ExportedIndex index) {
        this.index = index;
        index.terms().forEach(p -> byTerm.put(p.term(), p));
        float avgdl = (float) (index.sumTotalTermFreq() / (double) index.docCount());
        for (int i = 0; i < 256; i++) {
            normInverse[i] = 1f / (K1 * ((1 - B) + B * LENGTH[i] / avgdl));
        }
    }

    /** Impacts of one term clause with the given boost, by doc. */
    private Map<Integer, Float> term(String term, float boost) {
        Map<Integer, Float> impacts = new HashMap<>();
        ExportedIndex.Postings p = byTerm.get(term);
        if (p == null) {
            return impacts;
        }
        float idf = (float) Math.log(1 + (index.docCount() - p.docFreq() + 0.5D) / (p.docFreq() + 0.5D));
        float weight = boost * idf;
        for (int i = 0; i < p.docs().length; i++) {
            float freq = p.freqs()[i];
            impacts.put(p.docs()[i], weight - weight / (1f + freq * normInverse[p.norms()[i] & 0xFF]));
        }
        return impacts;
    }

    /**
     * @param terms       finished terms and how often each was written (all required)
     * @param completions the terms an unfinished last word may become (one required clause), or empty
     */
    List<Result> search(Map<String, Integer> terms, List<String> completions) {
        List<Map<Integer, Float>> clauses = new ArrayList<>();
        terms.forEach((term, count) -> clauses.add(term(term, count)));
        if (!completions.isEmpty()) {
            Map<Integer, Double> sums = new HashMap<>();
            for (String term : completions) {
                term(term, 1f).forEach((doc, impact) -> sums.merge(doc, (double) impact, Double::sum));
            }
            Map<Integer, Float> group = new HashMap<>();
            sums.forEach((doc, sum) -> group.put(doc, (float) (double) sum));
            clauses.add(group);
        }
        if (clauses.isEmpty()) {
            return List.of();
        }
        List<Result> results = new ArrayList<>();
        for (Integer doc : clauses.get(0).keySet()) {
            if (clauses.stream().allMatch(c -> c.containsKey(doc))) {
                double sum = 0;
                for (Map<Integer, Float> clause : clauses) {
                    sum += clause.get(doc);
                }
                results.add(new Result(doc, (float) sum));
            }
        }
        results.sort(Comparator.comparing((Result r) -> -r.score()).thenComparingInt(Result::doc));
        return results;
    }
}
