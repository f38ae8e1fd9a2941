package io.studysite.markdown;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Removes Obsidian comments before parsing: {@code %%inline%%}, multi-line {@code %%…%%} blocks, and,
 * as in Obsidian, everything after an unclosed {@code %%}. Comments never reach the syntax tree, so
 * neither the page nor the search index can show them.
 *
 * <p>Code is left alone: {@code %%} inside a code span, a fenced code block or an indented code block
 * is text. Front matter is left alone too (it is read from the raw text elsewhere). A comment that
 * has started runs to the next {@code %%}, across code and blank lines, as in Obsidian.
 *
 * <p>Every newline is kept, so line numbers stay right. Comment characters are removed rather than
 * replaced by spaces: spaces would add a word break ({@code foo%%x%%bar} reads "foobar" in Obsidian),
 * turn a line into indented code or, at the end of a line, into a hard break. So columns shift on a
 * line that holds a comment, and on such a line whitespace is tidied: a comment that ends its line
 * takes the whitespace before it with it, and a comment at the start of a line the whitespace after
 * it, so the line keeps the indentation it was written with.
 */
public final class ObsidianComments {
    private ObsidianComments() {
    }

    /** The text without comments; the same string when it holds no {@code %%}. */
    public static String strip(String text) {
        if (text.indexOf("%%") < 0) {
            return text;
        }
        return new Scanner(text).run();
    }

    private static final class Scanner {
        private final String text;
        private final int n;
        private final StringBuilder out;

        private boolean inComment;
        /** Fence character ('`' or '~') of the open fenced code block, or 0. */
        private char fenceChar;
        private int fenceLength;
        private int fenceQuoteDepth;
        private int fenceMinIndent;
        /** Content columns of the open list items, innermost on top. */
        private final Deque<Integer> listItems = new ArrayDeque<>();
        private int quoteDepth;
        private boolean previousBlank = true;
        private boolean previousIndentedCode;
        private int afterMarker;
        /** Quote depth of the line where the open comment started. */
        private int commentQuoteDepth;

        Scanner(String text) {
            this.text = text;
            this.n = text.length();
            this.out = new StringBuilder(n);
        }

