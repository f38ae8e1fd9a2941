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

    /**
     * Appends the words of a node to {@code all}, and the same less code blocks to {@code prose} (a
     * service named in a shell command is not a mention), in one walk.
     */
    static void append(Node node, StringBuilder all, StringBuilder prose) {
        if (node instanceof FencedCodeBlock fenced) {
            all.append(fenced.getContentChars()).append('\n');
            prose.append('\n');
        } else if (node instanceof IndentedCodeBlock indented) {
            all.append(indented.getContentChars()).append('\n');
            prose.append('\n');
        } else if (node instanceof WikiNode wiki) {
            both(HeadingText.wikiLabel(wiki), all, prose);
        } else if (node instanceof Text) {
            both(node.getChars().unescape(), all, prose);
        } else if (node instanceof Code code) {
            both(code.getText().toString(), all, prose);
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            both(" ", all, prose);
        } else if (!(node instanceof HtmlInline) && !(node instanceof HtmlBlock)) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                append(child, all, prose);
            }
            if (node instanceof Block) {
                both("\n", all, prose);
            }
        }
    }

    private static void both(String text, StringBuilder all, StringBuilder prose) {
        all.append(text);
        prose.append(text);
    }
}
