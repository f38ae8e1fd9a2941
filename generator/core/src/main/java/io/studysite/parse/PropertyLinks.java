package io.studysite.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links a property value holds, as Obsidian reads them: {@code up: "[[Parent]]"},
 * {@code related: ["[[A#Part|the part]]", "[[B]]"]}, and plain URLs ({@code source: https://…}).
 */
public final class PropertyLinks {
    private static final Pattern WIKILINK = Pattern.compile("\\[\\[([^\\[\\]|]+?)(?:\\|([^\\[\\]]*))?]]");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");

    /**
     * One link in a value.
     *
     * @param target the note or file named, "" for the note itself; {@code null} for a URL
     * @param anchor what follows '#' ({@code Heading}, {@code ^block}), or {@code null}
     * @param label  the text to show: the alias after '|', else the link as written without brackets, or the URL
     * @param url    the URL of a plain link; {@code null} for a wikilink
     */
    public record Link(int start, int end, String target, String anchor, String label, String url) {
        public boolean isWikilink() {
            return url == null;
        }
    }

    private PropertyLinks() {}

    /** The wikilinks and URLs of {@code value}, in order. */
    public static List<Link> in(String value) {
        List<Link> links = new ArrayList<>();
        Matcher wiki = WIKILINK.matcher(value);
        int from = 0;
        while (wiki.find()) {
            urls(value, from, wiki.start(), links);
            String inner = wiki.group(1).trim();
            int hash = inner.indexOf('#');
            String target = hash < 0 ? inner : inner.substring(0, hash).trim();
            String anchor = hash < 0 ? null : inner.substring(hash + 1).trim();
            String label = wiki.group(2) != null && !wiki.group(2).isBlank() ? wiki.group(2).trim()
                    : anchor == null ? target : target.isEmpty() ? anchor : target + " > " + anchor;
            links.add(new Link(wiki.start(), wiki.end(), target, anchor, label, null));
            from = wiki.end();
        }
        urls(value, from, value.length(), links);
        return links;
    }

    private static void urls(String value, int from, int to, List<Link> out) {
        Matcher url = URL.matcher(value).region(from, to);
        while (url.find()) {
            out.add(new Link(url.start(), url.end(), null, null, url.group(), url.group()));
        }
    }
}
