package io.studysite.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A query's results as readers see them: by note, each note at the rank of its best section, with its
 * best {@link #SECTIONS_PER_NOTE} sections in Lucene's order. When nothing matches and the notes' words
 * respell the query, the respelling's results instead. The search box and page group the same way.
 *
 * @param query     the text the results are for: the query, or its respelling
 * @param respelt   whether {@code query} is a respelling of what was asked (nothing matched that)
 * @param suggestion a respelling that was not run (respelling was turned off), for "did you mean"
 * @param sections  how many sections match
 * @param noteCount how many notes match
 * @param notes     the first notes, best first
 */
public record SearchResults(String query, boolean respelt, Optional<String> suggestion, int sections, int noteCount,
                            List<NoteHit> notes) {
    public static final int SECTIONS_PER_NOTE = 3;

    /** A note among the results: its best sections, and how many of its sections match. */
    public record NoteHit(String note, String title, String url, List<SearchIndex.Hit> sections, int matched) {
        public float score() {
            return sections.get(0).score();
        }
    }

    /**
     * @param notes   at most this many notes
     * @param respell run the respelling when nothing matches (otherwise only suggest it)
     */
    public static SearchResults find(Path folder, SearchQuery query, int notes, boolean respell) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no search index at " + folder);
        }
        try (Directory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            SearchResults found = find(searcher, query.completingUnknownLastWord(reader), notes);
            if (found.sections() > 0) {
                return found;
            }
            Optional<String> respelling = Suggestion.of(reader, query.completingUnknownLastWord(reader));
            if (respelling.isEmpty() || !respell) {
                return new SearchResults(query.text(), false, respelling, 0, 0, List.of());
            }
            SearchQuery other = new SearchQuery(respelling.get(), query.services(), query.tags(), query.lastWordIsPrefix());
            SearchResults shown = find(searcher, other.completingUnknownLastWord(reader), notes);
            return new SearchResults(other.text(), true, Optional.empty(), shown.sections(), shown.noteCount(), shown.notes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index " + folder, e);
        }
    }

    private static SearchResults find(IndexSearcher searcher, SearchQuery query, int notes) throws IOException {
        TopDocs all = searcher.search(query.toLucene(searcher.getIndexReader()), Math.max(1, searcher.getIndexReader().maxDoc()));
        Map<String, List<ScoreDoc>> byNote = new LinkedHashMap<>();
        for (ScoreDoc sd : all.scoreDocs) {
            Document doc = searcher.storedFields().document(sd.doc, Set.of("note"));
            byNote.computeIfAbsent(doc.get("note"), n -> new ArrayList<>()).add(sd);
        }
        List<NoteHit> shown = new ArrayList<>();
        for (Map.Entry<String, List<ScoreDoc>> note : byNote.entrySet()) {
            if (shown.size() == notes) {
                break;
            }
            List<SearchIndex.Hit> best = new ArrayList<>();
            for (ScoreDoc sd : note.getValue().subList(0, Math.min(SECTIONS_PER_NOTE, note.getValue().size()))) {
                best.add(SearchIndex.hit(searcher, sd, query));
            }
            String url = best.get(0).url();
            shown.add(new NoteHit(note.getKey(), best.get(0).title(), url.contains("#") ? url.substring(0, url.indexOf('#')) : url,
                    best, note.getValue().size()));
        }
        return new SearchResults(query.text(), false, Optional.empty(), all.scoreDocs.length, byNote.size(), shown);
    }
}
