package io.studysite.vault;

/**
 * Line endings as every later stage expects them: CommonMark counts {@code \r\n}, {@code \n} and a lone {@code \r}
 * (old Mac files, some exports) each as one line ending, and so does Obsidian; the front matter reader, Liquid,
 * callouts and line numbers in diagnostics only need to know {@code \n} once notes are read this way.
 */
final class LineEndings {
    private LineEndings() {}

    /** {@code text} with each {@code \r\n} and each lone {@code \r} written as {@code \n}; line and column stay. */
    static String normalized(String text) {
        int cr = text.indexOf('\r');
        if (cr < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, cr);
        for (int i = cr; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
