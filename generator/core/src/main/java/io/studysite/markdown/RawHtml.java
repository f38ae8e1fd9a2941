package io.studysite.markdown;

import com.vladsch.flexmark.util.data.DataKey;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw HTML of a note, cleaned as Obsidian cleans it: scripts, event handlers and {@code javascript:} URLs go,
 * what notes use for layout stays ({@code <details>}, {@code <mark style>}, {@code <a name>}, tables, …).
 * flexmark hands raw HTML over in pieces (an inline {@code <span>} and its {@code </span>} are separate nodes, an
 * HTML block stops at a blank line), so each tag is judged on its own, never balanced or closed: the Markdown
 * between an opening and a closing tag keeps working. Anything that is not a well-formed tag or comment is text.
 */
public final class RawHtml {
    /** Set by {@code html: trusted} in studysite.yml: raw HTML is written as the note has it. */
    public static final DataKey<Boolean> TRUSTED = new DataKey<>("STUDYSITE_TRUSTED_HTML", false);

    /** What was taken out of a piece of HTML: the cleaned HTML, and each removed thing as the note wrote it. */
    public record Cleaned(String html, List<String> removed) {}

    // CommonMark's own grammar of a tag and a comment, so a tag here is one flexmark took for a tag.
    private static final String ATTRIBUTE = "\\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:[^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?";
    private static final Pattern TOKEN = Pattern.compile(
            "(?<comment><!--(?!>|->)(?:(?!--).)*?-->)"
                    + "|</(?<end>[A-Za-z][A-Za-z0-9-]*)\\s*>"
                    + "|<(?<start>[A-Za-z][A-Za-z0-9-]*)(?<attributes>(?:" + ATTRIBUTE + ")*)\\s*/?>",
            Pattern.DOTALL);
    private static final Pattern ONE_ATTRIBUTE = Pattern.compile(ATTRIBUTE);
    /** An attribute with a quoted value and a plain name, as most notes write them ({@code name="intro"}). */
    private static final Pattern PLAIN_ATTRIBUTE = Pattern.compile("\\s+([A-Za-z][A-Za-z-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    /** The attributes whose values the safelist checks for a protocol. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");
    /** Elements whose content a browser reads as text: when one goes, its content goes with it. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noscript", "noembed", "noframes", "template", "plaintext");
    private static final Pattern VIDEO_PLAYER = Pattern.compile(
            "^https://(?:www\\.)?(?:youtube\\.com|youtube-nocookie\\.com|player\\.vimeo\\.com)/.*", Pattern.CASE_INSENSITIVE);
    /** Relative URLs are judged as if on an https page, so only their scheme-less form passes. */
    private static final String BASE = "https://studysite.invalid/";
    private static final Safelist SAFELIST = safelist();

    private RawHtml() {}

    private static Safelist safelist() {
        Safelist safe = new Safelist()
                .addTags("a", "abbr", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "center",
                        "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
                        "figcaption", "figure", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
                        "i", "iframe", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s",
                        "samp", "section", "small", "span", "strike", "strong", "sub", "summary", "sup", "table",
                        "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u", "ul", "var", "wbr")
                .addAttributes(":all", "id", "class", "style", "title", "lang", "dir", "align")
                .addAttributes("a", "href", "name")
                .addAttributes("img", "src", "alt", "width", "height", "loading")
                .addAttributes("iframe", "src", "width", "height", "allow", "allowfullscreen", "frameborder")
                .addAttributes("details", "open")
                .addAttributes("ol", "start", "type", "reversed")
                .addAttributes("ul", "type")
                .addAttributes("li", "value")
                .addAttributes("td", "colspan", "rowspan", "valign", "width")
                .addAttributes("th", "colspan", "rowspan", "valign", "width", "scope")
                .addAttributes("col", "span", "width")
                .addAttributes("colgroup", "span", "width")
                .addAttributes("table", "width", "border", "cellpadding", "cellspacing")
                .addAttributes("font", "color", "size", "face")
                .addAttributes("q", "cite")
                .addAttributes("blockquote", "cite")
                .addProtocols("a", "href", "http", "https", "mailto", "tel", "obsidian")
                .addProtocols("img", "src", "http", "https", "data")
                .addProtocols("iframe", "src", "https")
                .addProtocols("q", "cite", "http", "https")
                .addProtocols("blockquote", "cite", "http", "https");
        return safe.preserveRelativeLinks(true);
    }

