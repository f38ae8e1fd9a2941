package io.studysite.testing;

import static java.util.stream.Collectors.joining;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the links of a generated site the way a browser resolves them when the site is opened
 * from {@code file://} or served from an arbitrary sub-path: every internal URL must be relative,
 * percent-encoded, stay inside the site, name an existing file (not a folder) and, if it has a
 * fragment pointing into an HTML page, name an element of that page.
 *
 * <p>At most one problem is reported per URL (the first rule it breaks). Existence is checked
 * against the names actually on disk, so a case mismatch fails even on a case-insensitive file
 * system, just as it would on a Linux static host.
 */
public final class SiteLinkChecker {

    public record Problem(String page, String attribute, String url, String reason) {}

    public record Report(int pagesChecked, int linksChecked, List<Problem> problems) {
        public Report {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** One line per problem, e.g. {@code notes/a.html: href="b.html" -> no such file}. */
        public String describe() {
            return problems.stream()
                    .map(p -> p.page() + ": " + p.attribute() + "=\"" + p.url() + "\" -> " + p.reason())
                    .collect(joining("\n"));
        }
    }

    static final String JAVASCRIPT = "javascript: URL";
    static final String EMPTY_URL = "empty URL";
    static final String NOT_ENCODED = "not percent-encoded";
    static final String MALFORMED = "malformed percent-encoding";
    static final String NOT_UTF8 = "percent-encoding is not UTF-8";
    static final String ROOT_ABSOLUTE = "root-absolute URL breaks file:// and sub-path hosting";
    static final String ESCAPES = "escapes the site root";
    static final String NO_FILE = "no such file";
    static final String FOLDER = "names a folder";
    static final String EMPTY_FRAGMENT = "empty fragment";
    static final String DUPLICATE_ID = "the page has this id twice";

    /** The URL-valued attribute of each element checked (srcset is checked on any element). */
    private static final Map<String, String> URL_ATTRIBUTE = Map.ofEntries(
            Map.entry("a", "href"), Map.entry("link", "href"), Map.entry("area", "href"),
            Map.entry("img", "src"), Map.entry("script", "src"), Map.entry("source", "src"),
            Map.entry("video", "src"), Map.entry("audio", "src"), Map.entry("iframe", "src"),
            Map.entry("embed", "src"), Map.entry("track", "src"), Map.entry("object", "data"),
            Map.entry("form", "action"));

    /** RFC 3986 scheme followed by ':'; anything with a scheme is external. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** RFC 3986 reserved characters and the non-alphanumeric unreserved ones. */
    private static final String URL_PUNCTUATION = "-._~:/?#[]@!$&'()*+,;=";

    private record Link(String attribute, String url) {}

    private record Page(Set<String> ids, List<Link> links, Set<String> duplicateIds) {}

    private final Set<String> files;
    private final Set<String> dirs;
    private final Map<String, Page> pages;
    private final List<Problem> problems = new ArrayList<>();
    private int linksChecked;

    private final String notFoundRoot;

    private SiteLinkChecker(Set<String> files, Set<String> dirs, Map<String, Page> pages, String notFoundRoot) {
        this.files = files;
        this.dirs = dirs;
        this.pages = pages;
        this.notFoundRoot = notFoundRoot;
    }

    /** Checks every *.html page under siteRoot. */
    public static Report check(Path siteRoot) throws IOException {
        return check(siteRoot, null);
    }

    /**
     * Checks every *.html page under siteRoot, where the root-level {@code 404.html} may use root-absolute URLs
     * under {@code notFoundRoot} (the configured base URL's path, e.g. "/notes/"): a host serves that page at any
     * address, so those URLs are resolved as if the site were published at that path. Everywhere else, and any
     * other root-absolute URL, is still a problem.
     */
    public static Report check(Path siteRoot, String notFoundRoot) throws IOException {
        Path root = siteRoot.toAbsolutePath().normalize();
        // Paths relative to root with '/', as spelled on disk; "" is the root folder itself.
        Set<String> files = new HashSet<>();
        Set<String> dirs = new HashSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                (Files.isDirectory(p) ? dirs : files).add(relative(root, p));
            }
        }
        // Parse each page exactly once, up front, so fragment checks can look at any page.
        Map<String, Page> pages = new TreeMap<>(); // sorted: deterministic problem order
        for (String file : files) {
            if (file.endsWith(".html")) {
                pages.put(file, parse(root.resolve(file)));
            }
        }
        SiteLinkChecker checker = new SiteLinkChecker(files, dirs, pages, notFoundRoot);
        pages.forEach((name, page) -> page.links().forEach(link -> checker.check(name, link)));
        // A fragment to a duplicated id lands on whichever comes first: a page never repeats one.
        pages.forEach((name, page) -> page.duplicateIds().forEach(id -> checker.problems.add(new Problem(name, "id", id, DUPLICATE_ID))));
        return new Report(pages.size(), checker.linksChecked, checker.problems);
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace(File.separatorChar, '/');
    }

    private static Page parse(Path file) throws IOException {
        Document doc = Jsoup.parse(file.toFile(), "UTF-8");
        Set<String> ids = new HashSet<>();
        Set<String> duplicateIds = new java.util.TreeSet<>();
        List<Link> links = new ArrayList<>();
        // getAllElements includes the content of <template> and <noscript>: they are checked too.
        for (Element el : doc.getAllElements()) {
            if (el.hasAttr("id") && !ids.add(el.id())) {
                duplicateIds.add(el.id());
            }
            if (el.normalName().equals("a") && el.hasAttr("name")) {
                ids.add(el.attr("name")); // legacy anchor target, still honoured by browsers
            }
            String attribute = URL_ATTRIBUTE.get(el.normalName());
            if (attribute != null && el.hasAttr(attribute)) { // e.g. <a> without href: skipped
                links.add(new Link(attribute, el.attr(attribute)));
            }
            if (el.hasAttr("srcset")) {
                for (String url : srcsetUrls(el.attr("srcset"))) {
                    links.add(new Link("srcset", url));
                }
            }
        }
        return new Page(ids, links, duplicateIds);
    }

    private void check(String page, Link link) {
        linksChecked++;
        String reason = problemWith(page, link.url());
        if (reason != null) {
            problems.add(new Problem(page, link.attribute(), link.url(), reason));
        }
    }

    /** The first rule the URL breaks, or null. */
    private String problemWith(String page, String url) {
        if (SCHEME.matcher(url).lookingAt()) {
            return url.regionMatches(true, 0, "javascript:", 0, 11) ? JAVASCRIPT : null;
        }
        if (url.startsWith("//")) {
            return null; // protocol-relative: external
        }
        if (url.isEmpty()) {
            return EMPTY_URL; // resolves to the page itself; almost surely an empty template value
        }
        String syntax = syntaxProblem(url);
        if (syntax != null) {
            return syntax;
        }
        if (notFoundRoot != null && page.equals("404.html") && url.startsWith(notFoundRoot)) {
            url = url.substring(notFoundRoot.length()); // relative to the site root, where 404.html is
            if (url.isEmpty()) {
                return FOLDER;
            }
        }
        if (url.startsWith("/")) {
            return ROOT_ABSOLUTE;
        }
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? null : url.substring(hash + 1);
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        int query = beforeFragment.indexOf('?');
        String path = percentDecode(query < 0 ? beforeFragment : beforeFragment.substring(0, query));
        String decodedFragment = fragment == null ? null : percentDecode(fragment);
        if (path == null || (fragment != null && decodedFragment == null)) {
            return NOT_UTF8;
        }

        String target = page; // an empty path ("#x", "?q") refers to the page itself
        if (!path.isEmpty()) {
            target = resolve(page, path);
            if (target == null) {
                return ESCAPES;
            }
            if (dirs.contains(target)) {
                return FOLDER; // file:// shows a listing or nothing; hosts differ on index.html
            }
            String last = path.substring(path.lastIndexOf('/') + 1);
            boolean folderSyntax = last.isEmpty() || last.equals(".") || last.equals("..");
            if (!files.contains(target) || folderSyntax) { // "a.html/" is not a.html
                return NO_FILE;
            }
        }

        if (fragment == null) {
            return null;
        }
        if (fragment.isEmpty()) {
            return EMPTY_FRAGMENT;
        }
        Page targetPage = pages.get(target);
        // Like browsers, accept the raw fragment or its decoded form; non-HTML targets are not checked.
        if (targetPage != null && !targetPage.ids().contains(fragment)
                && !targetPage.ids().contains(decodedFragment)) {
            return "no element with id \"" + decodedFragment + "\"";
        }
        return null;
    }

    /** Resolves a decoded relative path against the page's folder; null if it climbs above the root. */
    private static String resolve(String page, String path) {
        Deque<String> segments = new ArrayDeque<>(List.of(page.split("/")));
        segments.removeLast(); // the page's own file name
        for (String part : path.split("/", -1)) {
            switch (part) {
                case "", "." -> { }
                case ".." -> {
                    if (segments.isEmpty()) {
                        return null;
                    }
                    segments.removeLast();
                }
                default -> segments.addLast(part);
            }
        }
        return String.join("/", segments);
    }

    /** Only RFC 3986 characters and well-formed %XX may appear; raw spaces and non-ASCII may not. */
    private static String syntaxProblem(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '%') {
                if (i + 2 >= url.length() || !isHex(url.charAt(i + 1)) || !isHex(url.charAt(i + 2))) {
                    return MALFORMED;
                }
                i += 2;
            } else if (c >= 128 || !(Character.isLetterOrDigit(c) || URL_PUNCTUATION.indexOf(c) >= 0)) {
                return NOT_ENCODED;
            }
        }
        return null;
    }

    private static boolean isHex(char c) {
        return c < 128 && Character.digit(c, 16) >= 0;
    }

    /** Decodes %XX as UTF-8 bytes; '+' stays '+' (form encoding does not apply to paths). Null if not UTF-8. */
    private static String percentDecode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(s, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.write(c); // ASCII only: syntaxProblem ran first
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The URLs of a srcset, following the HTML candidate parsing rules (URLs may contain commas). */
    static List<String> srcsetUrls(String srcset) {
        List<String> urls = new ArrayList<>();
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (isSpace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(start, i);
            if (url.endsWith(",")) {
                url = url.replaceAll(",+$", ""); // "a.png," has no descriptors
            } else {
                int depth = 0; // skip descriptors up to the next comma outside parentheses
                while (i < n && (srcset.charAt(i) != ',' || depth > 0)) {
                    char c = srcset.charAt(i++);
                    depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
                }
            }
            if (!url.isEmpty()) {
                urls.add(url);
            }
        }
        return urls;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
