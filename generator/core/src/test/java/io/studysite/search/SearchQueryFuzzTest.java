package io.studysite.search;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search query parser, fuzzed against a small real index: any typed text (quotes, unfinished words, filters)
 * gives hits, a suggestion or nothing, never an exception. The first byte picks typing or not; the text after a
 * byte 0x01 is a list of service filters and after 0x02 of tag filters.
 * Seeds: {@code SearchQueryFuzzTestInputs/anyQueryIsAnswered/}; a long run: {@code bench/fuzz.sh}.
 */
class SearchQueryFuzzTest {
    @TempDir
    static Path tmp;
    static Path index;

    @BeforeAll
    static void index() {
        Path vault = TestVault.write(tmp.resolve("vault"),
                "Storage.md", "---\ntags: [storage, aws]\n---\n# Storage\nS3 buckets hold objects.\n## Versioning\n"
                        + "Versioned buckets keep \"every\" version. Lifecycle rules expire them.\n",
                "Queues.md", "# Queues\nSQS queues deliver messages at least once; FIFO queues exactly once.\n#queue\n");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        index = SearchIndex.folderFor(tmp.resolve("site"));
    }

    @FuzzTest
    void anyQueryIsAnswered(byte[] bytes) {
        boolean typing = bytes.length > 0 && (bytes[0] & 1) == 1;
        String input = new String(bytes, Math.min(1, bytes.length), Math.max(0, bytes.length - 1), StandardCharsets.UTF_8);
        String text = part(input, -1, '\u0001', '\u0002');
        List<String> services = list(part(input, '\u0001', '\u0002', -1));
        List<String> tags = list(part(input, '\u0002', -1, -1));
        SearchQuery query = new SearchQuery(text, services, tags, typing);
        QueryText.parse(text, typing);
        List<SearchIndex.Hit> hits = SearchIndex.search(index, query, 10);
        assertThat(hits).hasSizeLessThanOrEqualTo(10).allSatisfy(hit -> assertThat(hit.url()).isNotNull());
        if (hits.isEmpty()) {
            SearchIndex.suggest(index, query);
        }
    }

    private static String part(String input, int after, int before, int orBefore) {
        int from = after < 0 ? 0 : input.indexOf(after);
        if (from < 0) {
            return "";
        }
        from = after < 0 ? 0 : from + 1;
        int to = input.length();
        for (int stop : new int[] {before, orBefore}) {
            int at = stop < 0 ? -1 : input.indexOf(stop, from);
            if (at >= 0) {
                to = Math.min(to, at);
            }
        }
        return input.substring(from, to);
    }

    private static List<String> list(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }
}
