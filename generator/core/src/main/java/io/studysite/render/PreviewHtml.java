package io.studysite.render;

import io.studysite.note.PercentEncoding;
import io.studysite.search.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a hover preview shows of a section: its first blocks as the page renders them (paragraphs, lists, code,
 * images), cut after a few lines so the preview scripts stay small. Ids are dropped (the preview sits in another
 * page) and relative URLs made site-relative, for {@code page.js} to lead from the reading page's root.
 */
final class PreviewHtml {
    /** About three lines of text; a section's first block is kept whole up to twice that. */
    static final int TEXT_BUDGET = 220;
    private static final int CODE_LINES = 5;
    private static final int LIST_ITEMS = 4;
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private PreviewHtml() {}

    /** Per section anchor ("" for the text before the first heading), its preview HTML; sections without text are left out. */
    static Map<String, String> of(String content, List<Section> sections, String page) {
        Map<String, String> previews = new LinkedHashMap<>();
        List<int[]> bounds = new ArrayList<>();
        int from = 0;
        for (Section section : sections) {
            int start = section.anchor().isEmpty() ? 0 : headingAt(content, section.anchor(), from);
            if (start < 0) {
                continue;
            }
            bounds.add(new int[] {start, previews.size()});
            previews.put(section.anchor(), "");
            from = start;
        }
        List<String> anchors = new ArrayList<>(previews.keySet());
        for (int i = 0; i < bounds.size(); i++) {
            int end = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : content.length();
            String trimmed = trim(content.substring(bounds.get(i)[0], Math.max(bounds.get(i)[0], end)), page);
            if (trimmed.isEmpty()) {
                previews.remove(anchors.get(i));
            } else {
                previews.put(anchors.get(i), trimmed);
            }
        }
        return previews;
    }

    private static int headingAt(String content, String anchor, int from) {
        int id = content.indexOf(" id=\"" + anchor + "\"", from);
        return id < 0 ? -1 : content.lastIndexOf("<h", id);
    }

    private static String trim(String fragment, String page) {
        Document document = Jsoup.parseBodyFragment(fragment);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        body.select("script, style, iframe, video, audio, object").remove();
        Element out = document.createElement("div");
        int budget = TEXT_BUDGET;
        for (Element block : new ArrayList<>(body.children())) {
            if (budget <= 0) {
                break;
            }
            String text = block.text();
            if (block.is("h1, h2, h3, h4, h5, h6, .heading-services, nav") || text.isBlank() && block.select("img").isEmpty()) {
                continue;
            }
            Element kept = block.clone();
            if (kept.is("pre")) {
                Element code = kept.selectFirst("code");
                (code != null ? code : kept).text(firstLines(kept.wholeText()));
            } else if (kept.is("ul, ol")) {
                kept.children().stream().skip(LIST_ITEMS).toList().forEach(Node::remove);
            } else if (kept.is("table")) {
                kept.select("tr").stream().skip(4).toList().forEach(Node::remove);
            }
            if (kept.text().length() > budget + TEXT_BUDGET / 2) {
                cut(kept, budget + TEXT_BUDGET / 2);
            }
            budget -= Math.max(40, kept.text().length());
            out.appendChild(kept);
            out.appendText("\n");
        }
        // The source's indentation between blocks is bytes the preview does not need.
        List<TextNode> layout = new ArrayList<>();
        out.traverse((node, depth) -> {
            if (node instanceof TextNode text && text.isBlank() && node.parent() instanceof Element parent
                    && parent.is("div, ul, ol, li, blockquote, table, thead, tbody, tr")) {
                layout.add(text);
            }
        });
        layout.forEach(Node::remove);
        out.select("[id]").removeAttr("id");
        out.select("[tabindex]").removeAttr("tabindex");
        for (Element link : out.select("[href], [src]")) {
            for (String attr : List.of("href", "src")) {
                if (link.hasAttr(attr)) {
                    link.attr(attr, siteRelative(link.attr(attr), page));
                }
            }
        }
        return out.children().isEmpty() ? "" : out.html().strip();
    }

    private static String firstLines(String code) {
        String[] lines = code.split("\n", -1);
        return lines.length <= CODE_LINES ? code : String.join("\n", List.of(lines).subList(0, CODE_LINES)) + "\n…";
    }

    /** Keeps the first {@code max} characters of text, dropping what follows. */
    private static void cut(Element block, int max) {
        int[] left = {max};
        List<Node> drop = new ArrayList<>();
        block.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                if (left[0] <= 0) {
                    drop.add(text);
                } else if (text.text().length() > left[0]) {
                    text.text(text.text().substring(0, left[0]).stripTrailing() + "…");
                    left[0] = 0;
                } else {
                    left[0] -= text.text().length();
                }
            }
        });
        drop.forEach(Node::remove);
        List<Element> emptied = new ArrayList<>(block.select("li, p, strong, em, a, code"));
        java.util.Collections.reverse(emptied);
        emptied.stream().filter(e -> e != block && e.text().isBlank() && e.select("img").isEmpty()).forEach(Node::remove);
    }

    /**
     * A JSON string for a classic script file: like {@code Json.string}, but {@code <} stays itself (markup is most of
     * a preview) except in {@code </}, written {@code <\/} so the text could never close a {@code <script>}.
     */
    static String json(String html) {
        StringBuilder out = new StringBuilder(html.length() + 16).append('"');
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '/' -> out.append(i > 0 && html.charAt(i - 1) == '<' ? "\\/" : "/");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A URL relative to the note's page, made relative to the site root; absolute ones stay. */
    static String siteRelative(String url, String page) {
        if (url.isEmpty() || SCHEME.matcher(url).find() || url.startsWith("//") || url.startsWith("/")) {
            return url;
        }
        try {
            String base = "http://site/" + PercentEncoding.encodePath(page);
            String resolved = URI.create(base).resolve(url).toString();
            return resolved.startsWith("http://site/") ? resolved.substring("http://site/".length()) : url;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
