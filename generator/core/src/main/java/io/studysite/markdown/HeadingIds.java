package io.studysite.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import io.studysite.note.Slug;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every heading of a document a readable id, unique on the page ("ec2", "ec2-1", …), set on
 * the flexmark node before rendering so the renderer keeps it and links agree with it. Ids the page
 * uses for other things ({@link PageIds}) are never taken.
 */
public final class HeadingIds {
    private HeadingIds() {}

    /** Assigns ids in document order and returns the headings with their ids. */
    public static List<io.studysite.note.Heading> assign(Document document) {
        Map<String, Integer> seen = new HashMap<>();
        List<io.studysite.note.Heading> headings = new ArrayList<>();
        // As a String: a flexmark sequence checks bounds and resolves its base on every charAt.
        LineCounter lines = new LineCounter(Sequences.string(document.getChars()));
        for (var node : document.getDescendants()) {
            if (!(node instanceof Heading heading)) {
                continue;
            }
            String text = PlainText.of(heading);
            String base = Slug.of(text);
            if (base.isEmpty()) {
                base = "section";
            } else if (PageIds.isTaken(base)) {
                // "Sidebar" must not land on the theme's sidebar: the heading gets a name of its own.
                base = base + "-section";
            }
            int n = seen.merge(base, 1, Integer::sum);
            String id = n == 1 ? base : base + "-" + (n - 1);
            while (n > 1 && seen.containsKey(id)) {
                id = base + "-" + (n++);
            }
            seen.putIfAbsent(id, 1);
            heading.setAnchorRefId(id);
            headings.add(new io.studysite.note.Heading(heading.getLevel(), text, id, lines.lineOf(heading.getStartOffset())));
        }
        return headings;
    }

    /**
     * 1-based lines of increasing offsets, counted on from the last one. flexmark's own line number scans the text
     * from its start for each node, which made a long note's headings cost its length each.
     */
    private static final class LineCounter {
        private final String text;
        private int offset;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineOf(int target) {
            for (; offset < target; offset++) {
                char c = text.charAt(offset);
                // \r\n, \n and a lone \r each end a line, as flexmark counts them.
                if (c == '\n' || (c == '\r' && (offset + 1 >= text.length() || text.charAt(offset + 1) != '\n'))) {
                    line++;
                }
            }
            return line;
        }
    }
}
