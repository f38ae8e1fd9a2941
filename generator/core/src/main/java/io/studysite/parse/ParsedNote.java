package io.studysite.parse;

import com.vladsch.flexmark.util.ast.Document;
import io.studysite.note.Note;

import java.util.Map;

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
}
