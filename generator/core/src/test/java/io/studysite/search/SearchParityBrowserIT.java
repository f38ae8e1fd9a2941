package io.studysite.search;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.testing.Browser;
import io.studysite.testing.BrowserSession;
import io.studysite.testing.TestVault;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.SmallFloat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser engine ranks exactly as Lucene: hundreds of queries (single words, pairs, three words,
 * prefixes while typing, repeated words, stop words, phrases, no-match) run through IndexSearcher
 * and through search.js in headless Chromium opened from file://, with the same sections in the
 * same order and the same float bits. "Did you mean" gives the same respelling on both sides.
 */
class SearchParityBrowserIT {
    static Path site;
    static Path index;
    static ExportedIndex exported;
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    static Browser browser;

    @BeforeAll
    static void buildAndOpen(@TempDir Path out) {
        site = out.resolve("site");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(TestVault.repository().resolve("content"), site));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        index = SearchIndex.folderFor(site);
        exported = ExportedIndex.read(index);
        browser = session.browser();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
        browser.open(site.resolve("index.html"));
        Object loaded = browser.driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "function add(src) { return new Promise(function (ok, fail) { var s = document.createElement('script');"
                        + "  s.src = src; s.onload = ok; s.onerror = fail; document.head.appendChild(s); }); }"
                        + "add('_studysite/search-analyzer.js').then(function () { return add('_studysite/search.js'); })"
                        + ".then(function () { studysiteSearch.configure(''); done('ok'); }, function (e) { done('failed ' + e); });");
        assertThat(loaded).isEqualTo("ok");
    }


    private record Query(String text, boolean typing) {
        SearchQuery lucene() {
            return typing ? SearchQuery.typing(text) : SearchQuery.of(text);
        }
    }

    /** Each query's results in the browser as "doc:floatbits", best first. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> inBrowser(List<Query> queries) {
        List<Map<String, Object>> arg = queries.stream().map(q -> Map.<String, Object>of("text", q.text(), "typing", q.typing())).toList();
        Object raw = browser.driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1], queries = arguments[0], out = [];"
                        + "queries.reduce(function (p, q) { return p.then(function () {"
                        + "  return studysiteSearch.search(q.text, {typing: q.typing}).then(function (r) {"
                        + "    out.push(r.hits.map(function (h) { return [h.doc, h.score]; })); }); }); }, Promise.resolve())"
                        + ".then(function () { done(out); }, function (e) { done(String(e && e.stack || e)); });", arg);
        assertThat(raw).as("the browser engine failed: %s", raw).isInstanceOf(List.class);
        List<List<Object>> results = (List<List<Object>>) raw;
        List<List<String>> hits = new ArrayList<>();
        for (List<Object> perQuery : results) {
            List<String> one = new ArrayList<>();
            for (Object hit : perQuery) {
                List<Number> pair = (List<Number>) hit;
                double score = pair.get(1).doubleValue();
                // A score must be a float, as Lucene's are: a double that is not would hide a missing rounding.
                one.add(pair.get(0).intValue() + ":" + ((double) (float) score == score
                        ? Integer.toHexString(Float.floatToIntBits((float) score)) : "not-a-float " + score));
            }
            hits.add(one);
        }
        return hits;
    }

    private static List<String> inLucene(Query query) {
        return SearchIndex.search(index, query.lucene(), 100_000).stream()
                .map(h -> h.doc() + ":" + Integer.toHexString(Float.floatToIntBits(h.score()))).toList();
    }

    /** Runs every query on both sides; returns how many matched something in Lucene. */
    private static int assertParity(List<Query> queries) {
        List<List<String>> browserHits = inBrowser(queries);
        assertThat(browserHits).hasSameSizeAs(queries);
        List<String> differences = new ArrayList<>();
        int matched = 0;
        for (int i = 0; i < queries.size(); i++) {
            List<String> expected = inLucene(queries.get(i));
            matched += expected.isEmpty() ? 0 : 1;
            if (!expected.equals(browserHits.get(i))) {
                differences.add(queries.get(i) + "\n  lucene:  " + expected + "\n  browser: " + browserHits.get(i));
            }
        }
        assertThat(differences).as("queries ranked differently in the browser").isEmpty();
        return matched;
    }

    /** Indexed terms that analyse to themselves, so they can be typed as queries. */
    private static List<String> typableTerms() {
        List<String> terms = new ArrayList<>();
        for (ExportedIndex.Postings p : exported.terms()) {
            if (SearchQuery.analyse(p.term()).equals(List.of(p.term()))) {
                terms.add(p.term());
            }
        }
        return terms;
    }

    @Test
    void lengthsOfNormBytesAreLucenes() {
        @SuppressWarnings("unchecked")
        List<Number> table = (List<Number>) browser.script("return studysiteSearch.lengthTable()");
        for (int i = 0; i < 256; i++) {
            assertThat(table.get(i).longValue()).as("norm byte " + i).isEqualTo(SmallFloat.byte4ToInt((byte) i));
        }
    }

    @Test
    void singleWordsPairsAndTriplesRankAsLucene() {
        List<String> terms = typableTerms();
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < terms.size(); i += Math.max(1, terms.size() / 250)) {
            queries.add(new Query(terms.get(i), false));
        }
        for (int i = 0; i + 5 < terms.size() && queries.size() < 400; i += 11) {
            queries.add(new Query(terms.get(i) + " " + terms.get(i + 5), false));
        }
        for (String q : List.of("dynamodb scan", "sqs long polling", "iam role policy", "cloudformation template lambda",
                "S3 bucket encryption", "Lambda function timeout", "ElastiCache Redis", "EC2 instance store", "api gateway stage")) {
            queries.add(new Query(q, false));
        }
        assertThat(queries).hasSizeGreaterThan(300);
        assertThat(assertParity(queries)).isGreaterThan(250);
    }

    @Test
    void repeatedWordsStopWordsAndNoMatchRankAsLucene() {
        List<Query> queries = new ArrayList<>();
        for (String word : List.of("lambda", "dynamodb", "s3", "queue", "instances", "Policy")) {
            queries.add(new Query(word + " " + word, false));
            queries.add(new Query(word + " " + word + " " + word, false));
            queries.add(new Query(word + " the " + word.toUpperCase() + "'s", false));
        }
        for (String q : List.of("the", "the of and", "to be or not to be", "the lambda", "lambda in the cloud", "zzzzqx",
                "dynamodb zzzzqx", "", "   ", "\"\"", "C++", "don't", "e.g.", "Cloud\u200bFormation", "ＤｙｎａｍｏＤＢ")) {
            queries.add(new Query(q, false));
        }
        assertParity(queries);
    }

    @Test
    void prefixesWhileTypingRankAsLucene() {
        List<Query> queries = new ArrayList<>();
        List<String> terms = typableTerms();
        for (int i = 0; i < terms.size() && queries.size() < 150; i += 9) {
            String term = terms.get(i);
            queries.add(new Query(term.substring(0, Math.min(term.length(), 2 + i % 4)), true));
        }
        for (String typed : List.of("d", "dy", "dyn", "dynamo", "cl", "clou", "lam", "s", "sq", "co", "pol", "policies",
                "ec2 in", "lambda fun", "dynamodb str", "the", "zzz", "dynamo ", "s3 buck", "\"bucket pol", "Cloud\u200bForm")) {
            queries.add(new Query(typed, true));
        }
        assertParity(queries);
    }

    @Test
    void submittedUnknownLastWordsArePrefixesAsInLucene() {
        List<Query> queries = new ArrayList<>();
        List<String> terms = typableTerms();
        for (int i = 0; i < terms.size() && queries.size() < 150; i += 7) {
            String term = terms.get(i);
            queries.add(new Query(term.substring(0, Math.min(term.length(), 3 + i % 4)), false));
        }
        for (String submitted : List.of("dynamo", "cloudform", "lambda fun", "s3-buc", "v1.1", "dynamo ", "polic", "\"bucket pol",
                "the", "zzzq", "lambda zzzq", "d", "Dynam", "caf\u00e9", "ｄｙｎａｍｏ")) {
            queries.add(new Query(submitted, false));
        }
        assertThat(assertParity(queries)).isGreaterThan(50);
    }

    @Test
    @SuppressWarnings("unchecked")
    void resultsGroupByNoteAndRespellAsInLucene() {
        List<String> texts = List.of("lambda", "dynamodb", "s3 bucket", "cloudfromation", "lamda fuction", "queue", "polic", "zzzzzzzz");
        Object raw = browser.driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1], out = [];"
                        + "arguments[0].reduce(function (p, t) { return p.then(function () {"
                        + "  return studysiteSearch.search(t, {respell: true}).then(function (r) {"
                        + "    out.push({query: r.query, respelt: r.respelt, notes: r.notes.length,"
                        + "      first: r.notes.slice(0, 10).map(function (g) { return g.hits.map(function (h) { return h.doc; }); })}); }); });"
                        + "}, Promise.resolve()).then(function () { done(out); }, function (e) { done(String(e)); });", texts);
        assertThat(raw).as("the browser engine failed: %s", raw).isInstanceOf(List.class);
        List<Map<String, Object>> browserResults = (List<Map<String, Object>>) raw;
        int respelt = 0;
        for (int i = 0; i < texts.size(); i++) {
            SearchResults lucene = SearchResults.find(index, SearchQuery.of(texts.get(i)), 10, true);
            Map<String, Object> inBrowser = browserResults.get(i);
            List<List<Long>> expected = lucene.notes().stream()
                    .map(n -> n.sections().stream().map(h -> (long) h.doc()).toList()).toList();
            assertThat(inBrowser.get("first")).as(texts.get(i)).isEqualTo(expected);
            assertThat(((Number) inBrowser.get("notes")).intValue()).as(texts.get(i)).isEqualTo(lucene.noteCount());
            assertThat(inBrowser.get("respelt")).as(texts.get(i)).isEqualTo(lucene.respelt());
            if (lucene.respelt()) {
                assertThat(inBrowser.get("query")).isEqualTo(lucene.query());
                respelt++;
            }
        }
        assertThat(respelt).isGreaterThanOrEqualTo(2);
    }

    @Test
    void titleHeadingAndPairHitsRankAsLucene() {
        // Words of the notes' names and headings, and their adjacent pairs: in order (with the pair
        // bonus), reversed (without it), and with the second word still being typed.
        List<Query> queries = new ArrayList<>();
        int names = 0;
        for (ExportedIndex.Postings p : exported.terms()) {
            String term = p.term();
            if (term.startsWith(SearchField.PAIR.mark()) && queries.size() < 300) {
                String[] words = term.substring(SearchField.PAIR.mark().length()).split(" ");
                queries.add(new Query(words[0] + " " + words[1], false));
                queries.add(new Query(words[1] + " " + words[0], false));
                queries.add(new Query(words[0] + " " + words[1].substring(0, Math.min(3, words[1].length())), true));
            } else if ((term.startsWith(SearchField.TITLE.mark()) || term.startsWith(SearchField.HEADING.mark())) && names++ % 2 == 0) {
                queries.add(new Query(term.substring(1), false));
            }
        }
        for (String q : List.of("aws developer associate", "developer associate", "associate developer", "aws certified developer notes",
                "auto scaling group", "load balancing auto scaling", "elastic beanstalk", "beanstalk elastic", "aws developer notes ec2",
                "volume types ebs", "ebs volume types", "developper", "aws-certified-developer-notes", "aws cert", "auto scal")) {
            queries.add(new Query(q, q.endsWith("cert") || q.endsWith("scal")));
        }
        assertThat(queries).hasSizeGreaterThan(200);
        assertThat(assertParity(queries)).isGreaterThan(150);
    }

    @Test
    void phrasesRankAsLucene() throws Exception {
        // Neighbouring words of the notes, with whatever stop words stand between them.
        Set<String> phrases = new LinkedHashSet<>();
        try (Analyzer analyzer = SearchIndex.analyzer()) {
            for (int d = 0; d < exported.docs().size() && phrases.size() < 120; d += 3) {
                String text = exported.docs().get(d).text();
                try (TokenStream tokens = analyzer.tokenStream(SearchIndex.CONTENT, text)) {
                    OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
                    tokens.reset();
                    List<int[]> spans = new ArrayList<>();
                    while (tokens.incrementToken() && spans.size() < 12) {
                        spans.add(new int[] {offset.startOffset(), offset.endOffset()});
                    }
                    tokens.end();
                    for (int i = 0; i + 2 < spans.size(); i += 4) {
                        phrases.add(text.substring(spans.get(i)[0], spans.get(i + 1)[1]));
                        phrases.add(text.substring(spans.get(i)[0], spans.get(i + 2)[1]));
                    }
                }
            }
        }
        List<Query> queries = new ArrayList<>();
        phrases.forEach(p -> queries.add(new Query("\"" + p.replace("\"", "") + "\"", false)));
        queries.add(new Query("\"visibility timeout\" sqs", false));
        queries.add(new Query("\"dynamodb\" dynamodb", false));
        queries.add(new Query("\u201Cbucket policy\u201D s3", false));
        queries.add(new Query("\"lambda function\" \"lambda function\"", false));
        queries.add(new Query("\"function lambda\"", false));
        queries.add(new Query("\"the of\"", false));
        queries.add(new Query("\"lambda function\" tim", true));
        assertThat(queries).hasSizeGreaterThan(100);
        assertThat(assertParity(queries)).isGreaterThan(100);
    }

    @Test
    void didYouMeanRespellsAsLucenesSide() throws Exception {
        List<Query> misspelt = List.of(new Query("dynamdb", false), new Query("cloudfromation", false),
                new Query("lamda fuction", false), new Query("elasticahce", false), new Query("bukcet policy", false),
                new Query("\"lamda fuction\"", false), new Query("dynamdb", true), new Query("kinesiss streams", false),
                new Query("zzzzzzzz", false), new Query("sqs", false), new Query("dyna", true));
        List<Object> arg = misspelt.stream().map(q -> (Object) Map.of("text", q.text(), "typing", q.typing())).toList();
        @SuppressWarnings("unchecked")
        List<Object> browserSuggestions = (List<Object>) browser.driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1], out = [];"
                        + "arguments[0].reduce(function (p, q) { return p.then(function () {"
                        + "  return studysiteSearch.search(q.text, {typing: q.typing}).then(function (r) { out.push(r.suggestion); }); });"
                        + "}, Promise.resolve()).then(function () { done(out); }, function (e) { done(String(e)); });", arg);
        List<Object> expected = new ArrayList<>();
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (Query q : misspelt) {
                boolean none = SearchIndex.search(index, q.lucene(), 1).isEmpty();
                Optional<String> respelt = none ? Suggestion.of(reader, q.lucene().completingUnknownLastWord(reader)) : Optional.empty();
                expected.add(respelt.orElse(null));
            }
        }
        assertThat(browserSuggestions).containsExactlyElementsOf(expected);
        assertThat(expected).contains("dynamodb", "cloudformation");
        assertThat(expected.stream().filter(java.util.Objects::nonNull).count()).isGreaterThanOrEqualTo(5);
    }
}
