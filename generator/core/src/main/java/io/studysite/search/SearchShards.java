package io.studysite.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The search index as static files the browser loads from disk: classic scripts (file:// forbids
 * fetch and modules) that hand their data to {@code studysiteSearch.receive(name, data)}. Every shard but
 * the manifest hands it {@link Packed}: its JSON deflated, as a base64 string the browser inflates.
 * <ul>
 *   <li>{@code manifest.js}: per {@link SearchField} its mark, boost and collection statistics, each term
 *       chunk's first term, the doc chunk size;</li>
 *   <li>{@code terms-N.js}: the terms of all fields (each behind its field's mark) sorted and cut into
 *       chunks of about equal postings, so a query loads only the chunks its words fall in; per term its
 *       document frequency and its postings;</li>
 *   <li>{@code docs-N.js}: the sections by doc id (note title, heading path, address, text, tags,
 *       services), in chunks of about equal bytes, loaded only for the results shown: one round of loads
 *       after the terms paints a result whole;</li>
 *   <li>{@code facets.js}: per tag the sections carrying it, per service the sections about it (not those
 *       that only mention it), for filters and their counts;</li>
 *   <li>{@code notes.js}: how many sections each note has, in doc id order (a note's sections are
 *       consecutive), so results group by note before any text is loaded;</li>
 *   <li>{@code words-L.js}: the written words of L characters with their stem's document frequency,
 *       loaded only when a query matches nothing, to suggest a spelling.</li>
 * </ul>
 * Everything is integers and strings: the browser recomputes scores exactly as Lucene does.
 */
public final class SearchShards {
    /** The folder of the site the shards are written to. */
    public static final String FOLDER = "search";
    /**
     * Postings per term chunk, roughly: a chunk is closed once it holds at least this many. A query word
     * loads up to four chunks (its content, name and heading terms, and a pair with the next word), so
     * each chunk stays small: about 5 KB gzip for a 2-word query's two content chunks.
     */
    static final int POSTINGS_PER_CHUNK = 1200;
    /**
     * A chunk closes at a third of the postings once it reaches a marked field's term: names, headings
     * and pairs have short postings but many distinct terms, which would otherwise make their chunks the
     * largest a query loads.
     */
    static final int MARKED_FIELD_SHARE = 3;
    /**
     * Doc chunks aim at this many bytes before packing (about 2 KB after), so the few results shown load
     * little text; bigger chunks pack a little better (10 KB: 8 % less in all) but cost every query more.
     */
    static final int DOC_CHUNK_BYTES = 6_000;
    static final int MAX_DOCS_PER_CHUNK = 64;

    /** The marks of the fields other than the content, which put their terms before its. */
    private static final String MARKS = marks();

    private SearchShards() {}

    private static String marks() {
        StringBuilder marks = new StringBuilder();
        for (SearchField field : SearchField.values()) {
            marks.append(field.mark());
        }
        return marks.toString();
    }

    /** The files to write under {@link #FOLDER}, by name, in a stable order. */
    public static Map<String, String> of(ExportedIndex index) {
        return of(index, POSTINGS_PER_CHUNK);
    }

    static Map<String, String> of(ExportedIndex index, int postingsPerChunk) {
        try (PackedFiles files = new PackedFiles()) {
            return of(index, postingsPerChunk, files);
        }
    }

    private static Map<String, String> of(ExportedIndex index, int postingsPerChunk, PackedFiles files) {
        List<String> firstTerms = termChunks(index.terms(), postingsPerChunk, files);
        List<ExportedIndex.Doc> docs = index.docs();
        int perChunk = docsPerChunk(docs);
        // Each chunk's JSON is made when it is written: all of it at once is another copy of every section's text.
        for (int c = 0; c * perChunk < docs.size(); c++) {
            List<ExportedIndex.Doc> part = docs.subList(c * perChunk, Math.min(docs.size(), (c + 1) * perChunk));
            files.put("docs-" + c + ".js", "docs-" + c, "[" + String.join(",", part.stream().map(SearchShards::doc).toList()) + "]");
        }
        files.put("facets.js", "facets", "{\"tag\":" + facet(index.docs(), ExportedIndex.Doc::tags)
                + ",\"service\":" + facet(index.docs(), ExportedIndex.Doc::covers) + "}");
        // Packed like every shard but the manifest: the browser takes any string it receives as packed.
        files.put("notes.js", "notes", "\"" + notes(index.docs()) + "\"");
        Map<Integer, List<ExportedIndex.Word>> byLength = new TreeMap<>();
        for (ExportedIndex.Word word : index.words()) {
            byLength.computeIfAbsent(word.word().codePointCount(0, word.word().length()), l -> new ArrayList<>()).add(word);
        }
        byLength.forEach((length, words) -> files.put("words-" + length + ".js", "words-" + length, words(words)));

        StringBuilder manifest = new StringBuilder("{\"version\":3");
        manifest.append(",\"docCount\":").append(index.docCount());
        manifest.append(",\"sumTotalTermFreq\":").append(index.sumTotalTermFreq());
        manifest.append(",\"fields\":").append(fields(index.fields()));
        manifest.append(",\"sections\":").append(docs.size());
        manifest.append(",\"docsPerChunk\":").append(perChunk);
        manifest.append(",\"maxCompletions\":").append(SearchQuery.MAX_COMPLETIONS);
        manifest.append(",\"wordLengths\":").append(byLength.keySet());
        manifest.append(",\"termChunks\":").append(Json.array(firstTerms)).append('}');
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put("manifest.js", script("manifest", manifest.toString()));
        ordered.putAll(files.done());
        return ordered;
    }

    /** [{"name", "mark", "boost", "docCount", "sumTotalTermFreq"}] per field. */
    private static String fields(List<ExportedIndex.FieldStats> fields) {
        List<String> out = new ArrayList<>();
        for (ExportedIndex.FieldStats f : fields) {
            out.add("{\"name\":" + Json.string(f.field().field()) + ",\"mark\":" + Json.string(f.field().mark())
                    + ",\"boost\":" + f.field().boost() + ",\"docCount\":" + f.docCount()
                    + ",\"sumTotalTermFreq\":" + f.sumTotalTermFreq() + "}");
        }
        return "[" + String.join(",", out) + "]";
    }

    /** Writes the term chunks into {@code files}; returns each chunk's first term. */
    private static List<String> termChunks(List<ExportedIndex.Postings> terms, int postingsPerChunk, PackedFiles files) {
        List<String> firstTerms = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int postings = 0;
        for (ExportedIndex.Postings term : terms) {
            if (chunk.isEmpty()) {
                firstTerms.add(term.term());
            }
            chunk.append(chunk.isEmpty() ? "[" : ",").append(postings(term));
            postings += term.docFreq();
            boolean marked = !term.term().isEmpty() && MARKS.indexOf(term.term().charAt(0)) >= 0;
            if (postings >= (marked ? postingsPerChunk / MARKED_FIELD_SHARE : postingsPerChunk)) {
                String name = "terms-" + (firstTerms.size() - 1);
                files.put(name + ".js", name, chunk.append(']').toString());
                chunk.setLength(0);
                postings = 0;
            }
        }
        if (!chunk.isEmpty()) {
            String name = "terms-" + (firstTerms.size() - 1);
            files.put(name + ".js", name, chunk.append(']').toString());
        }
        return firstTerms;
    }

    /** [term, df, "varints"]: per posting the doc id gap, then (freq − 1) · 256 + norm byte. */
    private static String postings(ExportedIndex.Postings p) {
        StringBuilder encoded = new StringBuilder();
        int previous = 0;
        for (int i = 0; i < p.docs().length; i++) {
            Varints.append(encoded, p.docs()[i] - previous);
            Varints.append(encoded, (p.freqs()[i] - 1) * 256 + (p.norms()[i] & 0xFF));
            previous = p.docs()[i];
        }
        return "[" + Json.string(p.term()) + "," + p.docFreq() + ",\"" + encoded + "\"]";
    }

    /** [title, [headings], url, text, [tags], [services]]. */
    private static String doc(ExportedIndex.Doc d) {
        return "[" + Json.string(d.title()) + "," + Json.array(d.headings()) + "," + Json.string(d.url()) + ","
                + Json.string(d.text()) + "," + Json.array(d.tags()) + "," + Json.array(d.services()) + "]";
    }

    /** As many docs per chunk as make about {@link #DOC_CHUNK_BYTES} on average. */
    private static int docsPerChunk(List<ExportedIndex.Doc> docs) {
        long bytes = docs.stream().mapToLong(d -> doc(d).length()).sum();
        long average = Math.max(1, bytes / Math.max(1, docs.size()));
        return (int) Math.max(1, Math.min(MAX_DOCS_PER_CHUNK, DOC_CHUNK_BYTES / average));
    }

    /**
     * {"key": ["Display name", "varints"]}: per value (keyed in lower case, as Lucene filters), the
     * sections carrying it as runs of consecutive doc ids, each a gap from the last run's end and a length.
     */
    private static String facet(List<ExportedIndex.Doc> docs, Function<ExportedIndex.Doc, List<String>> values) {
        Map<String, String> names = new TreeMap<>();
        Map<String, List<Integer>> sections = new TreeMap<>();
        for (int doc = 0; doc < docs.size(); doc++) {
            for (String value : values.apply(docs.get(doc))) {
                String key = value.toLowerCase(Locale.ROOT);
                names.putIfAbsent(key, value);
                List<Integer> ids = sections.computeIfAbsent(key, k -> new ArrayList<>());
                if (ids.isEmpty() || ids.get(ids.size() - 1) != doc) {
                    ids.add(doc);
                }
            }
        }
        StringBuilder out = new StringBuilder("{");
        sections.forEach((key, ids) -> {
            StringBuilder runs = new StringBuilder();
            int end = 0;
            for (int i = 0; i < ids.size(); ) {
                int start = ids.get(i);
                int j = i;
                while (j + 1 < ids.size() && ids.get(j + 1) == ids.get(j) + 1) j++;
                Varints.append(runs, start - end);
                Varints.append(runs, j - i + 1);
                end = ids.get(j) + 1;
                i = j + 1;
            }
            out.append(out.length() > 1 ? "," : "").append(Json.string(key)).append(":[")
                    .append(Json.string(names.get(key))).append(",\"").append(runs).append("\"]");
        });
        return out.append('}').toString();
    }

    /** Varints: per note, in doc id order, how many consecutive sections it has (those on one page). */
    private static String notes(List<ExportedIndex.Doc> docs) {
        StringBuilder out = new StringBuilder();
        int run = 0;
        for (int doc = 0; doc < docs.size(); doc++) {
            run++;
            if (doc + 1 == docs.size() || !page(docs.get(doc + 1)).equals(page(docs.get(doc)))) {
                Varints.append(out, run);
                run = 0;
            }
        }
        return out.toString();
    }

    private static String page(ExportedIndex.Doc doc) {
        int anchor = doc.url().indexOf('#');
        return anchor < 0 ? doc.url() : doc.url().substring(0, anchor);
    }

    /** ["word", df, "word", df, …] in word order. */
    private static String words(List<ExportedIndex.Word> words) {
        StringBuilder out = new StringBuilder("[");
        for (ExportedIndex.Word w : words) {
            out.append(out.length() > 1 ? "," : "").append(Json.string(w.word())).append(',').append(w.docFreq());
        }
        return out.append(']').toString();
    }

    static String script(String name, String json) {
        return "studysiteSearch.receive(" + Json.string(name) + "," + json + ");\n";
    }

}
