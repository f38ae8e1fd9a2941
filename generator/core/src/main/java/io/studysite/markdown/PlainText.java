package io.studysite.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTag;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a piece of Markdown as a reader sees them: the one plain-text reading that heading ids, search,
 * service mentions, previews and page descriptions share. Every block, table cell, list item, line break and
 * picture is a word boundary, so a table row "| NAT Gateway | VPC Peering |" reads "NAT Gateway VPC Peering"
 * and {@code # CI/CD [[DevOps]]} reads "CI/CD DevOps". Each reader leaves out the {@link Part}s it has no use for.
 * (flexmark's TextCollectingVisitor fails an internal assertion on some real notes.)
 */
public final class PlainText {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");

    /** Words a reader may leave out; a part left out still separates the words around it. */
    public enum Part {
        /** Fenced and indented code blocks. */
        CODE_BLOCKS,
        /** The TeX of inline math. */
        MATH,
        /** Embed names ({@code ![[diagram.png]]}) and image alt text. */
        PICTURES,
        /** Footnote references, the numbers of {@code [^1]} and {@code ^[aside]} (their text is read with the footnotes). */
        FOOTNOTE_REFERENCES
    }

    private final Set<Part> leftOut;
    private final StringBuilder out = new StringBuilder();

    private PlainText(Set<Part> leftOut) {
        this.leftOut = leftOut;
    }

    /** The words of {@code node} less the parts {@code leftOut}, whitespace runs collapsed to one space. */
    public static String of(Node node, Part... leftOut) {
        PlainText reading = new PlainText(leftOut.length == 0 ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(List.of(leftOut)));
        reading.append(node);
        return SPACES.matcher(reading.out).replaceAll(" ").trim();
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

    private void append(Node node) {
        if (node instanceof FencedCodeBlock fenced) {
            apart(Part.CODE_BLOCKS, fenced.getContentChars());
        } else if (node instanceof IndentedCodeBlock indented) {
            apart(Part.CODE_BLOCKS, indented.getContentChars());
        } else if (node instanceof WikiImage embed) {
            apart(Part.PICTURES, wikiLabel(embed));
        } else if (node instanceof WikiNode wiki) {
            out.append(wikiLabel(wiki));
        } else if (node instanceof Image || node instanceof ImageRef) {
            apart(Part.PICTURES, node);
        } else if (node instanceof Footnote) {
            apart(Part.FOOTNOTE_REFERENCES, node);
        } else if (node instanceof HtmlBlock || node instanceof JekyllTag || node instanceof TableSeparator) {
            // Markup and Liquid are no words, and neither is a table's |---| row.
        } else if (node instanceof MathInline math) {
            if (!leftOut.contains(Part.MATH)) {
                out.append(math.tex());
            }
        } else if (node instanceof Text || node instanceof HtmlEntity) {
            out.append(node.getChars().unescape());
        } else if (node instanceof Code code) {
            out.append(code.getText());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        } else if (node instanceof HtmlInline html) {
            // Markup is no word, but a <br> (in a table cell, say) separates two.
            if (LINE_BREAK_TAG.matcher(html.getChars()).matches()) {
                out.append(' ');
            }
        } else if (node instanceof Block || node instanceof TableCell) {
            out.append('\n');
            children(node);
            out.append('\n');
        } else {
            children(node);
        }
    }

    /** Words set apart from their neighbours, unless their part is left out (then only the boundary stays). */
    private void apart(Part part, CharSequence words) {
        out.append(' ').append(leftOut.contains(part) ? "" : words).append(' ');
    }

    /** The words of {@code node}'s children set apart, as {@link #apart(Part, CharSequence)}. */
    private void apart(Part part, Node node) {
        out.append(' ');
        if (!leftOut.contains(part)) {
            children(node);
        }
        out.append(' ');
    }

    private void children(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child);
        }
    }
}
