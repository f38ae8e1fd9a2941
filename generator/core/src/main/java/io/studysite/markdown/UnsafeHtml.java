package io.studysite.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What rendering will take out of a note because it would run a script: raw HTML that {@link RawHtml} cleans,
 * {@code javascript:} links and kramdown attributes ({@link ScriptAttributes}). Found at parse time, so the
 * warning is given once per note, wherever the note is rendered or embedded.
 */
public final class UnsafeHtml {
    /** How many things go, the first of them as written, and where it is (offset in the document). */
    public record Finding(int count, String first, int offset) {}

    private UnsafeHtml() {}

    public static Optional<Finding> find(Document document) {
        List<String> removed = new ArrayList<>();
        int offset = -1;
        for (Node node : document.getDescendants()) {
            List<String> here = removedBy(node);
            if (!here.isEmpty() && offset < 0) {
                offset = node.getStartOffset();
            }
            removed.addAll(here);
        }
        return removed.isEmpty() ? Optional.empty() : Optional.of(new Finding(removed.size(), removed.get(0), offset));
    }

    private static List<String> removedBy(Node node) {
        if (node instanceof HtmlBlockBase || node instanceof HtmlInline) {
            return RawHtml.clean(Sequences.string(node.getChars())).removed();
        }
        String url = node instanceof Link link ? link.getUrl().unescape()
                : node instanceof AutoLink link ? link.getUrl().unescape()
                : node instanceof LinkRef ref && ref.isDefined() && ref.getReferenceNode(node.getDocument()) != null
                ? ref.getReferenceNode(node.getDocument()).getUrl().unescape() : null;
        if (url != null && LinkSyntax.runsScript(url)) {
            return List.of("a link to " + url);
        }
        if (node instanceof AttributeNode attribute
                && ScriptAttributes.runsScript(attribute.getName().toString(), attribute.getValue().toString())) {
            return List.of(attribute.getChars().toString());
        }
        return List.of();
    }
}
