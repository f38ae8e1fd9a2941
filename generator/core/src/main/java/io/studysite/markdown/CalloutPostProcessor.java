package io.studysite.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a block quote whose first line is {@code [!type]± title} into a {@link Callout}. Runs after
 * inline parsing, so the title keeps its inline Markdown (bold, wikilinks); the rest of the first
 * paragraph (the same {@link Paragraph} node, so other post-processors such as block ids still see it)
 * and the quote's other blocks become the {@link CalloutContent}. Block quotes are visited outer
 * first, so nested quotes ({@code > > [!note]}) are converted too.
 */
final class CalloutPostProcessor extends NodePostProcessor {
    /** type (no space, ']' or '|'), optional |metadata, optional fold, title. */
    static final Pattern HEADER = Pattern.compile("^\\[!([^\\]\\s|]+)(?:\\|([^\\]]*))?\\]([+-])?\\s*(.*)$");

    @Override
    public void process(NodeTracker state, Node node) {
        // Nodes moved into the callout stay known to the tracker; the quote and a title-only paragraph
        // are unlinked, and the manager skips unlinked nodes.
        convert((BlockQuote) node);
    }

    /** The callout replacing the quote, or null when the quote is no callout (the tree is then unchanged). */
    static Callout convert(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph paragraph) || paragraph.getLineCount() == 0) {
            return null;
        }
        BasedSequence line = paragraph.getLineChars(0).trimEOL().trim();
        if (line.length() < 4 || line.charAt(0) != '[' || line.charAt(1) != '!') {
            return null;
        }
        Matcher m = HEADER.matcher(line);
        if (!m.matches()) {
            return null;
        }
        int titleStart = line.getStartOffset() + m.start(4);

        // The inline nodes of the first line, up to the first line break.
        List<Node> titleNodes = new ArrayList<>();
        Node lineBreak = null;
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                lineBreak = n;
                break;
            }
            titleNodes.add(n);
        }
        if (!canTrim(titleNodes, titleStart)) {
            return null;
        }

        String type = m.group(1).toLowerCase(Locale.ROOT);
        char fold = m.group(3) == null ? 0 : m.group(3).charAt(0);
        Callout callout = new Callout(quote.getChars(), type, fold, m.group(2));

        CalloutTitle title = new CalloutTitle(line.baseSubSequence(titleStart, line.getEndOffset()));
        for (Node n : titleNodes) {
            title.appendChild(n); // moves it out of the paragraph
        }
        trimLeading(title, titleStart);
        callout.appendChild(title);

        CalloutContent content = new CalloutContent();
        Node afterParagraph = paragraph.getNext();
        if (lineBreak != null && lineBreak.getNext() != null) {
            // The first paragraph goes on without its title line.
            lineBreak.unlink();
            paragraph.setContent(paragraph, 1, paragraph.getLineCount());
            content.appendChild(paragraph);
        } else {
            if (lineBreak != null) {
                lineBreak.unlink();
            }
            paragraph.unlink();
        }
        for (Node n = afterParagraph; n != null; ) {
            Node next = n.getNext();
            content.appendChild(n);
            n = next;
        }
        if (content.hasChildren()) {
            content.setCharsFromContent();
            callout.appendChild(content);
        }
        quote.insertBefore(callout);
        quote.unlink();
        return callout;
    }

    /** Whether every node across the "[!type]" prefix is text (or holds text) that can be cut at {@code offset}. */
    private static boolean canTrim(Iterable<Node> nodes, int offset) {
        for (Node n : nodes) {
            if (n.getStartOffset() >= offset) {
                return true;
            }
            if (n.getEndOffset() > offset && !(n instanceof Text) && !(n.hasChildren() && canTrim(n.getChildren(), offset))) {
                return false;
            }
        }
        return true;
    }

    /** Removes the inline content before {@code offset}: the {@code [!type]±} prefix and the space after it. */
    private static void trimLeading(Node parent, int offset) {
        for (Node n = parent.getFirstChild(); n != null; ) {
            Node next = n.getNext();
            if (n.getStartOffset() >= offset) {
                return;
            }
            if (n.getEndOffset() <= offset) {
                n.unlink();
            } else if (n instanceof Text text) {
                text.setChars(text.getChars().baseSubSequence(offset, text.getEndOffset()));
                return;
            } else {
                trimLeading(n, offset);
                n.setCharsFromContent();
                return;
            }
            n = next;
        }
    }

    static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(BlockQuote.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new CalloutPostProcessor();
        }
    }
}
