package io.studysite.markdown;

import io.studysite.note.Heading;
import io.studysite.note.PercentEncoding;

import java.util.ArrayList;
import java.util.List;

/** A nested list of a note's headings, linking to their anchors; the same markup inline and beside the page. */
public final class TableOfContents {
    private TableOfContents() {}

    private record Entry(Heading heading, List<Entry> children) {}

    /** {@code <ul>} of links, or "" when the note has no heading. Text is HTML-escaped. */
    public static String html(List<Heading> headings) {
        List<Entry> roots = new ArrayList<>();
        List<Entry> stack = new ArrayList<>();
        for (Heading h : headings) {
            Entry entry = new Entry(h, new ArrayList<>());
            while (!stack.isEmpty() && stack.get(stack.size() - 1).heading.level() >= h.level()) {
                stack.remove(stack.size() - 1);
            }
            (stack.isEmpty() ? roots : stack.get(stack.size() - 1).children).add(entry);
            stack.add(entry);
        }
        if (roots.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        list(roots, out);
        return out.toString();
    }

    private static void list(List<Entry> entries, StringBuilder out) {
        out.append("<ul>");
        for (Entry e : entries) {
            out.append("<li><a href=\"#").append(PercentEncoding.encode(e.heading.id())).append("\">")
                    .append(escape(e.heading.text())).append("</a>");
            if (!e.children.isEmpty()) {
                list(e.children, out);
            }
            out.append("</li>");
        }
        out.append("</ul>");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