        String run() {
            int i = frontMatterEnd();
            out.append(text, 0, i);
            boolean lineStart = true;
            while (i < n) {
                if (lineStart && !inComment) {
                    int end = lineEnd(i);
                    if (isCodeLine(i, end)) {
                        out.append(text, i, Math.min(end + 1, n));
                        i = end + 1;
                        continue;
                    }
                }
                if (lineStart && commentQuoteDepth > 0) {
                    // A comment inside a block quote: its lines keep their '>' so the quote goes on.
                    i = copyQuoteMarkers(i, lineEnd(i), commentQuoteDepth);
                }
                lineStart = false;
                if (i >= n) {
                    break;
                }
                char c = text.charAt(i);
                if (inComment) {
                    if (c == '%' && i + 1 < n && text.charAt(i + 1) == '%') {
                        inComment = false;
                        commentQuoteDepth = 0;
                        i = afterComment(i + 2);
                    } else if (c == '\n' || (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')) {
                        stripTrailingBlanks();
                        i = newline(i);
                        lineStart = true;
                    } else {
                        i++;
                    }
                } else if (c == '\\' && i + 1 < n && isAsciiPunctuation(text.charAt(i + 1))) {
                    out.append(c).append(text.charAt(i + 1));
                    i += 2;
                } else if (c == '`') {
                    i = codeSpan(i);
                } else if (c == '%' && i + 1 < n && text.charAt(i + 1) == '%') {
                    inComment = true;
                    commentQuoteDepth = quoteDepth;
                    i += 2;
                } else if (c == '\n') {
                    i = newline(i);
                    lineStart = true;
                } else {
                    out.append(c);
                    i++;
                }
            }
            if (inComment) {
                stripTrailingBlanks(); // an unclosed comment at the end of the note
            }
            return out.toString();
        }

        /** Ends the output line at the newline at {@code i} ("\n" or "\r\n"); returns the next line's start. */
        private int newline(int i) {
            int next = text.charAt(i) == '\r' ? i + 2 : i + 1;
            out.append(text, i, next);
            previousBlank = outputLineBlank(out.length() - (next - i));
            previousIndentedCode = false;
            return next;
        }

        /** After a closing {@code %%} at {@code i - 2}: tidies whitespace, returns where scanning goes on. */
        private int afterComment(int i) {
            int j = i;
            while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            boolean endsLine = j == n || text.charAt(j) == '\n' || text.charAt(j) == '\r';
            if (endsLine) {
                stripTrailingBlanks();
                return j;
            }
            // A comment at the start of a line: the line keeps the indentation written before it.
            return outputLineBlank(out.length()) ? j : i;
        }

        /** A code span starting at the backtick run at {@code i} is copied as is; an unmatched run is text. */
        private int codeSpan(int i) {
            int run = runLength(i, '`');
            int j = i + run;
            while (j < n) {
                char c = text.charAt(j);
                if (c == '`') {
                    int closing = runLength(j, '`');
                    if (closing == run) {
                        out.append(text, i, j + closing);
                        return j + closing;
                    }
                    j += closing;
                } else if (c == '\n') {
                    int next = lineEnd(j + 1);
                    if (isBlank(stripQuotes(j + 1, next), next)) {
                        break; // a code span ends with its paragraph
                    }
                    j++;
                } else {
                    j++;
                }
            }
            out.append(text, i, i + run);
            return i + run;
        }

        /**
         * Whether the line [start, end) is code (fenced or indented), updating the block state. Runs at
         * the start of every line that does not begin inside a comment.
         */
        private boolean isCodeLine(int start, int end) {
            int depth = 0;
            int p = start;
            while (true) {
                int q = p;
                while (q < end && q - p < 3 && text.charAt(q) == ' ') {
                    q++;
                }
                if (q < end && text.charAt(q) == '>') {
                    depth++;
                    p = q + 1;
                    if (p < end && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
                        p++;
                    }
                } else {
                    break;
                }
            }
            boolean blank = isBlank(p, end);
            int indent = indent(p, end);
            int contentStart = skipIndent(p, end);

            if (fenceChar != 0) {
                boolean leftContainer = !blank && (depth < fenceQuoteDepth || indent < fenceMinIndent);
                if (!leftContainer) {
                    if (runLength(contentStart, fenceChar) >= fenceLength
                            && isBlank(contentStart + runLength(contentStart, fenceChar), end)) {
                        fenceChar = 0;
                    }
                    previousBlank = false;
                    previousIndentedCode = false;
                    return true;
                }
                fenceChar = 0; // the quote or list item holding the fence ended, and the fence with it
            }

            if (depth != quoteDepth) {
                quoteDepth = depth;
                listItems.clear();
            }
            if (blank) {
                previousBlank = true;
                previousIndentedCode = false;
                return false;
            }
            int container = listItems.isEmpty() ? 0 : listItems.peek();
            if (indent >= container + 4 && (previousBlank || previousIndentedCode)) {
                previousBlank = false;
                previousIndentedCode = true;
                return true;
            }

            int itemContent = listItemContent(contentStart, end, indent);
            if (itemContent >= 0) {
                while (!listItems.isEmpty() && listItems.peek() > indent) {
                    listItems.pop();
                }
                listItems.push(itemContent);
                contentStart = afterMarker;
                container = itemContent;
            } else if (previousBlank) {
                while (!listItems.isEmpty() && listItems.peek() > indent) {
                    listItems.pop();
                }
                container = listItems.isEmpty() ? 0 : listItems.peek();
            }
            previousBlank = false;
            previousIndentedCode = false;

            char c = contentStart < end ? text.charAt(contentStart) : 0;
            if ((c == '`' || c == '~') && runLength(contentStart, c) >= 3
                    && (c == '~' || text.indexOf('`', contentStart + runLength(contentStart, c)) < 0
                    || text.indexOf('`', contentStart + runLength(contentStart, c)) >= end)) {
                if (itemContent < 0) {
                    // A fence interrupts a paragraph: a fence left of the list item's content ends the item.
                    while (!listItems.isEmpty() && listItems.peek() > indent) {
                        listItems.pop();
                    }
                    container = listItems.isEmpty() ? 0 : listItems.peek();
                }
                fenceChar = c;
                fenceLength = runLength(contentStart, c);
                fenceQuoteDepth = depth;
                fenceMinIndent = container;
                return true;
            }
            return false;
        }

        /**
     * The content column of a list item whose marker starts at {@code contentStart} (column
     * {@code indent}), or -1 when the line is no list item; {@link #afterMarker} is set to the first
     * character after the marker's spaces.
     */
    private int listItemContent(int contentStart, int end, int indent) {
        int q = contentStart;
        if (q >= end) {
            return -1;
        }
        char c = text.charAt(q);
        if (c == '-' || c == '+' || c == '*') {
            q++;
        } else if (c >= '0' && c <= '9') {
            while (q < end && text.charAt(q) >= '0' && text.charAt(q) <= '9') {
                q++;
            }
            if (q - contentStart > 9 || q >= end || (text.charAt(q) != '.' && text.charAt(q) != ')')) {
                return -1;
            }
            q++;
        } else {
            return -1;
        }
        if (q < end && text.charAt(q) != ' ' && text.charAt(q) != '\t' && text.charAt(q) != '\r') {
            return -1;
        }
        int markerEnd = indent + (q - contentStart);
        afterMarker = skipIndent(q, end);
        int spaces = indent(q, end);
        // An empty first line, or more than four spaces ("-     code": one space, then indented code).
        return isBlank(q, end) || spaces > 4 ? markerEnd + 1 : markerEnd + spaces;
    }

    private int frontMatterEnd() {
            if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
                return 0;
            }
            int from = text.indexOf('\n') + 1;
            while (from > 0 && from < n) {
                int next = text.indexOf('\n', from);
                String line = (next < 0 ? text.substring(from) : text.substring(from, next)).stripTrailing();
                if (line.equals("---") || line.equals("...")) {
                    return next < 0 ? n : next + 1;
                }
                from = next < 0 ? -1 : next + 1;
            }
            return 0;
        }

