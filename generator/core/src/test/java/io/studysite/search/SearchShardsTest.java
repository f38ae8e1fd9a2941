package io.studysite.search;

import io.studysite.BuildOptions;
import io.studysite.SiteBuilder;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shards in the site hold exactly the exported index, cut into chunks of about equal postings. */
class SearchShardsTest {
    static Path shards;
    static ExportedIndex exported;

    @BeforeAll
    static void buildSample(@TempDir Path out) {
        new SiteBuilder().build(BuildOptions.of(TestVault.repository().resolve("content"), out.resolve("site")));
        shards = out.resolve("site/_studysite/search");
        exported = ExportedIndex.read(SearchIndex.folderFor(out.resolve("site")));
    }

    static final int SMALL_CHUNKS = 300;
    static Map<String, String> small;

    /**
     * The data a shard hands to studysiteSearch.receive(name, data), from the site or from {@code small}:
     * the manifest as JSON, every other shard packed into a base64 string the browser inflates.
     */
    static Object data(String file, String expectedName) throws IOException {
        String script = small != null && small.containsKey(file) ? small.get(file)
                : Files.readString(shards.resolve(file), StandardCharsets.UTF_8);
        String prefix = "studysiteSearch.receive(\"" + expectedName + "\",";
        assertThat(script).startsWith(prefix).endsWith(");\n");
        String json = script.substring(prefix.length(), script.length() - 3);
        if (!file.equals("manifest.js")) {
            assertThat(json).matches("\"[A-Za-z0-9+/=]+\"");
            json = Packed.unpack(json.substring(1, json.length() - 1));
        }
        return new Load(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build()).loadFromString(json);
    }

    @Test
    void theSiteCarriesTheShards() {
        assertThat(shards.resolve("manifest.js")).isRegularFile();
        assertThat(shards.resolve("terms-0.js")).isRegularFile();
        assertThat(shards.resolve("docs-0.js")).isRegularFile();
        assertThat(SearchShards.of(exported)).containsOnlyKeys(
                new java.util.TreeSet<>(List.of(shards.toFile().list())).toArray(String[]::new));
    }

