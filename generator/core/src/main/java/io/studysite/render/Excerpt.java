package io.studysite.render;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTag;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.util.ast.Node;
import io.studysite.markdown.PlainText;

import java.util.Optional;

/**
 * A note's description when its front matter gives none: the plain text of its first paragraph of prose, in
 * reading order (inside lists, quotes and callouts too), cut at a word to about {@value #LENGTH} characters.
 * A paragraph made only of links, embeds or tags (a "[[Parent note]]" line at the top) is not prose, and one of
 * fewer than {@value #MIN_WORDS} words (a list's "Storage" label) counts only when nothing longer follows.
 */
public final class Excerpt {
    /** Search engines show about this many characters of a description. */
    public static final int LENGTH = 160;
    static final int MIN_WORDS = 3;

    private Excerpt() {}

    public static Optional<String> of(Node document) {
        String first = null;
        for (Node node : document.getDescendants()) {
            if (node instanceof Paragraph p && !inFootnote(p) && isProse(p)) {
                // A description is read without the page: no image names, no footnote numbers.
                String text = PlainText.of(p, PlainText.Part.PICTURES, PlainText.Part.FOOTNOTE_REFERENCES);
                if (text.split(" ").length >= MIN_WORDS) {
                    return Optional.of(cut(text));
                }
                first = first == null ? text : first;
            }
        }
        return Optional.ofNullable(first).map(Excerpt::cut);
    }

    /** {@code text} whole if short enough, else cut at the last space within {@link #LENGTH} characters, with "…". */
    static String cut(String text) {
        if (text.length() <= LENGTH) {
            return text;
        }
        int end = LENGTH - 1; // room for the ellipsis
        int space = text.lastIndexOf(' ', end);
        String head = space > LENGTH / 2 ? text.substring(0, space) : text.substring(0, end);
        return head.replaceAll("[\\s\\p{Punct}&&[^)\\]\"'»”’]]+$", "") + "…";
    }

    /** Whether some of the paragraph's own words are outside links, embeds and tags. */
    private static boolean isProse(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text && text.getChars().toString().codePoints().anyMatch(Character::isLetterOrDigit)) {
                return true;
            }
            boolean skipped = child instanceof WikiNode || child instanceof Link || child instanceof LinkRef
                    || child instanceof Image || child instanceof ImageRef || child instanceof Footnote
                    || child instanceof HtmlInline || child instanceof JekyllTag;
            if (!skipped && isProse(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inFootnote(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof FootnoteBlock) {
                return true;
            }
        }
        return false;
    }
}
