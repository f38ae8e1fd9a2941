package io.studysite.search;

import io.studysite.services.NoteSubject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vault indexed in runs of sections on several threads ships the same search data as one writer: the same
 * sections at the same doc ids, the same terms, postings, norms and statistics, so the same shards.
 */
class SearchIndexPartsTest {
    @Test
    void indexingInPartsShipsTheSameShards(@TempDir Path dir) {
        List<Section> sections = sections(3_000);
        SearchIndex.write(sections, dir.resolve("one"), 1);
        SearchIndex.write(sections, dir.resolve("three"), 3);

        ExportedIndex one = ExportedIndex.read(dir.resolve("one"));
        ExportedIndex three = ExportedIndex.read(dir.resolve("three"));

        assertThat(three.docs()).isEqualTo(one.docs());
        assertThat(three.docs().get(1234).url()).isEqualTo(sections.get(1234).url());
        assertThat(SearchShards.of(three)).isEqualTo(SearchShards.of(one));
    }

    /** Notes of a few sections each, with enough words that Lucene flushes several segments per writer. */
    private static List<Section> sections(int count) {
        Random random = new Random(17);
        String[] words = ("lambda bucket queue stream table cluster function policy role key region zone cache "
                + "topic subscription café naïve résumé snapshot replica shard index gateway route").split(" ");
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int note = i / 4;
            StringBuilder text = new StringBuilder();
            for (int w = 40 + random.nextInt(200); w > 0; w--) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(50) == 0 ? i : "").append(' ');
            }
            String heading = i % 4 == 0 ? null : words[random.nextInt(words.length)] + " " + (i % 4);
            sections.add(new Section("notes/n" + note + ".md", "Note " + note, List.of("Note " + note, "n" + note),
                    heading == null ? List.of() : List.of(heading), "notes/n" + note + ".html" + (heading == null ? "" : "#h" + i),
                    heading == null ? "" : "h" + i, text.toString().strip(), List.of("tag" + note % 7), NoteSubject.NONE, List.of(), List.of()));
        }
        return sections;
    }
}
