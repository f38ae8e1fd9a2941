package io.studysite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.sinks.TeeSinkTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;

import io.studysite.output.OutputFolder;
import io.studysite.services.Service;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;

/**
 * The build-time Lucene index: one document per section, analysed by EnglishAnalyzer's chain with accents
 * folded ({@link AccentFolding}) and ranked by
 * Lucene's default BM25. It lives beside the site (not in it) and the CLI searches it; the browser
 * replays the same ranking from data exported from it.
 */
public final class SearchIndex {
    static final String CONTENT = SearchField.CONTENT.field();
    static final String TAG = "tag";
    static final String SERVICE = "service";
    /** The services a section is about, then those it mentions (stored): what results show. */
    static final String SERVICES = "services";
    /** The services a section is about (stored): what the service filter keeps. */
    static final String COVERED = "covered";
    /** The words of the content as written (lower-cased, not stemmed): the dictionary "did you mean" picks from. */
    static final String WORD = "word";
    private static final FieldType WORDS = wordsType();
    private static final FieldType PAIRS = pairsType();
    private static final FieldType NAMES = namesType();

    private SearchIndex() {}

    /** Where the index of a site in {@code siteFolder} is kept: a hidden sibling, never published. */
    public static Path folderFor(Path siteFolder) {
        Path site = OutputFolder.realPath(siteFolder);
        return site.resolveSibling("." + site.getFileName() + ".search-index");
    }

