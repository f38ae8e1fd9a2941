package io.studysite.parse;

import com.vladsch.flexmark.util.ast.Document;
import io.studysite.note.Note;

/**
 * A note's model and its flexmark tree. The tree is read-only after parsing; the render stage only
 * attaches its link hook to it.
 */
public record ParsedNote(Note note, Document document) {}
