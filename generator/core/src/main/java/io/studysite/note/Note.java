package io.studysite.note;

import io.studysite.config.Dialect;
import io.studysite.vault.VaultPath;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the parse stage knows about a note, independent of how it will be rendered.
 *
 * @param file       the file on disk, for diagnostics
 * @param properties the front matter as parsed YAML (keys in file order)
 * @param blockIds   the ids of its {@code ^id}-marked blocks, without '^'
 * @param htmlAnchors the {@code id} and {@code name} attributes of its raw HTML: anchors links may name
 */
public record Note(VaultPath path, Path file, Dialect dialect, String title, List<String> tags,
                   List<String> aliases, Map<String, Object> properties, List<Heading> headings,
                   Set<String> blockIds, List<Reference> references, Set<String> htmlAnchors) {
    public Note {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        headings = List.copyOf(headings);
        blockIds = Set.copyOf(blockIds);
        references = List.copyOf(references);
        htmlAnchors = Set.copyOf(htmlAnchors);
    }

    /** The same note under another title (the vault decides where titles come from, after parsing). */
    public Note withTitle(String newTitle) {
        return new Note(path, file, dialect, newTitle, tags, aliases, properties, headings, blockIds, references, htmlAnchors);
    }

    /** The note's name as wikilinks write it: the file name without {@code .md}. */
    public String name() {
        return path.stem();
    }
}
