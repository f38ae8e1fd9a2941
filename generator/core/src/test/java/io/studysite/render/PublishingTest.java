package io.studysite.render;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.testing.SiteLinkChecker;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a published site tells crawlers and link previews: sitemap, robots.txt, canonical and OpenGraph tags, 404. */
class PublishingTest {
    private static final String BASE = "https://user.github.io/notes/";

    @TempDir
    Path tmp;

    private static final String LONG_PARAGRAPH = "ECS services spread their tasks across Availability Zones, and the "
            + "scheduler replaces a task that fails its health check, so a service keeps its desired count even when "
            + "a whole zone goes away for a while.";

    /** A vault with notes at depth, names with spaces, an en dash, accents and '&', a draft and tags. */
    private Path build(String config) throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"),
                "studysite.yml", "title: Study & notes\ndescription: Site wide words\n" + config,
                "Appunti ECS – High Availability.md", "[[Café crème]]\n\n" + LONG_PARAGRAPH + "\n\nMore text.\n",
                "Café crème.md", "---\ndate: 2023-11-02\ntags: [food]\n---\n# Café crème\n\nA **coffee** with [[Appunti ECS – High Availability|notes]] #food.\n",
                "Course/Part 1/Lesson & Q.md", "---\ndescription: \"Lesson <one> & \\\"quotes\\\"\"\nupdated: 2024-03-05\ntags: [course/intro]\n---\n# Lesson & Q\n\nBody.\n",
                "Course/Only a list.md", "- Storage\n  - first item of a list\n- second\n",
                "Draft.md", "---\ndraft: true\n---\n# Draft\n\nSecret words.\n");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, site()));
        assertThat(result.outcome()).as(result.diagnostics().toString()).isEqualTo(BuildResult.Outcome.OK);
        return site();
    }

    private Path site() {
        return tmp.resolve("site");
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(site().resolve(path).toFile(), "UTF-8");
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "]");
        return meta == null ? null : meta.attr("content");
    }

    @Test
    void sitemapListsEveryPageAReaderLandsOnWithAbsoluteEncodedUrls() throws Exception {
        // Front-matter days only: file times would date every note (AtomFeedTest checks those).
        build("baseUrl: https://user.github.io/notes\nlastModified: off\n");

        org.w3c.dom.Document xml = parseSitemap();
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        Map<String, String> lastmodByLoc = new LinkedHashMap<>();
        NodeList urls = xml.getElementsByTagNameNS(Sitemap.NAMESPACE, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            NodeList lastmod = url.getElementsByTagNameNS(Sitemap.NAMESPACE, "lastmod");
            lastmodByLoc.put(url.getElementsByTagNameNS(Sitemap.NAMESPACE, "loc").item(0).getTextContent(),
                    lastmod.getLength() == 0 ? null : lastmod.item(0).getTextContent());
        }
        List<String> locs = new ArrayList<>(lastmodByLoc.keySet());

        // Every HTML page but the 404 page and the search page, each once; the home page first.
        List<String> expected = htmlPages().stream()
                .filter(p -> !p.equals("404.html") && !p.equals("search/index.html"))
                .map(p -> BASE + p).toList();
        assertThat(locs).hasSize(urls.getLength()).hasSameSizeAs(expected);
        assertThat(locs.get(0)).isEqualTo(BASE + "index.html");
        for (String loc : locs) {
            URI uri = new URI(loc); // throws on a raw space or other unencoded character
            assertThat(uri.isAbsolute()).isTrue();
            assertThat(loc).startsWith(BASE);
            assertThat(uri.toASCIIString()).isEqualTo(loc);
            String path = URLDecoder.decode(uri.getRawPath().substring("/notes/".length()).replace("+", "%2B"), StandardCharsets.UTF_8);
            assertThat(site().resolve(path)).as(loc).isRegularFile();
        }
        assertThat(locs.stream().map(l -> URLDecoder.decode(l.replace("+", "%2B"), StandardCharsets.UTF_8)).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(locs).contains(
                BASE + "appunti-ecs-high-availability.html",
                BASE + "caf%C3%A9-cr%C3%A8me.html",
                BASE + "course/part-1/lesson-and-q.html",
                BASE + "course/index.html",
                BASE + "course/part-1/index.html",
                BASE + "tags/index.html",
                BASE + "tags/food.html",
                BASE + "services/index.html");
        assertThat(locs).noneMatch(l -> l.contains("draft") || l.contains("404") || l.contains("search")
                || l.endsWith(".json"));
        assertThat(lastmodByLoc).containsEntry(BASE + "course/part-1/lesson-and-q.html", "2024-03-05")
                .containsEntry(BASE + "caf%C3%A9-cr%C3%A8me.html", "2023-11-02")
                .containsEntry(BASE + "appunti-ecs-high-availability.html", null);
    }

    @Test
    void robotsTxtAllowsAllAndNamesTheSitemapOnlyWithABaseUrl() throws IOException {
        build("baseUrl: https://user.github.io/notes/\n");
        assertThat(Files.readAllLines(site().resolve("robots.txt")))
                .containsExactly("User-agent: *", "Allow: /", "", "Sitemap: https://user.github.io/notes/sitemap.xml");
    }

    @Test
    void withoutABaseUrlThereIsNoSitemapNorCanonicalAndThe404PageStaysRelative() throws IOException {
        build("");

        assertThat(site().resolve("sitemap.xml")).doesNotExist();
        assertThat(Files.readAllLines(site().resolve("robots.txt"))).containsExactly("User-agent: *", "Allow: /");
        Document lesson = page("course/part-1/lesson-and-q.html");
        assertThat(lesson.select("link[rel=canonical]")).isEmpty();
        assertThat(meta(lesson, "og:url")).isNull();
        assertThat(meta(lesson, "og:type")).isEqualTo("article");
        assertThat(lesson.select("link[rel=icon]").attr("href")).isEqualTo("../../_studysite/favicon.svg");

        Document notFound = page("404.html");
        List<String> urls = urls(notFound);
        assertThat(urls).isNotEmpty().allSatisfy(url -> assertThat(url).doesNotStartWith("/").doesNotContain("://"));
        assertThat(notFound.select("link[rel=icon]").attr("href")).isEqualTo("_studysite/favicon.svg");
        SiteLinkChecker.Report links = SiteLinkChecker.check(site());
        assertThat(links.ok()).as(links.describe()).isTrue();
    }

    @Test
    void notePagesCarryCanonicalAndOpenGraphTagsAtAnyDepth() throws IOException {
        build("baseUrl: https://user.github.io/notes/\n");

        Document lesson = page("course/part-1/lesson-and-q.html");
        String url = BASE + "course/part-1/lesson-and-q.html";
        assertThat(lesson.select("link[rel=canonical]").attr("href")).isEqualTo(url);
        assertThat(meta(lesson, "og:url")).isEqualTo(url);
        assertThat(meta(lesson, "og:type")).isEqualTo("article");
        assertThat(meta(lesson, "og:title")).isEqualTo("Lesson & Q");
        assertThat(meta(lesson, "og:site_name")).isEqualTo("Study & notes");
        assertThat(meta(lesson, "og:description")).isEqualTo("Lesson <one> & \"quotes\"");
        assertThat(lesson.select("meta[name=description]").attr("content")).isEqualTo("Lesson <one> & \"quotes\"");
        // The page itself still links relatively: it works from disk too.
        assertThat(lesson.select("link[rel=icon]").attr("href")).isEqualTo("../../_studysite/favicon.svg");
        assertThat(lesson.select("link[rel=stylesheet]").attr("href")).isEqualTo("../../_studysite/style.css");

        Document cafe = page("café-crème.html");
        assertThat(cafe.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "caf%C3%A9-cr%C3%A8me.html");

        Document home = page("index.html");
        assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "index.html");
        assertThat(meta(home, "og:type")).isEqualTo("website");
        assertThat(meta(home, "og:description")).isEqualTo("Site wide words");
        assertThat(meta(page("tags/food.html"), "og:type")).isEqualTo("website");
        assertThat(page("tags/food.html").select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "tags/food.html");

        SiteLinkChecker.Report links = SiteLinkChecker.check(site(), "/notes/");
        assertThat(links.ok()).as(links.describe()).isTrue();
        assertThat(site().resolve("_studysite/favicon.svg")).isRegularFile();
    }

    @Test
    void notesWithoutADescriptionGetAnExcerptOfTheirFirstParagraphOfProse() throws IOException {
        build("");

        // "[[Café crème]]" alone is a link, not prose; the paragraph after it is cut at a word.
        String excerpt = page("appunti-ecs-high-availability.html").select("meta[name=description]").attr("content");
        assertThat(excerpt).endsWith("…").hasSizeLessThanOrEqualTo(Excerpt.LENGTH);
        assertThat(LONG_PARAGRAPH).startsWith(excerpt.substring(0, excerpt.length() - 1));
        assertThat(LONG_PARAGRAPH.charAt(excerpt.length() - 1)).isIn(' ', ',');
        assertThat(meta(page("appunti-ecs-high-availability.html"), "og:description")).isEqualTo(excerpt);
        // Markup, links and tags read as the page shows them.
        assertThat(page("café-crème.html").select("meta[name=description]").attr("content"))
                .isEqualTo("A coffee with notes #food.");
        // Inside a list too; a one-word label is passed over for the first real sentence.
        assertThat(page("course/only-a-list.html").select("meta[name=description]").attr("content"))
                .isEqualTo("first item of a list");
    }

    @Test
    void theNotFoundPageUsesUrlsFromTheBasePathSinceItIsServedAtAnyAddress() throws IOException {
        build("baseUrl: https://user.github.io/notes/\n");

        Document notFound = page("404.html");
        List<String> urls = urls(notFound);
        assertThat(urls).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("/notes/"));
        assertThat(urls).contains("/notes/index.html", "/notes/tags/index.html", "/notes/services/index.html",
                "/notes/search/index.html", "/notes/_studysite/style.css", "/notes/_studysite/favicon.svg",
                "/notes/_studysite/page.js");
        assertThat(notFound.select("form.site-search").attr("data-script")).isEqualTo("/notes/_studysite/search-ui.js");
        assertThat(notFound.select("script[data-root]").attr("data-root")).isEqualTo("/notes/");
        assertThat(notFound.select("main form[action] input[name=q]")).hasSize(1);
        assertThat(notFound.select("link[rel=canonical]")).isEmpty();
        assertThat(notFound.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        // Other pages keep relative URLs.
        assertThat(urls(page("course/part-1/lesson-and-q.html"))).noneMatch(url -> url.startsWith("/"));

        SiteLinkChecker.Report links = SiteLinkChecker.check(site(), "/notes/");
        assertThat(links.ok()).as(links.describe()).isTrue();
    }

    @Test
    void aBaseUrlAtTheHostRootGivesTheNotFoundPageRootUrls() throws IOException {
        build("baseUrl: https://notes.example.org\n");
        assertThat(urls(page("404.html"))).contains("/index.html", "/_studysite/style.css")
                .allSatisfy(url -> assertThat(url).startsWith("/").doesNotStartWith("//"));
        assertThat(Files.readString(site().resolve("sitemap.xml"))).contains("<loc>https://notes.example.org/index.html</loc>");
    }

    /** Every link, stylesheet, script and form target of a page. */
    private static List<String> urls(Document page) {
        List<String> urls = new ArrayList<>();
        page.select("a[href], link[href]").forEach(e -> urls.add(e.attr("href")));
        page.select("script[src]").forEach(e -> urls.add(e.attr("src")));
        page.select("form[action]").forEach(e -> urls.add(e.attr("action")));
        urls.removeIf(url -> url.startsWith("#"));
        return urls;
    }

    private List<String> htmlPages() throws IOException {
        try (Stream<Path> walk = Files.walk(site())) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site().relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("_studysite/")).sorted().toList();
        }
    }

    private org.w3c.dom.Document parseSitemap() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(site().resolve("sitemap.xml").toFile());
    }
}
