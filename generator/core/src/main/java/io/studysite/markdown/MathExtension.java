package io.studysite.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * TeX math as Obsidian and Pandoc write it, with Pandoc's rules so that prices stay text:
 * <ul>
 *   <li>{@code $tex$}: the opening {@code $} must be followed by a non-space (and, stricter than Pandoc, not
 *       follow a digit: "5$/month"); the first unescaped {@code $} after it closes the math if it follows a
 *       non-space and is not followed by a digit, and otherwise nothing opens (Pandoc's parser does the same:
 *       TeX math cannot hold a bare {@code $}). So "$5.00 per TB", "costs $5 and $10", "0.50$ per month" and
 *       "$ 5" are text. Still math, as in Pandoc: a prefixed and a suffixed price in one paragraph,
 *       "$10 or 0.50$".</li>
 *   <li>{@code $$tex$$} within a line of text: display math; the TeX may not start or end with a space
 *       ("Price: $$", "$$ or $$$" stay text).</li>
 *   <li>{@code $$} at the start of a line, up to a later line ending in {@code $$} (or one line
 *       {@code $$ tex $$}): a display block ({@link MathBlock}); it may interrupt a paragraph.</li>
 *   <li>{@code \$} is a literal dollar; code spans and code blocks are never math.</li>
 * </ul>
 * With {@link #SINGLE_DOLLAR} off (kramdown), only {@code $$…$$} is math: inline within text, display as a
 * block.
 */
public final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** Whether {@code $…$} is inline math (Obsidian, Pandoc); kramdown has only {@code $$…$$}. */
    public static final DataKey<Boolean> SINGLE_DOLLAR = new DataKey<>("STUDYSITE_MATH_SINGLE_DOLLAR", true);

    private MathExtension() {
    }

    public static MathExtension create() {
        return new MathExtension();
    }

    /** Whether a parsed note holds any math, so its page loads KaTeX and the site bundles it. */
    public static boolean hasMath(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof MathInline || node instanceof MathBlock) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether HTML rendered by this extension holds math. Deciding from a page's HTML also counts math in
     * notes embedded into it, which its own document does not hold.
     */
    public static boolean hasMath(String renderedHtml) {
        return renderedHtml.contains("class=\"" + MathNodeRenderer.INLINE_CLASS + "\"")
                || renderedHtml.contains("class=\"" + MathNodeRenderer.DISPLAY_CLASS + "\"");
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.customBlockParserFactory(new MathBlockParser.Factory());
        parser.customInlineParserExtensionFactory(new MathInlineParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer, String rendererType) {
        if (renderer.isRendererType("HTML")) {
            renderer.nodeRendererFactory(new MathNodeRenderer.Factory());
        }
    }
}