    @Test
    @SuppressWarnings("unchecked")
    void termChunksDecodeToExactlyTheExportedPostings() throws IOException {
        small = SearchShards.of(exported, SMALL_CHUNKS);
        Map<String, Object> manifest = (Map<String, Object>) data("manifest.js", "manifest");
        assertThat(manifest.get("docCount")).isEqualTo(exported.docCount());
        assertThat(((Number) manifest.get("sumTotalTermFreq")).longValue()).isEqualTo(exported.sumTotalTermFreq());
        List<String> firstTerms = (List<String>) manifest.get("termChunks");
        assertThat(firstTerms).hasSizeGreaterThan(1).isSorted();
        List<ExportedIndex.Postings> decoded = new ArrayList<>();
        int markedChunks = 0;
        for (int c = 0; c < firstTerms.size(); c++) {
            List<List<Object>> chunk = (List<List<Object>>) data("terms-" + c + ".js", "terms-" + c);
            assertThat(chunk.get(0).get(0)).isEqualTo(firstTerms.get(c));
            int postingsInChunk = 0;
            for (List<Object> entry : chunk) {
                List<Integer> flat = decodeVarints((String) entry.get(2));
                int df = (Integer) entry.get(1);
                assertThat(flat).hasSize(2 * df);
                int[] docs = new int[df];
                int[] freqs = new int[df];
                byte[] norms = new byte[df];
                int doc = 0;
                for (int i = 0; i < df; i++) {
                    doc += flat.get(2 * i);
                    docs[i] = doc;
                    freqs[i] = flat.get(2 * i + 1) / 256 + 1;
                    norms[i] = (byte) (flat.get(2 * i + 1) % 256);
                }
                decoded.add(new ExportedIndex.Postings((String) entry.get(0), df, docs, freqs, norms));
                postingsInChunk += df;
            }
            if (c < firstTerms.size() - 1) {
                // A chunk closes at the term that reaches its size: a third of it for a marked field's term.
                List<Object> last = chunk.get(chunk.size() - 1);
                boolean marked = "#$%".indexOf(((String) last.get(0)).charAt(0)) >= 0;
                int size = marked ? SMALL_CHUNKS / 3 : SMALL_CHUNKS;
                assertThat(postingsInChunk).as("chunk " + c).isGreaterThanOrEqualTo(size);
                assertThat(postingsInChunk - (Integer) last.get(1)).as("chunk " + c).isLessThan(size);
                markedChunks += marked ? 1 : 0;
            }
        }
        assertThat(markedChunks).as("chunks of names, headings and pairs").isGreaterThan(1);
        assertThat(decoded).hasSameSizeAs(exported.terms());
        for (int i = 0; i < decoded.size(); i++) {
            ExportedIndex.Postings a = decoded.get(i);
            ExportedIndex.Postings b = exported.terms().get(i);
            assertThat(a.term()).isEqualTo(b.term());
            assertThat(a.docs()).isEqualTo(b.docs());
            assertThat(a.freqs()).isEqualTo(b.freqs());
            assertThat(a.norms()).isEqualTo(b.norms());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void docChunksHoldEverySectionByDocId() throws IOException {
        List<List<Object>> all = new ArrayList<>();
        for (int c = 0; Files.exists(shards.resolve("docs-" + c + ".js")); c++) {
            all.addAll((List<List<Object>>) data("docs-" + c + ".js", "docs-" + c));
        }
        assertThat(all).hasSize(exported.docs().size());
        for (int doc = 0; doc < all.size(); doc++) {
            ExportedIndex.Doc expected = exported.docs().get(doc);
            assertThat(all.get(doc)).containsExactly(expected.title(), expected.headings(), expected.url(), expected.text(),
                    expected.tags(), expected.services());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void facetsListTheSectionsOfEachTag() throws IOException {
        Map<String, Map<String, List<String>>> facets = (Map<String, Map<String, List<String>>>) data("facets.js", "facets");
        Map<String, List<String>> tags = facets.get("tag");
        assertThat(tags).isNotEmpty();
        tags.forEach((key, entry) -> {
            List<Integer> runs = decodeVarints(entry.get(1));
            java.util.Set<Integer> docs = new java.util.TreeSet<>();
            int end = 0;
            for (int i = 0; i < runs.size(); i += 2) {
                int start = end + runs.get(i);
                for (int d = start; d < start + runs.get(i + 1); d++) docs.add(d);
                end = start + runs.get(i + 1);
            }
            java.util.Set<Integer> expected = new java.util.TreeSet<>();
            for (int d = 0; d < exported.docs().size(); d++) {
                if (exported.docs().get(d).tags().stream().anyMatch(t -> t.equalsIgnoreCase(key))) expected.add(d);
            }
            assertThat(docs).as(key).isEqualTo(expected);
            assertThat(entry.get(0)).isEqualToIgnoringCase(key);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theServiceFilterListsTheSectionsAboutEachServiceNotThoseThatMentionIt() throws IOException {
        Map<String, Map<String, List<String>>> facets = (Map<String, Map<String, List<String>>>) data("facets.js", "facets");
        Map<String, List<String>> services = facets.get("service");
        assertThat(services).isNotEmpty();
        int mentionsLeftOut = 0;
        for (Map.Entry<String, List<String>> entry : services.entrySet()) {
            java.util.Set<Integer> docs = docSet(decodeVarints(entry.getValue().get(1)));
            for (int d = 0; d < exported.docs().size(); d++) {
                ExportedIndex.Doc doc = exported.docs().get(d);
                boolean about = doc.covers().stream().anyMatch(c -> c.equalsIgnoreCase(entry.getKey()));
                assertThat(docs.contains(d)).as(entry.getKey() + " in " + doc.place()).isEqualTo(about);
                if (!about && doc.services().stream().anyMatch(c -> c.equalsIgnoreCase(entry.getKey()))) mentionsLeftOut++;
            }
        }
        assertThat(mentionsLeftOut).as("sections that only mention a service").isPositive();
    }

    @Test
    @SuppressWarnings("unchecked")
    void notesListHowManyConsecutiveSectionsEachNoteHas() throws IOException {
        List<Integer> counts = decodeVarints((String) data("notes.js", "notes"));
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(exported.docs().size());
        int doc = 0;
        for (int count : counts) {
            String page = exported.docs().get(doc).url().replaceAll("#.*", "");
            for (int i = 0; i < count; i++, doc++) {
                assertThat(exported.docs().get(doc).url().replaceAll("#.*", "")).isEqualTo(page);
            }
        }
        assertThat(counts).hasSize(2);
    }

    private static java.util.Set<Integer> docSet(List<Integer> runs) {
        java.util.Set<Integer> docs = new java.util.TreeSet<>();
        int end = 0;
        for (int i = 0; i < runs.size(); i += 2) {
            int start = end + runs.get(i);
            for (int d = start; d < start + runs.get(i + 1); d++) docs.add(d);
            end = start + runs.get(i + 1);
        }
        return docs;
    }

    @Test
    @SuppressWarnings("unchecked")
    void wordFilesHoldEveryWrittenWordByLength() throws IOException {
        Map<String, Object> manifest = (Map<String, Object>) data("manifest.js", "manifest");
        int words = 0;
        for (Integer length : (List<Integer>) manifest.get("wordLengths")) {
            List<Object> flat = (List<Object>) data("words-" + length + ".js", "words-" + length);
            for (int i = 0; i < flat.size(); i += 2) {
                assertThat(((String) flat.get(i)).codePointCount(0, ((String) flat.get(i)).length())).isEqualTo(length);
                assertThat((Integer) flat.get(i + 1)).isPositive();
            }
            words += flat.size() / 2;
        }
        assertThat(words).isEqualTo(exported.words().size());
        assertThat(exported.words()).extracting(ExportedIndex.Word::word).contains("dynamodb", "cloudformation", "policies");
    }

    @Test
    void packedShardsRoundTripAndShrinkText() {
        String json = "[\"café \\u003c/script> \u2028\",\"" + "Amazon SQS visibility timeout. ".repeat(200) + "\"]";
        String packed = Packed.pack(json);
        assertThat(Packed.unpack(packed)).isEqualTo(json);
        assertThat(packed).matches("[A-Za-z0-9+/=]+").hasSizeLessThan(json.length() / 10);
        assertThat(Packed.pack(json)).as("the same input gives the same bytes").isEqualTo(packed);
    }

    @Test
    void docChunksCarryNoPlainText() throws IOException {
        for (int c = 0; Files.exists(shards.resolve("docs-" + c + ".js")); c++) {
            String script = Files.readString(shards.resolve("docs-" + c + ".js"), StandardCharsets.UTF_8);
            assertThat(script).as("no plain text in docs-" + c).doesNotContain("DynamoDB");
        }
    }

    @Test
    void varintsRoundTrip() {
        StringBuilder out = new StringBuilder();
        int[] values = {0, 1, 31, 32, 255, 256, 1023, 1024, 65_535, Integer.MAX_VALUE};
        for (int v : values) Varints.append(out, v);
        assertThat(decodeVarints(out.toString())).containsExactly(java.util.Arrays.stream(values).boxed().toArray(Integer[]::new));
    }

    /** The browser's decoding: five bits per character, low first, the upper half of the alphabet continuing. */
    static List<Integer> decodeVarints(String text) {
        List<Integer> values = new ArrayList<>();
        int value = 0;
        int shift = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = Varints.ALPHABET.indexOf(text.charAt(i));
            assertThat(digit).isNotNegative();
            value |= (digit & 31) << shift;
            if (digit < 32) {
                values.add(value);
                value = 0;
                shift = 0;
            } else {
                shift += 5;
            }
        }
        assertThat(shift).isZero();
        return values;
    }

    @Test
    void textThatCouldEndAScriptIsEscaped() {
        assertThat(Json.string("</script><b>\u2028")).isEqualTo("\"\\u003c/script>\\u003cb>\\u2028\"");
    }
}
