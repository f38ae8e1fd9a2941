package io.studysite.markdown;

import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How references are written: which URLs stay external, how wikilink parts are split, and the
 * few Liquid URL expressions Jekyll notes use. Shared by reference collection and rendering so both
 * read a link the same way.
 */
public final class LinkSyntax {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern LIQUID_URL = Pattern.compile(
            "^\\{\\{\\s*(?:\"([^\"]*)\"|'([^']*)')\\s*((?:\\|\\s*(?:absolute_url|relative_url)\\s*)*)}}$");
    private static final Pattern SITE_BASEURL = Pattern.compile("^\\{\\{\\s*site\\.(?:baseurl|url)\\s*}}");
    private static final Pattern SIZE = Pattern.compile("^(\\d+)(?:x(\\d+))?$");
    /** Tabs, newlines and controls, which browsers drop from a URL before reading its scheme. */
    private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\u0000-\\u0020\\u007f]");

    private LinkSyntax() {}

    /** A reference split into its parts. {@code anchor} is {@code null} when none was written. */
    public record Parts(String target, String anchor) {}

    /** Image size written after '|': {@code 300} or {@code 300x200}; {@code height} is 0 when not given. */
    public record Size(int width, int height) {}

    /** URLs with a scheme ({@code https:}, {@code mailto:}, {@code obsidian:}) or protocol-relative ones. */
    public static boolean isExternal(String url) {
        return url.startsWith("//") || SCHEME.matcher(url).find();
    }

    /**
     * A URL a browser would run as a script ({@code javascript:}, {@code vbscript:}) or open as a page written in
     * the link ({@code data:}), in any case and with the tabs, newlines and leading controls browsers ignore.
     */
    public static boolean runsScript(String url) {
        String scheme = IGNORED_IN_SCHEME.matcher(url).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        return scheme.startsWith("javascript:") || scheme.startsWith("vbscript:") || scheme.startsWith("data:");
    }

    /**
     * A wikilink's target and anchor; the trailing '\' of {@code [[Note\|alias]]} in tables is dropped.
     * The target ends at the first '|', as in Obsidian ({@code [[Note|a|b]]} links to "Note"), although
     * flexmark splits at the last one.
     */
    public static Parts wikiParts(WikiNode node) {
        String link = node.getLink().toString();
        int pipe = link.indexOf('|');
        if (node instanceof WikiImage || pipe >= 0) {
            return split(pipe < 0 ? link : link.substring(0, pipe));
        }
        String target = stripEscape(node.getPageRef().toString()).trim();
        String anchor = node.getAnchorMarker().isNull() ? null : stripEscape(node.getAnchorRef().toString()).trim();
        return new Parts(target, anchor);
    }

    /**
     * What follows the first '|' of a wikilink or embed ({@code a|b} for {@code [[Note|a|b]]},
     * {@code alt|300} for {@code ![[x.png|alt|300]]}), or {@code null} when no '|' was written.
     */
    public static String wikiText(WikiNode node) {
        if (node.getTextSeparatorMarker().isNull()) {
            return null;
        }
        String link = node.getLink().toString();
        int pipe = link.indexOf('|');
        String text = node.getText().toString();
        return pipe < 0 ? text : link.substring(pipe + 1) + "|" + text;
    }

    /** A Markdown link URL's target and anchor, percent-decoded; Liquid URLs evaluated first. */
    public static Optional<Parts> markdownParts(String url) {
        String evaluated = evaluateLiquidUrl(url).orElse(url);
        if (evaluated.isEmpty() || isExternal(evaluated) || evaluated.startsWith("{{")) {
            return Optional.empty();
        }
        int query = evaluated.indexOf('?');
        int hash = evaluated.indexOf('#');
        String path = evaluated.substring(0, query >= 0 && (hash < 0 || query < hash) ? query : hash >= 0 ? hash : evaluated.length());
        String anchor = hash >= 0 ? evaluated.substring(hash + 1) : null;
        return Optional.of(new Parts(decode(path), anchor == null ? null : decode(anchor)));
    }

    /**
     * {@code {{ "/assets/x.png" | absolute_url }}} and {@code {{ site.baseurl }}/x.png} → {@code /x.png}:
     * a site-root path the vault resolves like any other. Empty when the expression is not one of these.
     */
    public static Optional<String> evaluateLiquidUrl(String url) {
        String trimmed = url.trim();
        Matcher m = LIQUID_URL.matcher(trimmed);
        if (m.matches()) {
            String literal = m.group(1) != null ? m.group(1) : m.group(2);
            return Optional.of(literal.startsWith("/") || m.group(3).isBlank() ? literal : "/" + literal);
        }
        Matcher base = SITE_BASEURL.matcher(trimmed);
        if (base.find()) {
            String rest = trimmed.substring(base.end());
            return Optional.of(rest.startsWith("/") ? rest : "/" + rest);
        }
        return Optional.empty();
    }

    /** The size part of {@code ![[x.png|300]]} or {@code ![[x.png|alt|300x200]]}, if any. */
    public static Optional<Size> imageSize(String text) {
        String[] parts = text.split("\\|");
        Matcher m = SIZE.matcher(parts[parts.length - 1].trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Size(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
    }

    /** Percent-decodes a path as UTF-8 without turning '+' into a space. */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return s;
        }
    }

    private static Parts split(String link) {
        int hash = link.indexOf('#');
        String target = stripEscape(hash < 0 ? link : link.substring(0, hash)).trim();
        String anchor = hash < 0 ? null : stripEscape(link.substring(hash + 1)).trim();
        return new Parts(target, anchor);
    }

    private static String stripEscape(String s) {
        return s.endsWith("\\") ? s.substring(0, s.length() - 1) : s;
    }
}
