package io.studysite.parse;

import java.util.Optional;

/**
 * What a note may reach before it is parsed: checks that read the text once, so a note the parser would spend
 * minutes on is refused in a moment. Real notes stay far below both (the largest of 1,100 real notes is 242 KB,
 * the deepest list 12 levels).
 */
final class NoteLimits {
    /** Characters of a note: a long book chapter is 1 MB; past this the page alone would be too large to read. */
    static final int MAX_CHARS = 16 << 20;
    /**
     * Spaces and tabs before the text of a line. flexmark reads a line's indentation again for every list or
     * quote level it is in, so an indented list costs its depth times its size: this keeps that factor small
     * while a 500-level list (998 spaces) is still shown.
     */
    static final int MAX_INDENT = 1_000;

    private NoteLimits() {}

    /** Why the note is over a limit, or empty when it is not. */
    static Optional<String> exceeded(String text) {
        if (text.length() > MAX_CHARS) {
            return Optional.of(String.format("it is %,d characters long; studysite shows notes up to %,d", text.length(), MAX_CHARS));
        }
        int line = 1;
        for (int start = 0; start < text.length(); line++) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int indent = 0;
            while (start + indent < end && (text.charAt(start + indent) == ' ' || text.charAt(start + indent) == '\t')) {
                indent++;
            }
            if (indent > MAX_INDENT) {
                return Optional.of(String.format("line %,d is indented more than %,d spaces; studysite shows lines indented up to %,d",
                        line, MAX_INDENT, MAX_INDENT));
            }
            int depth = openedDepth(text, start + indent, end);
            if (depth > NoteGuard.MAX_DEPTH) {
                return Optional.of(String.format("line %,d opens lists or quotes %,d levels deep; studysite shows notes up to %,d levels",
                        line, depth, NoteGuard.MAX_DEPTH));
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /**
     * Levels of the syntax tree that the list markers and quote marks at the start of a line open: two per list
     * item (list and item), one per quote. flexmark takes time that grows with the square of a line's markers,
     * so a line of 20,000 {@code - } is refused here rather than after minutes of parsing.
     */
    private static int openedDepth(String text, int i, int end) {
        int depth = 0;
        while (i < end) {
            char c = text.charAt(i);
            int next;
            if (c == '>') {
                depth++;
                next = i + 1;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && isBlank(text.charAt(i + 1))) {
                depth += 2;
                next = i + 1;
            } else if (Character.isDigit(c)) {
                next = i;
                while (next < end && next - i < 9 && Character.isDigit(text.charAt(next))) {
                    next++;
                }
                if (next + 1 >= end || (text.charAt(next) != '.' && text.charAt(next) != ')') || !isBlank(text.charAt(next + 1))) {
                    return depth;
                }
                depth += 2;
                next++;
            } else {
                return depth;
            }
            i = next;
            while (i < end && isBlank(text.charAt(i))) {
                i++;
            }
        }
        return depth;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
