package io.studysite.parse;

import com.vladsch.flexmark.util.ast.Document;
import io.studysite.markdown.HeadingIds;
import io.studysite.markdown.MarkdownEngine;
import io.studysite.vault.NoteSource;

import java.lang.ref.SoftReference;

/**
 * A note's flexmark tree, held softly: a tree takes about 13 bytes of heap per byte of Markdown, so a large vault's
 * trees do not all fit the heap the launcher gives. The collector drops trees when the heap runs short, and
 * {@link #document()} parses the note again (the same text, the same heading ids), so a small vault is parsed once
 * and a large one builds within a bounded heap at the cost of parsing some notes twice.
 */
public final class NoteTree {
    private final MarkdownEngine engine;
    private final NoteSource source;
    private volatile SoftReference<Document> kept;

    /** @param source the text {@code document} was parsed from (for a note that cannot be shown, its notice) */
    NoteTree(MarkdownEngine engine, NoteSource source, Document document) {
        this.engine = engine;
        this.source = source;
        this.kept = new SoftReference<>(document);
    }

    /** The tree, as parsed; read-only apart from the render stage's link hook. */
    public Document document() {
        Document document = kept.get();
        if (document == null) {
            document = engine.parse(source.text(), source.dialect());
            HeadingIds.assign(document);
            kept = new SoftReference<>(document);
        }
        return document;
    }
}
