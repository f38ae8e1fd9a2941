package io.studysite.render;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class AtomFeedTest {
    private static final String ATOM = AtomFeed.NAMESPACE;

    @TempDir
    Path tmp;

    private BuildResult build(String config) throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"), "studysite.yml", "title: Study & notes\n" + config,
                "Old.md", "---\nupdated: 2021-05-01\n---\n# Old\n\nThe oldest note.\n",
                "Course/New & shiny.md", "---\ndate: 2024-03-05\ndescription: Brand new\n---\n# New & shiny\n\nText.\n",
                "Undated.md", "# Undated\n\nNo date.\n");
        Files.setLastModifiedTime(vault.resolve("Undated.md"), FileTime.from(Instant.parse("2023-01-02T10:00:00Z")));
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        assertThat(result.outcome()).as(result.diagnostics().toString()).isEqualTo(BuildResult.Outcome.OK);
        return result;
    }

    @Test
    void withABaseUrlTheFeedListsTheNotesNewestFirstWithAbsoluteUrls() throws Exception {
        build("baseUrl: https://example.org/notes\nlastModified: file\n");

        Document feed = parse(tmp.resolve("site/feed.xml"));
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(child(root, "title").getTextContent()).isEqualTo("Study & notes");
        assertThat(child(root, "id").getTextContent()).isEqualTo("https://example.org/notes/");
        assertThat(child(root, "updated").getTextContent()).isEqualTo("2024-03-05T00:00:00Z");
        assertThat(child(child(root, "author"), "name").getTextContent()).isEqualTo("Study & notes");
        assertThat(links(root)).containsExactly("self https://example.org/notes/feed.xml", "alternate https://example.org/notes/index.html");

        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            shown.add(child(entry, "title").getTextContent() + " | " + child(entry, "id").getTextContent() + " | "
                    + child(entry, "updated").getTextContent());
            assertThat(links(entry)).containsExactly("alternate " + child(entry, "id").getTextContent());
        }
        assertThat(shown).containsExactly(
                "New & shiny | https://example.org/notes/course/new-and-shiny.html | 2024-03-05T00:00:00Z",
                "Undated | https://example.org/notes/undated.html | 2023-01-02T00:00:00Z",
                "Old | https://example.org/notes/old.html | 2021-05-01T00:00:00Z");
        assertThat(child((Element) entries.item(0), "summary").getTextContent()).isEqualTo("Brand new");

        // The sitemap dates notes alike.
        assertThat(Files.readString(tmp.resolve("site/sitemap.xml")))
                .contains("<loc>https://example.org/notes/undated.html</loc><lastmod>2023-01-02</lastmod>");

        org.jsoup.nodes.Element alternate = Jsoup.parse(tmp.resolve("site/course/new-and-shiny.html").toFile(), "UTF-8")
                .selectFirst("link[rel=alternate][type=application/atom+xml]");
        assertThat(alternate.attr("href")).isEqualTo("../feed.xml");
    }

    @Test
    void withoutABaseUrlThereIsNoFeedNorALinkToIt() throws IOException {
        BuildResult result = build("");

        assertThat(tmp.resolve("site/feed.xml")).doesNotExist();
        assertThat(Jsoup.parse(tmp.resolve("site/old.html").toFile(), "UTF-8").select("link[type=application/atom+xml]")).isEmpty();
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void theFeedKeepsTheTwentyNewestNotes() {
        List<AtomFeed.Entry> entries = IntStream.rangeClosed(1, 25)
                .mapToObj(i -> new AtomFeed.Entry("n" + i + ".html", "N" + i, LocalDate.of(2024, 1, i), ""))
                .toList();
        List<AtomFeed.Entry> newest = AtomFeed.newest(entries);
        assertThat(newest).hasSize(AtomFeed.SIZE);
        assertThat(newest.get(0).path()).isEqualTo("n25.html");
        assertThat(newest.get(19).path()).isEqualTo("n6.html");
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Element child(Element parent, String name) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }

    private static List<String> links(Element parent) {
        List<String> links = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("link")) {
                links.add(e.getAttribute("rel") + " " + e.getAttribute("href"));
            }
        }
        return links;
    }
}
