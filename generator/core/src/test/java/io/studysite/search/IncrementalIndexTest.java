package io.studysite.search;

import io.studysite.services.NoteSubject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dev server's search data after edits is the data a full build of the edited sections ships: every shard
 * file the same, so the browser ranks with the same doc ids, postings, norms and statistics. Only the shards
 * whose data changed are handed back to be written.
 */
class IncrementalIndexTest {
    @TempDir
    Path dir;
    List<Section> sections;
    IncrementalIndex index;
    /** The shard files as the site holds them after each update. */
    Map<String, String> site;

    @BeforeEach
    void fullBuild() {
        sections = sections(600, 0);
        Path built = dir.resolve("built");
        SearchIndex.write(sections, built);
        index = IncrementalIndex.open(sections, built);
        site = new TreeMap<>(SearchShards.of(ExportedIndex.read(built)));
    }

    @Test
    void aSectionEditedInPlaceRewritesOnlyTheShardsItsWordsAreIn() {
        sections.set(300, withText(sections.get(300), sections.get(300).text() + " lambda glacier"));

        Map<String, String> changed = update();

        assertThat(changed).containsKey("docs-" + chunkOf(300) + ".js").hasSizeLessThan(site.size() / 4);
    }

    @Test
    void sectionsAddedAndRemovedMoveTheLaterDocIdsAsAFullBuildNumbersThem() {
        sections.add(120, section(120_000, 7, new Random(3)));
        sections.add(121, section(120_001, 7, new Random(4)));
        update();

        sections.subList(400, 405).clear();
        update();

        sections.remove(0);
        sections.add(section(9_999, 999, new Random(5)));
        update();
    }

    @Test
    void wordsAndTermsFirstWrittenOrNoLongerWrittenComeAndGoWithTheirShards() {
        sections.set(10, withText(sections.get(10), "zyxomorphic résumés quintessential"));
        update();
        sections.set(10, withText(sections.get(10), "plain words"));
        update();
        List<Section> renamed = new ArrayList<>();
        for (Section s : sections) {
            renamed.add(s.note().equals("notes/n5.md") ? new Section(s.note(), "Renamed five", List.of("Renamed five", "n5"),
                    s.headings(), s.url(), s.anchor(), s.text(), List.of("newtag"), s.subject(), s.covers(), s.mentions()) : s);
        }
        sections = renamed;
        update();
    }

    @Test
    void everySectionRemovedLeavesTheEmptySearchOfAVaultWithoutText() {
        sections = new ArrayList<>();
        update();
        sections = sections(30, 1);
        update();
    }

    /** Updates the index to {@link #sections}, writes what changed and checks the site against a full build. */
    private Map<String, String> update() {
        IncrementalIndex.Update update = index.update(List.copyOf(sections));
        site.putAll(update.changed());
        site.keySet().retainAll(update.files());
        Path fresh = dir.resolve("full-" + System.nanoTime());
        SearchIndex.write(sections, fresh);
        Map<String, String> full = SearchShards.of(ExportedIndex.read(fresh));
        assertThat(site.keySet()).containsExactlyInAnyOrderElementsOf(full.keySet());
        full.forEach((file, script) -> assertThat(site.get(file)).as(file).isEqualTo(script));
        return update.changed();
    }

    private int chunkOf(int doc) {
        String manifest = site.get("manifest.js");
        int perChunk = Integer.parseInt(manifest.replaceAll("(?s).*\"docsPerChunk\":(\\d+).*", "$1"));
        return doc / perChunk;
    }

    private static Section withText(Section s, String text) {
        return new Section(s.note(), s.noteTitle(), s.names(), s.headings(), s.url(), s.anchor(), text, s.tags(),
                s.subject(), s.covers(), s.mentions());
    }

    /** Notes of four sections each, from a small vocabulary with numbered variants: many terms, some in most sections. */
    private static List<Section> sections(int count, long seed) {
        Random random = new Random(seed);
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sections.add(section(i, i / 4, random));
        }
        return sections;
    }

    private static Section section(int i, int note, Random random) {
        String[] words = ("lambda bucket queue stream table cluster function policy role key region zone cache "
                + "topic subscription café naïve résumé snapshot replica shard index gateway route the of").split(" ");
        StringBuilder text = new StringBuilder();
        for (int w = 20 + random.nextInt(60); w > 0; w--) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? random.nextInt(300) : "").append(' ');
        }
        String heading = i % 4 == 0 ? null : words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)];
        return new Section("notes/n" + note + ".md", "Note " + note, List.of("Note " + note, "n" + note),
                heading == null ? List.of() : List.of(heading), "notes/n" + note + ".html" + (heading == null ? "" : "#h" + i),
                heading == null ? "" : "h" + i, text.toString().strip(), List.of("tag" + note % 7), NoteSubject.NONE, List.of(), List.of());
    }
}
