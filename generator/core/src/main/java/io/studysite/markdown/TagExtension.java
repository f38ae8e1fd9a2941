package io.studysite.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Obsidian inline tags: {@code #tag}, {@code #nested/tag}, {@code #tag-with_dash}, {@code #täg}.
 * <ul>
 *   <li>a tag starts at the start of a line or after whitespace ({@code a#b}, {@code C#}, {@code color:#ff0000}
 *       and {@code https://x.com/#anchor} hold none);</li>
 *   <li>it is made of letters, digits, marks, {@code _ - /} and emoji, with at least one character other
 *       than a digit or {@code /}
 *       ({@code #1984} and {@code #2024/12} are none, {@code #y1984} is one);</li>
 *   <li>code, HTML, link destinations and wikilinks are parsed before '#' is seen, so they hold none;
 *       a tag inside link text or image alt text stays plain text (no link inside a link);</li>
 *   <li>{@code #tag} at the start of a line is a tag, not a heading: the COMMONMARK profile wants a space
 *       after '#'. For that reason the extension is for Obsidian notes only: Jekyll notes parse
 *       {@code #EC2} as a heading.</li>
 * </ul>
 * Rendered as {@code <a class="tag" href="…">#tag</a>} through the document's {@link TagLinks}, or
 * {@code <span class="tag">#tag</span>} without one.
 */
public final class TagExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private TagExtension() {}

    public static TagExtension create() {
        return new TagExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.customInlineParserExtensionFactory(new TagInlineParser.Factory());
        parser.postProcessorFactory(new TagInLinkPostProcessor.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer, String rendererType) {
        if (renderer.isRendererType("HTML")) {
            renderer.nodeRendererFactory(new TagNodeRenderer.Factory());
        }
    }

    /**
     * The note's inline tags as first written, without '#', in document order, each tag once
     * (case-insensitively: {@code #Inbox} then {@code #inbox} gives "Inbox").
     */
    public static List<String> tags(Document document) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Tag tag) {
                byKey.putIfAbsent(Tag.key(tag.name()), tag.name());
            }
        }
        return new ArrayList<>(byKey.values());
    }
}
