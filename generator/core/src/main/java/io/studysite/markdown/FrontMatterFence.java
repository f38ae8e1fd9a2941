package io.studysite.markdown;

import java.util.regex.Pattern;

/**
 * Where a note's YAML front matter is: from a first line {@code ---} to the next line {@code ---} or {@code ...}.
 * A fence that never closes opens no front matter: Obsidian shows it as a rule followed by the rest of the note.
 */
public final class FrontMatterFence {
    /** What flexmark's YAML extension takes for an opening fence; it would swallow the whole note if none closes. */
    private static final Pattern FLEXMARK_OPENING = Pattern.compile("-{3}(\\s.*)?");

    private FrontMatterFence() {}

    /** Offset of the line that closes the front matter, or -1 when the note has none. */
    public static int closingLine(String text) {
        if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
            return -1;
        }
        int from = text.indexOf('\n') + 1;
        while (from > 0 && from < text.length()) {
            int next = text.indexOf('\n', from);
            String line = (next < 0 ? text.substring(from) : text.substring(from, next)).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return from;
            }
            from = next < 0 ? -1 : next + 1;
        }
        return -1;
    }

    /**
     * The text, with a first line that flexmark would open front matter at, but that opens none, written as
     * the thematic break {@code ***} instead: same length, so every offset stays where it was.
     */
    static String withoutUnclosedFence(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (FLEXMARK_OPENING.matcher(first).matches() && closingLine(text) < 0) {
            return "***" + text.substring(3);
        }
        return text;
    }
}
