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

import java.util.regex.Pattern;

/**
 * The words of a piece of Markdown as a reader sees them: the one plain-text reading that heading ids, search,
 * service mentions, previews and page descriptions share. Every block, table cell, list item, line break and
 * picture is a word boundary, so a table row "| NAT Gateway | VPC Peering |" reads "NAT Gateway VPC Peering".
 * (flexmark's TextCollectingVisitor fails an internal assertion on some real notes, and glues cells.)
 *
 * @param text  every word: link labels, embed names, image alt text, footnote numbers, code blocks, inline math;
 *              {@code # CI/CD [[DevOps]]} reads "CI/CD DevOps"
 * @param prose the running prose only: {@code text} less code blocks (a service named in a shell command is not
 *              a mention), embeds, images and footnote references
 */
public record PlainText(String text, String prose) {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");

    /** The plain text of {@code node}, whitespace runs collapsed to one space. */
    public static PlainText of(Node node) {
        Reading reading = new Reading();
        reading.append(node);
        return new PlainText(collapse(reading.text), collapse(reading.prose));
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

    private static String collapse(StringBuilder text) {
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    /** One walk filling both readings. */
    private static final class Reading {
        final StringBuilder text = new StringBuilder();
        final StringBuilder prose = new StringBuilder();

        void append(Node node) {
            if (node instanceof FencedCodeBlock fenced) {
                notProse(fenced.getContentChars());
            } else if (node instanceof IndentedCodeBlock indented) {
                notProse(indented.getContentChars());
            } else if (node instanceof WikiImage embed) {
                notProse(wikiLabel(embed));
            } else if (node instanceof WikiNode wiki) {
                both(wikiLabel(wiki));
            } else if (node instanceof Image || node instanceof ImageRef || node instanceof Footnote) {
                // Alt text and footnote numbers are words of the note, but not of its running prose.
                both(" ");
                int proseLength = prose.length();
                children(node);
                prose.setLength(proseLength);
                both(" ");
            } else if (node instanceof Text || node instanceof HtmlEntity) {
                both(node.getChars().unescape());
            } else if (node instanceof Code code) {
                both(code.getText().toString());
            } else if (node instanceof MathInline math) {
                both(math.tex());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                both(" ");
            } else if (node instanceof HtmlInline html) {
                // Markup is no word, but a <br> in a table cell separates two.
                if (LINE_BREAK_TAG.matcher(html.getChars()).matches()) {
                    both(" ");
                }
            } else if (!(node instanceof HtmlBlock || node instanceof JekyllTag || node instanceof TableSeparator)) {
                boolean apart = node instanceof Block || node instanceof TableCell;
                if (apart) {
                    both("\n");
                }
                children(node);
                if (apart) {
                    both("\n");
                }
            }
        }

        private void children(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                append(child);
            }
        }

        /** Words set apart from their neighbours, and only a word boundary in the prose. */
        private void notProse(CharSequence words) {
            text.append(' ').append(words).append(' ');
            prose.append(' ');
        }

        private void both(CharSequence words) {
            text.append(words);
            prose.append(words);
        }
    }
}
