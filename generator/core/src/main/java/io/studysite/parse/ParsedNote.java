package io.studysite.parse;

import com.vladsch.flexmark.util.ast.Document;
import io.studysite.markdown.Tag;
import io.studysite.note.Note;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A note's model and its flexmark tree. The tree is read-only after parsing; the render stage only
 * attaches its link hook to it.
 */
public record ParsedNote(Note note, Document document) {

    /** {@code publish: false} and {@code draft: true} notes are left out everywhere. */
    public boolean isPublished() {
        Map<String, Object> p = note.properties();
        return !"false".equalsIgnoreCase(String.valueOf(p.get("publish")))
                && !"true".equalsIgnoreCase(String.valueOf(p.get("draft")));
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
