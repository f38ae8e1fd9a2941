package io.studysite.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTag;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.util.ast.Node;

/** Plain text of inline content as a reader sees it: {@code # CI/CD [[DevOps]]} reads "CI/CD DevOps". */
public final class HeadingText {
    private HeadingText() {}

    public static String of(Node node) {
        StringBuilder out = new StringBuilder();
        append(node, out);
        return out.toString().replaceAll("\\s+", " ").trim();
    }

    /** How Obsidian labels a wikilink written without display text: "Note > Heading", or "Heading" for [[#Heading]]. */
    public static String wikiLabel(WikiNode node) {
        String text = LinkSyntax.wikiText(node);
        if (text != null) {
            return text.trim();
        }
        LinkSyntax.Parts parts = LinkSyntax.wikiParts(node);
        if (parts.anchor() == null) {
            return parts.target();
        }
        String anchor = String.join(" > ", parts.anchor().split("#"));
        return parts.target().isEmpty() ? anchor : parts.target() + " > " + anchor;
    }

    private static void append(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof WikiNode wiki) {
                out.append(wikiLabel(wiki));
            } else if (child instanceof Text || child instanceof HtmlEntity) {
                out.append(child.getChars().unescape());
            } else if (child instanceof MathInline math) {
                out.append(math.tex());
            } else if (child instanceof Code code) {
                out.append(code.getText());
            } else if (child instanceof SoftLineBreak) {
                out.append(' ');
            } else if (!(child instanceof HtmlInline) && !(child instanceof JekyllTag)) {
                append(child, out);
            }
        }
    }
}
