package io.studysite.search;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.testing.TestVault;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exported integers reproduce Lucene's ranking exactly: on the sample site, every single-word
 * query, word pairs, repeated words and prefixes give the same sections in the same order with the
 * same float bits through IndexSearcher and through the replay the browser engine will follow.
 */
class ExportParityTest {
    static Path index;
    static ExportedIndex exported;
    static ReplayScorer replay;

    @BeforeAll
    static void buildSample(@TempDir Path out) {
        BuildResult result = new SiteBuilder().build(
                BuildOptions.of(TestVault.repository().resolve("content"), out.resolve("site")));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        index = SearchIndex.folderFor(out.resolve("site"));
        exported = ExportedIndex.read(index);
        replay = new ReplayScorer(exported);
    }

    private static List<String> lucene(SearchQuery query) {
        return SearchIndex.search(index, query, 10_000).stream()
                .map(h -> h.doc() + ":" + Integer.toHexString(Float.floatToIntBits(h.score()))).toList();
    }

    private static List<String> replayed(SearchQuery query) throws Exception {
        List<String> completions = List.of();
        if (query.prefix().isPresent()) {
            try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
                completions = query.completions(reader, query.prefix().get());
            }
            if (completions.isEmpty()) {
                return List.of();
            }
        }
        return replay.search(query.termCounts(), completions, query.pairCounts()).stream()
                .map(r -> r.doc() + ":" + Integer.toHexString(Float.floatToIntBits(r.score()))).toList();
    }

    private static void assertParity(SearchQuery query) throws Exception {
        assertThat(replayed(query)).as(query.text()).containsExactlyElementsOf(lucene(query));
    }

    /** Indexed terms that analyse to themselves, so they can be typed as queries. */
    private static List<String> typableTerms() {
        List<String> terms = new ArrayList<>();
        for (ExportedIndex.Postings p : exported.terms()) {
            Map<String, Integer> analysed = SearchQuery.of(p.term()).termCounts();
            if (analysed.size() == 1 && analysed.containsKey(p.term())) {
                terms.add(p.term());
            }
        }
        return terms;
    }

    @Test
    void theExportHoldsEveryTermWithItsStatistics() {
        // Both sample notes, cut at their headings.
        assertThat(exported.docCount()).isEqualTo(96);
        assertThat(exported.terms()).hasSizeGreaterThan(1000);
        ExportedIndex.Postings dynamo = exported.terms().stream().filter(p -> p.term().equals("dynamodb")).findFirst().orElseThrow();
        assertThat(dynamo.docs()).hasSize(dynamo.docFreq()).isSorted();
    }

    @Test
    void everySingleWordQueryMatchesLuceneBitForBit() throws Exception {
        List<String> terms = typableTerms();
        assertThat(terms).hasSizeGreaterThan(1000);
        for (String term : terms) {
            assertParity(SearchQuery.of(term));
        }
    }

    @Test
    void wordPairsAndRepeatedWordsMatchLucene() throws Exception {
        List<String> terms = typableTerms();
        for (int i = 0; i + 7 < terms.size() && i < 2100; i += 7) {
            assertParity(SearchQuery.of(terms.get(i) + " " + terms.get(i + 3)));
        }
        for (String word : List.of("lambda", "dynamodb", "s3", "queue", "instanc")) {
            assertParity(SearchQuery.of(word + " " + word));
            assertParity(SearchQuery.of(word + " " + word + " " + word));
        }
        for (String query : List.of("dynamodb scan", "sqs long polling", "iam role policy", "cloudformation template lambda")) {
            assertParity(SearchQuery.of(query));
        }
    }

    @Test
    void prefixesWhileTypingMatchLucene() throws Exception {
        for (String typed : List.of("d", "dy", "dyn", "dynamo", "cl", "clou", "lam", "s", "sq", "co", "pol", "policies",
                "ec2 in", "lambda fun", "dynamodb str", "the", "zzz")) {
            assertParity(SearchQuery.typing(typed));
        }
    }
}
