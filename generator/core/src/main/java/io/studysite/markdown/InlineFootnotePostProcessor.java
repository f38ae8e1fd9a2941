package io.studysite.markdown;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds {@code ^[…]} among the inline children of paragraphs, headings, table cells and callout titles (and
 * of emphasis, strikethrough and highlight inside them) and turns each into an {@link InlineFootnote}; see
 * {@link InlineFootnoteExtension} for the rules.
 * <p>
 * flexmark has already parsed the inline content when this runs, so the brackets show up in one of two ways:
 * <ul>
 *   <li>a {@code Text} ending in {@code ^} followed by a shortcut {@link LinkRef} {@code [text]} (flexmark
 *       makes one of every bracketed text, defined or not): the LinkRef's children are the content;</li>
 *   <li>a {@code Text} holding {@code ^[} (the bracket stayed text, e.g. because a wikilink or a link ref sits
 *       inside): the content runs over the following siblings up to the {@code ]} that balances it. Brackets
 *       count only in {@code Text} nodes; every other node (code, wikilinks, LinkRefs, emphasis) is one unit,
 *       so brackets in inline code never count.</li>
 * </ul>
 */
final class InlineFootnotePostProcessor extends DocumentPostProcessor {

    @Override
    public Document processDocument(Document document) {
        List<Node> containers = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell
                    || node instanceof CalloutTitle) {
                containers.add(node);
            }
        }
        List<InlineFootnote> made = new ArrayList<>();
        for (Node container : containers) {
            scan(container, made);
        }
        FootnoteRepository repository = FootnoteExtension.FOOTNOTES.get(document);
        for (InlineFootnote footnote : made) {
            document.appendChild(footnote.getFootnoteBlock());
            repository.addFootnoteReference(footnote.getFootnoteBlock(), footnote);
        }
        if (!repository.getReferencedFootnoteBlocks().isEmpty()) {
            firstReferences(document);
            // sorts regular and inline footnotes together by the offset of their first reference
            repository.resolveFootnoteOrdinals();
        }
        return document;
    }

    /**
     * flexmark's FootnoteRepository.addFootnoteReference keeps the offset of a footnote's LAST reference
     * (so {@code [^a] [^b] [^a]} numbers b before a); set each footnote's first reference instead, so the
     * list follows the order footnotes are first referenced.
     */
    private static void firstReferences(Document document) {
        Map<FootnoteBlock, Integer> first = new IdentityHashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Footnote footnote && footnote.getFootnoteBlock() != null) {
                first.merge(footnote.getFootnoteBlock(), footnote.getStartOffset(), Math::min);
            }
        }
        first.forEach(FootnoteBlock::setFirstReferenceOffset);
    }

    private static boolean descend(Node node) {
        return node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Strikethrough
                || node instanceof Highlight;
    }

    private static void scan(Node parent, List<InlineFootnote> made) {
        Node child = parent.getFirstChild();
        while (child != null) {
            if (child instanceof Text text) {
                child = scanText(text, made);
            } else {
                if (descend(child)) {
                    scan(child, made);
                }
                child = child.getNext();
            }
        }
    }

    /** Turns the first inline footnote starting in this text into a node; returns the node to go on from. */
    private static Node scanText(Text text, List<InlineFootnote> made) {
        BasedSequence chars = text.getChars();
        if (Sequences.string(chars).indexOf('^') < 0) {
            return text.getNext(); // most texts: no caret, so no footnote
        }
        for (int i = 0; i < chars.length(); i++) {
            if (chars.charAt(i) != '^' || escaped(chars, i)) {
                continue;
            }
            if (i + 1 == chars.length() && text.getNext() instanceof LinkRef ref && isShortcut(ref)) {
                return fromLinkRef(text, i, ref, made);
            }
            if (i + 1 < chars.length() && chars.charAt(i + 1) == '[') {
                Node after = fromBrackets(text, i, made);
                if (after != null) {
                    return after;
                }
            }
        }
        return text.getNext();
    }

    /** {@code [text]} alone, not {@code [text][]} or {@code [text][ref]}. */
    private static boolean isShortcut(LinkRef ref) {
        return ref.isReferenceTextCombined() && !ref.getChars().endsWith("[]");
    }

    /** Whether the character at {@code index} follows an odd number of backslashes. */
    private static boolean escaped(BasedSequence chars, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && chars.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** {@code …^} + {@code [content]}. */
    private static Node fromLinkRef(Text text, int caret, LinkRef ref, List<InlineFootnote> made) {
        BasedSequence chars = text.getChars();
        BasedSequence span = chars.baseSubSequence(chars.getStartOffset() + caret, ref.getEndOffset());
        Paragraph content = new Paragraph(ref.getChars().subSequence(1, ref.getChars().length() - 1));
        while (ref.getFirstChild() != null) {
            Node node = ref.getFirstChild();
            node.unlink();
            content.appendChild(node);
        }
        InlineFootnote footnote = create(span, content, made);
        ref.insertBefore(footnote);
        ref.unlink();
        keepPrefix(text, caret);
        return footnote.getNext();
    }

    /** {@code …^[content…} up to the balancing {@code ]}, or null when nothing balances it. */
    private static Node fromBrackets(Text start, int caret, List<InlineFootnote> made) {
        int depth = 1;
        Node node = start;
        int from = caret + 2;
        Text end = null;
        int close = -1;
        search:
        while (node != null) {
            if (node instanceof Text text) {
                BasedSequence chars = text.getChars();
                for (int i = from; i < chars.length(); i++) {
                    char c = chars.charAt(i);
                    if ((c == '[' || c == ']') && !escaped(chars, i)) {
                        depth += c == '[' ? 1 : -1;
                        if (depth == 0) {
                            end = text;
                            close = i;
                            break search;
                        }
                    }
                }
            }
            node = node.getNext();
            from = 0;
        }
        if (end == null || end == start && close == caret + 2) {
            return null; // unbalanced, or "^[]"
        }
        BasedSequence startChars = start.getChars();
        BasedSequence endChars = end.getChars();
        int spanStart = startChars.getStartOffset() + caret;
        int spanEnd = endChars.getStartOffset() + close + 1;
        BasedSequence span = startChars.baseSubSequence(spanStart, spanEnd);
        Paragraph content = new Paragraph(span.subSequence(2, span.length() - 1));
        if (end == start) {
            BasedSequence inner = startChars.subSequence(caret + 2, close);
            if (!inner.isEmpty()) {
                content.appendChild(new Text(inner));
            }
        } else {
            BasedSequence head = startChars.subSequence(caret + 2);
            if (!head.isEmpty()) {
                content.appendChild(new Text(head));
            }
            Node middle = start.getNext();
            while (middle != end) {
                Node next = middle.getNext();
                middle.unlink();
                content.appendChild(middle);
                middle = next;
            }
            BasedSequence tail = endChars.subSequence(0, close);
            if (!tail.isEmpty()) {
                content.appendChild(new Text(tail));
            }
        }
        InlineFootnote footnote = create(span, content, made);
        start.insertAfter(footnote);
        BasedSequence rest = endChars.subSequence(close + 1);
        if (end != start) {
            end.unlink();
        }
        if (!rest.isEmpty()) {
            footnote.insertAfter(new Text(rest));
        }
        keepPrefix(start, caret);
        return footnote.getNext();
    }

    private static InlineFootnote create(BasedSequence span, Paragraph content, List<InlineFootnote> made) {
        InlineFootnoteBlock block = new InlineFootnoteBlock(span);
        block.appendChild(content);
        InlineFootnote footnote = new InlineFootnote(span, block);
        made.add(footnote);
        return footnote;
    }

    /** Cuts the text back to what stood before the caret, or removes it when nothing did. */
    private static void keepPrefix(Text text, int caret) {
        if (caret == 0) {
            text.unlink();
        } else {
            text.setChars(text.getChars().subSequence(0, caret));
        }
    }

    static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            return new InlineFootnotePostProcessor();
        }
    }
}
