package io.studysite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Reads the index the build wrote. */
    public static ExportedIndex read(Path folder) {
        try (FSDirectory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index " + folder, e);
        }
    }

    /**
     * The index of {@code reader}: its segments in order, each's doc ids following the last's, as one. Each term's
     * postings are the concatenation of its postings in each segment, its statistics their sums.
     */
    static ExportedIndex read(DirectoryReader reader) throws IOException {
        if (reader.maxDoc() == 0) {
            // No section had text (an empty vault, or notes without any): an empty index, an empty search.
            return new ExportedIndex(0, 0, List.of(), List.of(), List.of(), List.of());
        }
        List<Doc> sections = new ArrayList<>();
        for (LeafReaderContext segment : reader.leaves()) {
            var stored = segment.reader().storedFields();
            for (int doc = 0; doc < segment.reader().maxDoc(); doc++) {
                var d = stored.document(doc);
                sections.add(new Doc(d.get("title"), List.of(d.getValues("heading")), d.get("url"), d.get("text"),
                        List.of(d.getValues(SearchIndex.TAG)), List.of(d.getValues(SearchIndex.SERVICES)),
                        List.of(d.getValues(SearchIndex.COVERED))));
            }
        }
        Map<String, PostingsBuilder> byTerm = new HashMap<>();
        List<FieldStats> fields = new ArrayList<>();
        for (SearchField field : SearchField.values()) {
            int docCount = 0;
            long sumTotalTermFreq = 0;
            for (LeafReaderContext segment : reader.leaves()) {
                Terms terms = segment.reader().terms(field.field());
                if (terms != null) {
                    docCount += terms.getDocCount();
                    sumTotalTermFreq += terms.getSumTotalTermFreq();
                    postings(segment, field, terms, byTerm);
                }
            }
            fields.add(new FieldStats(field, docCount, sumTotalTermFreq));
        }
        List<Postings> all = new ArrayList<>(byTerm.size());
        byTerm.forEach((term, postings) -> all.add(postings.build(term)));
        // One term order for all fields, Lucene's (UTF-8 bytes): the browser finds any term by bisection.
        all.sort(java.util.Comparator.comparing(p -> new BytesRef(p.term())));
        FieldStats content = fields.get(SearchField.CONTENT.ordinal());
        return new ExportedIndex(content.docCount(), content.sumTotalTermFreq(), all, sections,
                words(reader, term -> {
                    PostingsBuilder p = byTerm.get(SearchField.CONTENT.mark() + term);
                    return p == null ? 0 : p.size;
                }), fields);
    }

    /** Adds the postings of {@code field} in one segment to those of the segments before it. */
    private static void postings(LeafReaderContext segment, SearchField field, Terms terms, Map<String, PostingsBuilder> byTerm)
            throws IOException {
        byte[] norms = norms(segment.reader(), field);
        TermsEnum walk = terms.iterator();
        PostingsEnum postings = null;
        while (walk.next() != null) {
            PostingsBuilder builder = byTerm.computeIfAbsent(field.mark() + walk.term().utf8ToString(), t -> new PostingsBuilder());
            builder.reserve(walk.docFreq());
            postings = walk.postings(postings, PostingsEnum.FREQS);
            for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
                builder.add(segment.docBase + doc, postings.freq(), norms[doc]);
            }
        }
    }

    /** The length norm of each doc of the segment in {@code field}; 1 where it has none (a field without norms). */
    private static byte[] norms(LeafReader segment, SearchField field) throws IOException {
        byte[] norms = new byte[segment.maxDoc()];
        Arrays.fill(norms, (byte) 1);
        NumericDocValues values = segment.getNormValues(field.field());
        if (values != null) {
            for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                norms[doc] = (byte) values.longValue();
            }
        }
        return norms;
    }

    /** One term's postings as they are read, segment after segment. */
    private static final class PostingsBuilder {
        private int[] docs = new int[0];
        private int[] freqs = new int[0];
        private byte[] norms = new byte[0];
        private int size;

        void reserve(int more) {
            if (size + more > docs.length) {
                docs = Arrays.copyOf(docs, size + more);
                freqs = Arrays.copyOf(freqs, size + more);
                norms = Arrays.copyOf(norms, size + more);
            }
        }

        void add(int doc, int freq, byte norm) {
            docs[size] = doc;
            freqs[size] = freq;
            norms[size] = norm;
            size++;
        }

        Postings build(String term) {
            return new Postings(term, size, docs.length == size ? docs : Arrays.copyOf(docs, size),
                    freqs.length == size ? freqs : Arrays.copyOf(freqs, size), norms.length == size ? norms : Arrays.copyOf(norms, size));
        }
    }

    /** The dictionary of written words, in term order. */
    static List<Word> words(IndexReader reader) throws IOException {
        return words(reader, stem -> {
            try {
                return reader.docFreq(new org.apache.lucene.index.Term(SearchIndex.CONTENT, stem));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The dictionary of written words, in term order.
     *
     * @param contentDocFreq the document frequency of a content term
     */
    static List<Word> words(IndexReader reader, java.util.function.ToIntFunction<String> contentDocFreq) throws IOException {
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
                int df = stem.size() == 1 ? contentDocFreq.applyAsInt(stem.get(0)) : 0;
                if (df > 0) {
                    words.add(new Word(word, df));
                }
            }
        }
        return words;
    }
}