    /**
     * Writes a fresh index of the sections into {@code folder}, which must be empty or absent. It is
     * built in memory and copied out once finished: a build artifact needs neither Lucene's fsyncs
     * nor the disk writes of merging. Large vaults are indexed in consecutive runs of sections on
     * every core, then joined in order: the same documents, doc ids and statistics as one writer's.
     */
    public static void write(List<Section> sections, Path folder) {
        write(sections, folder, (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(),
                sections.size() / SECTIONS_PER_PART)));
    }

    /** @param parts how many runs of sections to index side by side */
    static void write(List<Section> sections, Path folder, int parts) {
        try (Directory memory = new ByteBuffersDirectory()) {
            if (parts == 1) {
                index(sections, memory);
            } else {
                join(indexInParts(sections, parts), memory);
            }
            try (Directory disk = FSDirectory.open(folder)) {
                for (String file : memory.listAll()) {
                    disk.copyFrom(memory, file, file, IOContext.DEFAULT);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index " + folder, e);
        }
    }

    /** Below this many sections per core, one writer is as quick. */
    private static final int SECTIONS_PER_PART = 2_000;

    /** The sections in their order: segments as the writer flushes them, in doc id order, never merged. */
    static void index(List<Section> sections, Directory into) throws IOException {
        try (Analyzer pairs = analyzer(); IndexWriter writer = new IndexWriter(into, config())) {
            for (Section section : sections) {
                writer.addDocument(document(section, pairs));
            }
        }
    }

    /** {@code parts} consecutive runs of the sections, each indexed into its own directory on its own thread. */
    private static List<Directory> indexInParts(List<Section> sections, int parts) throws IOException {
        List<Directory> pieces = new ArrayList<>();
        List<java.util.concurrent.CompletableFuture<Void>> work = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            List<Section> run = sections.subList(sections.size() * p / parts, sections.size() * (p + 1) / parts);
            Directory piece = new ByteBuffersDirectory();
            pieces.add(piece);
            work.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    index(run, piece);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, runnable -> new Thread(runnable, "studysite-search-" + pieces.size()).start()));
        }
        try {
            for (var done : work) {
                done.join();
            }
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
        return pieces;
    }

    /** The pieces' segments as one index, in the pieces' order: their files are copied, not merged. */
    private static void join(List<Directory> pieces, Directory into) throws IOException {
        try (IndexWriter writer = new IndexWriter(into, config())) {
            writer.addIndexes(pieces.toArray(Directory[]::new));
        } finally {
            for (Directory piece : pieces) {
                piece.close();
            }
        }
    }

    /**
     * Segments are never merged: doc ids follow the order sections were added in (a note's sections stay
     * consecutive) across the segments a large vault flushes, and merging them into one, which rewrote every
     * posting two or three times, changes neither the ids nor any statistic the search ranks with.
     */
    private static IndexWriterConfig config() {
        return new IndexWriterConfig(analyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setMergePolicy(NoMergePolicy.INSTANCE).setUseCompoundFile(false);
    }

    /** The sections matching a query, best first, as Lucene's IndexSearcher ranks them. */
    public static List<Hit> search(Path folder, SearchQuery query, int limit) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no search index at " + folder);
        }
        try (Directory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            query = query.completingUnknownLastWord(reader);
            TopDocs top = searcher.search(query.toLucene(reader), Math.max(1, limit));
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(hit(searcher, sd, query));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index " + folder, e);
        }
    }

    /** One result as shown, its snippet around the words of {@code query} (settled: see {@link SearchQuery#completingUnknownLastWord}). */
    static Hit hit(IndexSearcher searcher, ScoreDoc sd, SearchQuery query) throws IOException {
        Document doc = searcher.storedFields().document(sd.doc);
        String text = doc.get("text");
        return new Hit(sd.doc, sd.score, Section.place(doc.get("title"), List.of(doc.getValues("heading"))), doc.get("url"), doc.get("note"),
                Snippet.around(text, query.terms(), query.prefix().orElse(null)), Arrays.asList(doc.getValues(TAG)),
                Arrays.asList(doc.getValues(SERVICES)), doc.get("title"), Section.shownHeadings(doc.get("title"), List.of(doc.getValues("heading"))));
    }

    /** A respelling of the query from words the notes use, for when it matches nothing; see {@link Suggestion}. */
    public static java.util.Optional<String> suggest(Path folder, SearchQuery query) {
        try (Directory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            return Suggestion.of(reader, query.completingUnknownLastWord(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index " + folder, e);
        }
    }

    /**
     * The analyzer of both the index and queries: EnglishAnalyzer's chain (standard tokenizer, possessives,
     * lower case, stop words, Porter stemmer) with accents folded after lower-casing.
     */
    public static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(surfaceWords(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new AccentFolding(new LowerCaseFilter(in));
            }
        };
    }

    /** The analyzer's chain without the stemmer: the words a reader would recognise. */
    static Analyzer surfaceAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, surfaceWords(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new AccentFolding(new LowerCaseFilter(in));
            }
        };
    }

    private static TokenStream surfaceWords(StandardTokenizer source) {
        return new StopFilter(new AccentFolding(new LowerCaseFilter(new EnglishPossessiveFilter(source))),
                EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    }

    private static FieldType wordsType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.setTokenized(true);
        type.freeze();
        return type;
    }

    /** Each value of a pair is one term with its frequency and the field's length norm. */
    private static FieldType pairsType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(false);
        type.freeze();
        return type;
    }

    /** Each analysed word of a note's names once, without a length norm. */
    private static FieldType namesType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(false);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /** @param analyzer the analyzer that makes the word pairs of the names and headings */
    private static Document document(Section section, Analyzer analyzer) {
        Document doc = new Document();
        // The body keeps its heading path, so a phrase may run from a heading into the text; the
        // names and headings are searched again in their own boosted fields (see SearchField).
        String content = content(section.headings(), section.text());
        // Sections are normalised already (SearchText) when they are cut.
        // One pass of the tokenizer feeds both fields: the words as written, then their stems
        // (EnglishAnalyzer's chain, split before its stemmer). Content is consumed first, filling the sink.
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(content));
        TeeSinkTokenFilter written = new TeeSinkTokenFilter(surfaceWords(tokenizer));
        TokenStream stems = new PorterStemFilter(written);
        // The sink copies the attributes there are when it is made: after the stemmer has added its own.
        TokenStream words = written.newSinkTokenStream();
        doc.add(new Field(CONTENT, stems, TextField.TYPE_NOT_STORED));
        doc.add(new Field(WORD, words, WORDS));
        // A note is named by a word or it is not: each word of its names counts once, and without a length
        // norm, so "What is AWS Lambda?" names Lambda as much as "Lambda permissions" (whose file name,
        // lambda-permissions, would otherwise count the word twice); the text and headings decide between them.
        Set<String> named = new LinkedHashSet<>();
        section.names().forEach(name -> named.addAll(SearchQuery.analyse(analyzer, name)));
        for (String word : named) {
            doc.add(new Field(SearchField.TITLE.field(), word, NAMES));
        }
        for (String heading : section.headings()) {
            doc.add(new Field(SearchField.HEADING.field(), heading, TextField.TYPE_NOT_STORED));
        }
        // Pairs are taken within one name or heading, never across two.
        for (String value : java.util.stream.Stream.concat(section.names().stream(), section.headings().stream()).toList()) {
            for (String pair : SearchField.pairs(SearchQuery.analyse(analyzer, value))) {
                doc.add(new Field(SearchField.PAIR.field(), pair, PAIRS));
            }
        }
        doc.add(new StoredField("text", section.text()));
        doc.add(new StoredField("title", section.noteTitle()));
        for (String heading : section.headings()) {
            doc.add(new StoredField("heading", heading));
        }
        doc.add(new StoredField("url", section.url()));
        doc.add(new StoredField("note", section.note()));
        // Filters match any case; results show the names as written.
        for (String tag : section.tags()) {
            doc.add(new StringField(TAG, tag.toLowerCase(Locale.ROOT), Field.Store.NO));
            doc.add(new StoredField(TAG, tag));
        }
        // A service filter takes the catalog id or the short name, and keeps the sections about the service:
        // a passing mention does not make a section one to read on it. Results show mentions too.
        for (Service service : section.covers()) {
            doc.add(new StringField(SERVICE, service.id(), Field.Store.NO));
            doc.add(new StringField(SERVICE, service.shortName().toLowerCase(Locale.ROOT), Field.Store.NO));
            doc.add(new StoredField(COVERED, service.shortName()));
        }
        for (Service service : section.services()) {
            doc.add(new StoredField(SERVICES, service.shortName()));
        }
        return doc;
    }

    /** The searched text of a section: its heading path, then its text. The browser rebuilds it the same way for phrases. */
    static String content(List<String> headings, String text) {
        return String.join("\n", headings) + "\n" + text;
    }

    /** One ranked result. {@code doc} is Lucene's doc id, the tie-breaker of equal scores. */
    public record Hit(int doc, float score, String place, String url, String note, String snippet,
                      List<String> tags, List<String> services, String title, List<String> shownHeadings) {}
}
