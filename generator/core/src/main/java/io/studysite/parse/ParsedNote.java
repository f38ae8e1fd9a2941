package io.studysite.parse;

import com.vladsch.flexmark.util.ast.Document;
import io.studysite.markdown.Tag;
import io.studysite.note.Note;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A note's model and its flexmark tree. The tree is read-only after parsing; the render stage only
 * attaches its link hook to it. The model stays for the whole build; the tree may be dropped and parsed again
 * ({@link NoteTree}).
 */
public record ParsedNote(Note note, NoteTree tree) {

    /** The note's flexmark tree: the one parsed, or the same parsed again when the heap ran short. */
    public Document document() {
        return tree.document();
    }

    /** The same tree under another model (the vault decides titles after parsing). */
    public ParsedNote withNote(Note other) {
        return new ParsedNote(other, tree);
    }

    /** {@code publish: false} and {@code draft: true} notes are left out everywhere. */
    public boolean isPublished() {
        return unpublishedBy().isEmpty();
    }

    /** The property that leaves the note out of the site, as written: {@code publish: false} or {@code draft: true}. */
    public Optional<String> unpublishedBy() {
        Map<String, Object> p = note.properties();
        if ("false".equalsIgnoreCase(String.valueOf(p.get("publish")))) {
            return Optional.of("publish: false");
        }
        return "true".equalsIgnoreCase(String.valueOf(p.get("draft"))) ? Optional.of("draft: true") : Optional.empty();
    }

    /**
     * The keys ({@link Tag#key}) of the tags its {@code tags} property names: the note's page lists those, as Obsidian's
     * properties do, while inline tags show where they are written.
     */
    public Set<String> propertyTagKeys() {
        return FrontMatter.list(note.properties(), "tags", "tag").stream()
                .map(tag -> Tag.key(tag.startsWith("#") ? tag.substring(1) : tag))
                .collect(Collectors.toUnmodifiableSet());
    }
}