        private int lineEnd(int i) {
            int end = text.indexOf('\n', i);
            return end < 0 ? n : end;
        }

        private int runLength(int i, char c) {
            int j = i;
            while (j < n && text.charAt(j) == c) {
                j++;
            }
            return j - i;
        }

        /** Copies up to {@code depth} block-quote markers at {@code start} to the output; returns the index after them. */
        private int copyQuoteMarkers(int start, int end, int depth) {
            int p = start;
            for (int d = 0; d < depth; d++) {
                int q = p;
                while (q < end && q - p < 3 && text.charAt(q) == ' ') {
                    q++;
                }
                if (q >= end || text.charAt(q) != '>') {
                    break;
                }
                p = q + 1;
                if (p < end && text.charAt(p) == ' ') {
                    p++;
                }
            }
            out.append(text, start, p);
            return p;
        }

        /** Skips the block-quote markers at the start of the line [start, end). */
        private int stripQuotes(int start, int end) {
            int p = start;
            while (true) {
                int q = p;
                while (q < end && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
                    q++;
                }
                if (q < end && text.charAt(q) == '>') {
                    p = q + 1;
                } else {
                    return p;
                }
            }
        }

        private boolean isBlank(int from, int end) {
            for (int i = from; i < end; i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\t' && c != '\r') {
                    return false;
                }
            }
            return true;
        }

        /** Columns of leading whitespace from {@code from}, tabs to the next multiple of 4. */
        private int indent(int from, int end) {
            int column = 0;
            for (int i = from; i < end; i++) {
                char c = text.charAt(i);
                if (c == ' ') {
                    column++;
                } else if (c == '\t') {
                    column += 4 - column % 4;
                } else {
                    break;
                }
            }
            return column;
        }

        private int skipIndent(int from, int end) {
            int i = from;
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            return i;
        }

        /** Whether the output line ending at {@code end} holds only whitespace and quote markers. */
        private boolean outputLineBlank(int end) {
            for (int i = end - 1; i >= 0; i--) {
                char c = out.charAt(i);
                if (c == '\n') {
                    return true;
                }
                if (c != ' ' && c != '\t' && c != '\r' && c != '>') {
                    return false;
                }
            }
            return true;
        }

        private void stripTrailingBlanks() {
            int len = out.length();
            while (len > 0 && (out.charAt(len - 1) == ' ' || out.charAt(len - 1) == '\t')) {
                len--;
            }
            out.setLength(len);
        }

        private static boolean isAsciiPunctuation(char c) {
            return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
        }
    }
}
