package io.studysite.search;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import io.studysite.markdown.HeadingText;

/**
 * The words of a piece of a note as a reader sees them, blocks separated, for indexing.
 * (flexmark's TextCollectingVisitor fails an internal assertion on some real notes.)
 */
final class PlainText {
    private PlainText() {}

    static String of(Node node) {
        StringBuilder out = new StringBuilder();
        append(node, out, true);
        return out.toString();
    }

    /** The prose only: code blocks left out (a service named in a shell command is not a mention). */
    static String withoutCode(Node node) {
        StringBuilder out = new StringBuilder();
        append(node, out, false);
        return out.toString();
    }

    private static void append(Node node, StringBuilder out, boolean withCode) {
        if (node instanceof WikiNode wiki) {
            out.append(HeadingText.wikiLabel(wiki));
        } else if (node instanceof Text) {
            out.append(node.getChars().unescape());
        } else if (node instanceof Code code) {
            out.append(code.getText());
        } else if (node instanceof FencedCodeBlock fenced) {
            out.append(withCode ? fenced.getContentChars() : "").append('\n');
        } else if (node instanceof IndentedCodeBlock indented) {
            out.append(withCode ? indented.getContentChars() : "").append('\n');
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        } else if (!(node instanceof HtmlInline) && !(node instanceof HtmlBlock)) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                append(child, out, withCode);
            }
            if (node instanceof Block) {
                out.append('\n');
            }
        }
    }
}
