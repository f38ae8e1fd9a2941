package io.studysite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The search index as integers, the form it ships in to the browser: per term its document
 * frequency, per posting the doc id, the term frequency and the doc's one-byte length norm. Floats
 * are recomputed from these exactly as Lucene computes them, so rankings match bit for bit.
 *
 * @param docCount          documents with the content field (Lucene's CollectionStatistics.docCount)
 * @param sumTotalTermFreq  tokens in the content field over all documents (for the average length)
 * @param terms             every term of every {@link SearchField}, behind the field's mark, in Lucene's term order
 * @param docs              every section by Lucene doc id, read back from the index so ids and texts agree
 * @param words             every word as written, with the document frequency of its stem: "did you mean" picks from them
 * @param fields            the statistics of each field, in {@link SearchField} order
 */
public record ExportedIndex(int docCount, long sumTotalTermFreq, List<Postings> terms, List<Doc> docs, List<Word> words,
                            List<FieldStats> fields) {

    /** A field's collection statistics, which its BM25 idf and average length come from. */
    public record FieldStats(SearchField field, int docCount, long sumTotalTermFreq) {}

    /** One term: its doc ids ascending, and for each the term frequency and the norm byte. */
    public record Postings(String term, int docFreq, int[] docs, int[] freqs, byte[] norms) {}

    /** A section as results show it, at its Lucene doc id (its index in {@code docs}). */
    /** @param covers the services it is about, the first of {@code services}; the service filter and its counts take these */
    public record Doc(String title, List<String> headings, String url, String text, List<String> tags, List<String> services,
                      List<String> covers) {
        public String place() {
            return Section.place(title, headings);
        }
    }

    /** A word as the notes write it (lower-cased), and in how many sections its stem occurs. */
    public record Word(String word, int docFreq) {}

    /** Reads the index the build wrote; it holds one segment, so doc ids are global. */
    public static ExportedIndex read(Path folder) {
        try (FSDirectory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index " + folder, e);
        }
    }

    /** The index of {@code reader}, which holds one segment or none. */
    static ExportedIndex read(DirectoryReader reader) throws IOException {
        if (reader.leaves().isEmpty()) {
            // No section had text (an empty vault, or notes without any): an empty index, an empty search.
            return new ExportedIndex(0, 0, List.of(), List.of(), List.of(), List.of());
        }
        LeafReader leaf = onlySegment(reader);
        List<Postings> all = new ArrayList<>();
        List<Doc> sections = new ArrayList<>();
        var stored = leaf.storedFields();
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
            var d = stored.document(doc);
            sections.add(new Doc(d.get("title"), List.of(d.getValues("heading")), d.get("url"), d.get("text"),
                    List.of(d.getValues(SearchIndex.TAG)), List.of(d.getValues(SearchIndex.SERVICES)),
                    List.of(d.getValues(SearchIndex.COVERED))));
        }
        List<FieldStats> fields = new ArrayList<>();
        for (SearchField field : SearchField.values()) {
            Terms terms = leaf.terms(field.field());
            fields.add(terms == null ? new FieldStats(field, 0, 0)
                    : new FieldStats(field, terms.getDocCount(), terms.getSumTotalTermFreq()));
            if (terms != null) {
                postings(leaf, field, terms, all);
            }
        }
        // One term order for all fields, Lucene's (UTF-8 bytes): the browser finds any term by bisection.
        all.sort(java.util.Comparator.comparing(p -> new BytesRef(p.term())));
        FieldStats content = fields.get(SearchField.CONTENT.ordinal());
        return new ExportedIndex(content.docCount(), content.sumTotalTermFreq(), all, sections, words(reader), fields);
    }

    static LeafReader onlySegment(DirectoryReader reader) {
        if (reader.leaves().size() != 1) {
            throw new IllegalStateException("the search index has " + reader.leaves().size() + " segments; expected 1");
        }
        return reader.leaves().get(0).reader();
    }

    private static void postings(LeafReader leaf, SearchField field, Terms terms, List<Postings> all) throws IOException {
        TermsEnum walk = terms.iterator();
        while (walk.next() != null) {
            int df = walk.docFreq();
            int[] docs = new int[df];
            int[] freqs = new int[df];
            byte[] norms = new byte[df];
            PostingsEnum postings = walk.postings(null, PostingsEnum.FREQS);
            // Norm values are forward-only: a fresh iterator per term.
            NumericDocValues normValues = leaf.getNormValues(field.field());
            int i = 0;
            for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
                docs[i] = doc;
                freqs[i] = postings.freq();
                norms[i] = normValues != null && normValues.advanceExact(doc) ? (byte) normValues.longValue() : 1;
                i++;
            }
            all.add(new Postings(field.mark() + walk.term().utf8ToString(), df, docs, freqs, norms));
        }
    }

    /** The dictionary of written words, in term order. */
    static List<Word> words(IndexReader reader) throws IOException {
        List<Word> words = new ArrayList<>();
        Terms written = MultiTerms.getTerms(reader, SearchIndex.WORD);
        if (written == null) {
            return words;
        }
        TermsEnum walk = written.iterator();
        try (Analyzer analyzer = SearchIndex.analyzer()) {
            while (walk.next() != null) {
                String word = walk.term().utf8ToString();
                List<String> stem = SearchQuery.analyse(analyzer, word);
                int df = stem.size() == 1 ? reader.docFreq(new Term(SearchIndex.CONTENT, stem.get(0))) : 0;
                if (df > 0) {
                    words.add(new Word(word, df));
                }
            }
        }
        return words;
    }
}
