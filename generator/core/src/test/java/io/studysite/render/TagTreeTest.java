package io.studysite.render;

import io.studysite.config.Dialect;
import io.studysite.diag.Diagnostics;
import io.studysite.link.SiteAddresses;
import io.studysite.note.Note;
import io.studysite.vault.VaultPath;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The tag tree's cost grows with the number of tags, not with its square. */
class TagTreeTest {
    @Test
    void aNoteWithTensOfThousandsOfTagsIsListedInLinearTime() {
        List<String> tags = IntStream.range(0, 80_000).mapToObj(i -> "t" + i + "/c" + i).toList();
        Note note = new Note(VaultPath.of("Tags.md"), Path.of("Tags.md"), Dialect.OBSIDIAN, "Tags", tags,
                List.of(), Map.of(), List.of(), Set.of(), List.of(), Set.of());

        // A correctness bound against the minutes this took, not a performance measurement.
        TagTree tree = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> TagTree.of(List.of(note), SiteAddresses.of(Set.of(), new Diagnostics())));

        assertThat(tree.all()).hasSize(160_000);
        assertThat(tree.get("t7").children()).containsExactly("t7/c7");
        assertThat(tree.get("t7/c7").notes()).containsExactly(note);
    }
}
