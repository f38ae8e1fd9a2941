package io.studysite.search;

import io.studysite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Results by note, in Lucene's order, and a respelling's results when the words as typed find nothing. */
class SearchResultsTest {
    @TempDir
    Path tmp;

    private Path build(String... pathsAndTexts) {
        return TestSite.searchIndex(tmp, pathsAndTexts);
    }

    @Test
    void hitsGroupByNoteAtTheRankOfItsBestSectionWithItsBestSectionsUnderneath() {
        Path index = build(
                "Queues.md", "# Queues\n## One\nqueue queue queue\n## Two\nqueue queue\n## Three\nqueue and more words\n"
                        + "## Four\nqueue and many many more other words here\n",
                "Topics.md", "# Topics\n## Fanout\nA queue subscribes to a topic and then some other words to make it long.\n",
                "Streams.md", "# Streams\nA queue queue queue queue.\n");
        List<SearchIndex.Hit> sections = SearchIndex.search(index, SearchQuery.of("queue"), 100);
        SearchResults results = SearchResults.find(index, SearchQuery.of("queue"), 10, true);
        assertThat(results.sections()).isEqualTo(sections.size()).isEqualTo(7);
        assertThat(results.noteCount()).isEqualTo(3);
        // Notes in the order of their best section; each with its best three, in Lucene's order.
        List<String> noteOrder = sections.stream().map(SearchIndex.Hit::note).distinct().toList();
        assertThat(results.notes()).extracting(SearchResults.NoteHit::note).containsExactlyElementsOf(noteOrder);
        SearchResults.NoteHit queues = results.notes().stream().filter(n -> n.note().equals("Queues.md")).findFirst().orElseThrow();
        // Its five: the four sections and its title heading.
        assertThat(queues.matched()).isEqualTo(5);
        assertThat(queues.sections()).extracting(SearchIndex.Hit::doc).containsExactlyElementsOf(
                sections.stream().filter(h -> h.note().equals("Queues.md")).limit(3).map(SearchIndex.Hit::doc).toList());
        assertThat(queues.title()).isEqualTo("Queues");
        assertThat(queues.url()).isEqualTo("queues.html");
        assertThat(queues.sections()).allMatch(h -> !h.place().startsWith("Queues › Queues"));
        // A limit counts notes, not sections.
        assertThat(SearchResults.find(index, SearchQuery.of("queue"), 2, true).notes()).hasSize(2);
    }

    @Test
    void whenNothingMatchesTheRespellingsResultsAreShown() {
        Path index = build("SQS.md", "# SQS\n## Visibility timeout\nA message is hidden while processed.\n");
        SearchResults results = SearchResults.find(index, SearchQuery.of("visibilty timeout"), 10, true);
        assertThat(results.respelt()).isTrue();
        assertThat(results.query()).isEqualTo("visibility timeout");
        assertThat(results.notes()).extracting(SearchResults.NoteHit::title).containsExactly("SQS");
        // As typed: nothing, and the respelling only suggested.
        SearchResults asTyped = SearchResults.find(index, SearchQuery.of("visibilty timeout"), 10, false);
        assertThat(asTyped.notes()).isEmpty();
        assertThat(asTyped.respelt()).isFalse();
        assertThat(asTyped.suggestion()).contains("visibility timeout");
        // A query that matches is never respelt.
        assertThat(SearchResults.find(index, SearchQuery.of("timeout"), 10, true).respelt()).isFalse();
    }
}
