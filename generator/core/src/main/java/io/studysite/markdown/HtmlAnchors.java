package io.studysite.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchors a note's raw HTML defines: every {@code id} and {@code name} attribute of its inline and block HTML,
 * as in {@code ## Key policy<a name="key-policy-default"></a>}. The renderer writes that HTML unchanged, so a
 * link to {@code #key-policy-default} lands on the element.
 */
public final class HtmlAnchors {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern START_TAG = Pattern.compile("<[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)>");
    /** One attribute: its name, then its value double-quoted, single-quoted or bare (none when absent). */
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'<>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

    private HtmlAnchors() {}

    /** The ids and names in document order, each once. Code spans and fences are not HTML and do not count. */
    public static Set<String> of(Document document) {
        Set<String> anchors = new LinkedHashSet<>();
        for (Node node : document.getDescendants()) {
            // HTML comments are other node types, so they never count.
            if (node instanceof HtmlInline || node instanceof HtmlBlock) {
                collect(Sequences.string(node.getChars()), anchors);
            }
        }
        return anchors;
    }

    static void collect(String html, Set<String> out) {
        Matcher tag = START_TAG.matcher(COMMENT.matcher(html).replaceAll(""));
        while (tag.find()) {
            Matcher attribute = ATTRIBUTE.matcher(tag.group(1));
            while (attribute.find()) {
                String name = attribute.group(1);
                String value = attribute.group(2) != null ? attribute.group(2)
                        : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
                if ((name.equalsIgnoreCase("id") || name.equalsIgnoreCase("name")) && value != null && !value.isBlank()) {
                    out.add(value.trim());
                }
            }
        }
    }
}
