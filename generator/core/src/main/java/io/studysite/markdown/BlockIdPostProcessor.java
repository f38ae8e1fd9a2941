package io.studysite.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code ^id} markers at the end of paragraphs; see {@link BlockIdExtension} for the rules. */
final class BlockIdPostProcessor extends NodePostProcessor {
    /** Obsidian block ids: Latin letters, digits and '-'. */
    private static final Pattern TRAILING_ID = Pattern.compile("\\^([A-Za-z0-9-]+)[ \\t]*$");

    private final Set<String> seen = new HashSet<>();

    @Override
    public void process(NodeTracker state, Node node) {
        Paragraph paragraph = (Paragraph) node;
        if (!(paragraph.getLastChild() instanceof Text text)) {
            return;
        }
        BasedSequence chars = text.getChars();
        if (chars.indexOf('^') < 0) {
            return; // most paragraphs: no marker, and the regular expression would try every position
        }
        Matcher m = TRAILING_ID.matcher(chars);
        if (!m.find()) {
            return;
        }
        BasedSequence before = chars.subSequence(0, m.start());
        Node previous = text.getPrevious();
        boolean standalone = before.isBlank() && previous == null;
        if (m.start() > 0 ? !Character.isWhitespace(chars.charAt(m.start() - 1))
                : !(previous == null || previous instanceof SoftLineBreak || previous instanceof HardLineBreak)) {
            return; // "a^b", "*x*^b": not a marker
        }
        Node target;
        if (standalone) {
            // "^id" alone after a list, table or quote names that block; elsewhere it is plain text.
            Node block = paragraph.getPrevious();
            if (!(block instanceof ListBlock || block instanceof TableBlock || block instanceof BlockQuote)) {
                return;
            }
            target = block;
        } else {
            target = paragraph.getParent() instanceof ListItem item && item.getFirstChild() == paragraph
                    ? item : paragraph;
        }
        BasedSequence marker = chars.subSequence(m.start(), m.start(1) + m.group(1).length());
        BlockId id = new BlockId(marker, target, !seen.add(m.group(1)));
        if (standalone) {
            paragraph.insertBefore(id);
            paragraph.unlink();
            state.nodeRemoved(paragraph);
            state.nodeAdded(id);
            return;
        }
        BasedSequence rest = before.trimEnd();
        if (rest.isEmpty()) {
            text.unlink();
            state.nodeRemoved(text);
            // "text\n^id": drop the line break the marker stood behind
            while (paragraph.getLastChild() instanceof SoftLineBreak || paragraph.getLastChild() instanceof HardLineBreak) {
                Node lineBreak = paragraph.getLastChild();
                lineBreak.unlink();
                state.nodeRemoved(lineBreak);
            }
        } else {
            text.setChars(rest);
        }
        paragraph.appendChild(id);
        state.nodeAdded(id);
    }

    static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Paragraph.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new BlockIdPostProcessor();
        }
    }
}
