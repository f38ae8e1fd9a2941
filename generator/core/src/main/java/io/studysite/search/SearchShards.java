package io.studysite.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search index as static files the browser loads from disk: classic scripts (file:// forbids
 * fetch and modules) that hand their data to {@code studysiteSearch.receive(name, data)}. Terms are
 * sorted and cut into chunks of about equal postings, with a small manifest of each chunk's first
 * term, so a query loads only the chunks its words fall in; section texts sit in separate doc-store
 * chunks, loaded only for the results shown. Everything is integers and strings: the browser
 * recomputes scores exactly as Lucene does.
 */
public final class SearchShards {
    /** The folder of the site the shards are written to. */
    public static final String FOLDER = "search";
    /** Postings per term chunk, roughly: a chunk is closed once it holds at least this many. */
    static final int POSTINGS_PER_CHUNK = 4000;
    /** Sections per doc-store chunk. */
    static final int DOCS_PER_CHUNK = 64;

    private SearchShards() {}

    /** The files to write under {@link #FOLDER}, by name, in a stable order. */
    public static Map<String, String> of(ExportedIndex index) {
        return of(index, POSTINGS_PER_CHUNK);
    }

    static Map<String, String> of(ExportedIndex index, int postingsPerChunk) {
        List<ExportedIndex.Doc> sections = index.docs();
        Map<String, String> files = new LinkedHashMap<>();
        List<String> firstTerms = new ArrayList<>();
        List<ExportedIndex.Postings> chunk = new ArrayList<>();
        int postings = 0;
        for (ExportedIndex.Postings term : index.terms()) {
            if (chunk.isEmpty()) {
                firstTerms.add(term.term());
            }
            chunk.add(term);
            postings += term.docFreq();
            if (postings >= postingsPerChunk) {
                files.put(termFile(firstTerms.size() - 1), script("terms-" + (firstTerms.size() - 1), terms(chunk)));
                chunk = new ArrayList<>();
                postings = 0;
            }
        }
        if (!chunk.isEmpty()) {
            files.put(termFile(firstTerms.size() - 1), script("terms-" + (firstTerms.size() - 1), terms(chunk)));
        }
        int docChunks = (sections.size() + DOCS_PER_CHUNK - 1) / DOCS_PER_CHUNK;
        for (int c = 0; c < docChunks; c++) {
            List<ExportedIndex.Doc> part = sections.subList(c * DOCS_PER_CHUNK, Math.min(sections.size(), (c + 1) * DOCS_PER_CHUNK));
            files.put("docs-" + c + ".js", script("docs-" + c, docs(part)));
        }
        StringBuilder manifest = new StringBuilder("{\"version\":1");
        manifest.append(",\"docCount\":").append(index.docCount());
        manifest.append(",\"sumTotalTermFreq\":").append(index.sumTotalTermFreq());
        manifest.append(",\"sections\":").append(sections.size());
        manifest.append(",\"docsPerChunk\":").append(DOCS_PER_CHUNK);
        manifest.append(",\"termChunks\":[");
        for (int i = 0; i < firstTerms.size(); i++) {
            manifest.append(i == 0 ? "" : ",").append(Json.string(firstTerms.get(i)));
        }
        manifest.append("]}");
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put("manifest.js", script("manifest", manifest.toString()));
        ordered.putAll(files);
        return ordered;
    }

    static String termFile(int chunk) {
        return "terms-" + chunk + ".js";
    }

    /** [[term, df, [docDelta, freq*256+norm, …]], …]: doc ids as gaps, norms as the unsigned byte. */
    private static String terms(List<ExportedIndex.Postings> chunk) {
        StringBuilder out = new StringBuilder("[");
        for (int t = 0; t < chunk.size(); t++) {
            ExportedIndex.Postings p = chunk.get(t);
            out.append(t == 0 ? "" : ",").append('[').append(Json.string(p.term())).append(',').append(p.docFreq()).append(",[");
            int previous = 0;
            for (int i = 0; i < p.docs().length; i++) {
                out.append(i == 0 ? "" : ",").append(p.docs()[i] - previous).append(',')
                        .append(p.freqs()[i] * 256 + (p.norms()[i] & 0xFF));
                previous = p.docs()[i];
            }
            out.append("]]");
        }
        return out.append(']').toString();
    }

    /** [[place, url, text, [tags], [services]], …] in doc-id order. */
    private static String docs(List<ExportedIndex.Doc> part) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < part.size(); i++) {
            ExportedIndex.Doc s = part.get(i);
            out.append(i == 0 ? "" : ",").append('[').append(Json.string(s.place())).append(',')
                    .append(Json.string(s.url())).append(',').append(Json.string(s.text())).append(',')
                    .append(Json.array(s.tags())).append(',').append(Json.array(s.services())).append(']');
        }
        return out.append(']').toString();
    }

    private static String script(String name, String json) {
        return "studysiteSearch.receive(" + Json.string(name) + "," + json + ");\n";
    }
}
