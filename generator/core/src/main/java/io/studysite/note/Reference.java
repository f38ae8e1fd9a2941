package io.studysite.note;

/**
 * An outgoing reference from a note to another note, heading or file inside the vault.
 *
 * @param target the file part as written, percent-decoded; "" for a link into the same note
 * @param anchor what follows the first '#' ({@code H1#H2}, {@code ^block}), or {@code null}
 * @param line   1-based line of the reference in the note
 * @param column 1-based column
 */
public record Reference(RefKind kind, String target, String anchor, int line, int column) {}