    /** Cleans one raw-HTML node's text. */
    public static Cleaned clean(String html) {
        StringBuilder out = new StringBuilder(html.length());
        List<String> removed = new ArrayList<>();
        Matcher token = TOKEN.matcher(html);
        int at = 0;
        while (at < html.length()) {
            if (!token.find(at)) {
                text(html.substring(at), out);
                break;
            }
            text(html.substring(at, token.start()), out);
            at = token.end();
            if (token.group("comment") != null) {
                out.append(token.group());
            } else if (token.group("end") != null) {
                String name = token.group("end").toLowerCase(Locale.ROOT);
                if (SAFELIST.isSafeTag(name)) {
                    out.append(token.group());
                }
            } else {
                String name = token.group("start").toLowerCase(Locale.ROOT);
                String tag = startTag(name, token.group(), token.group("attributes"), removed);
                if (tag == null && RAW_TEXT.contains(name)) {
                    // <script>…</script>: the content goes too; a browser would not have shown it as text.
                    Matcher close = Pattern.compile("</" + name + "\\s*>", Pattern.CASE_INSENSITIVE).matcher(html);
                    at = close.find(at) ? close.end() : html.length();
                }
                out.append(tag == null ? "" : tag);
            }
        }
        return new Cleaned(out.toString(), removed);
    }

    /** The start tag as written when all of it is safe, rebuilt from what is, or null when the element goes. */
    private static String startTag(String name, String written, String attributes, List<String> removed) {
        if (!SAFELIST.isSafeTag(name)) {
            // A placeholder such as <region> or <bucket-name> is no HTML element and never showed: it goes
            // silently, unless it carries a handler.
            if (org.jsoup.parser.Tag.isKnownTag(name) || RAW_TEXT.contains(name) || name.equals("svg") || name.equals("math")) {
                removed.add("<" + name + ">");
            } else {
                for (Matcher m = ONE_ATTRIBUTE.matcher(attributes); m.find(); ) {
                    if (m.group().strip().toLowerCase(Locale.ROOT).startsWith("on")) {
                        removed.add(m.group().strip());
                    }
                }
            }
            return null;
        }
        if (!name.equals("iframe") && plainAndSafe(name, attributes)) {
            return written; // <br>, <a name="x">: nothing to rebuild, so no need for jsoup to parse the tag
        }
        Element element = Jsoup.parse(written, BASE, Parser.xmlParser()).child(0);
        int count = 0;
        for (Matcher m = ONE_ATTRIBUTE.matcher(attributes); m.find(); ) {
            count++;
        }
        StringBuilder rebuilt = new StringBuilder("<").append(name);
        boolean allSafe = element.attributesSize() == count;
        for (Attribute attribute : element.attributes().asList()) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            Attribute lower = new Attribute(key, attribute.getValue());
            boolean safe = SAFELIST.isSafeAttribute(name, element, lower)
                    && !(name.equals("iframe") && key.equals("src") && !VIDEO_PLAYER.matcher(attribute.getValue().trim()).matches());
            if (safe) {
                rebuilt.append(' ').append(key).append("=\"").append(escape(attribute.getValue())).append('"');
            } else {
                allSafe = false;
                removed.add(attribute.getKey() + "=\"" + attribute.getValue() + "\"");
            }
        }
        if (name.equals("iframe") && !rebuilt.toString().contains(" src=\"")) {
            // An iframe of anything but a video player goes whole.
            removed.add("<iframe>");
            return null;
        }
        return allSafe ? written : rebuilt.append(written.endsWith("/>") ? " />" : ">").toString();
    }

    /**
     * Whether every attribute is a quoted, distinct, safe one whose value the safelist does not judge (no URL):
     * then jsoup would read the same attributes and keep them all, and the tag is written as it is.
     */
    private static boolean plainAndSafe(String name, String attributes) {
        Set<String> keys = new HashSet<>();
        Element none = null;
        for (Matcher m = PLAIN_ATTRIBUTE.matcher(attributes); m.regionStart() < attributes.length(); ) {
            if (!m.lookingAt()) {
                return false;
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            if (URL_ATTRIBUTES.contains(key) || !keys.add(key)) {
                return false;
            }
            if (none == null) {
                none = new Element(name);
            }
            if (!SAFELIST.isSafeAttribute(name, none, new Attribute(key, m.group(2) != null ? m.group(2) : m.group(3)))) {
                return false;
            }
            m.region(m.end(), attributes.length());
        }
        return true;
    }

    /** Text between tags stays text: a '<' that did not start a well-formed tag cannot start one in the browser. */
    private static void text(String text, StringBuilder out) {
        out.append(text.replace("<", "&lt;"));
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
