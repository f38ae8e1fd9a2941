package io.studysite.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.studysite.config.Dialect;
import io.studysite.vault.VaultPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoteTest {

    @Test
    void nameIsTheFileNameWithoutExtension() {
        Note note = new Note(VaultPath.of("AWS/EC2 Basics.md"), Path.of("content/AWS/EC2 Basics.md"), Dialect.OBSIDIAN,
                "Elastic Compute Cloud", List.of(), List.of(), Map.of(), List.of(), java.util.Set.of(), List.of(), java.util.Set.of());

        assertThat(note.name()).isEqualTo("EC2 Basics");
        assertThat(note.title()).isEqualTo("Elastic Compute Cloud");
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<String> tags = new ArrayList<>(List.of("aws"));
        List<Heading> headings = new ArrayList<>(List.of(new Heading(1, "EC2", "ec2", 1)));
        List<Reference> refs = new ArrayList<>(List.of(new Reference(RefKind.WIKILINK, "S3", null, 3, 5)));
        Note note = new Note(VaultPath.of("EC2.md"), Path.of("EC2.md"), Dialect.OBSIDIAN, "EC2", tags,
                List.of("Compute"), Map.of(), headings, java.util.Set.of(), refs, java.util.Set.of());
        tags.add("later");
        headings.clear();
        refs.clear();

        assertThat(note.tags()).containsExactly("aws");
        assertThat(note.headings()).extracting(Heading::id).containsExactly("ec2");
        assertThat(note.references()).extracting(Reference::target).containsExactly("S3");
        assertThatThrownBy(() -> note.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> note.aliases().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void embedsAreEmbedAndImageReferences() {
        assertThat(RefKind.EMBED.isEmbed()).isTrue();
        assertThat(RefKind.MARKDOWN_IMAGE.isEmbed()).isTrue();
        assertThat(RefKind.WIKILINK.isEmbed()).isFalse();
        assertThat(RefKind.MARKDOWN_LINK.isEmbed()).isFalse();
    }
}
