package io.studysite.render;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SitemapTest {
    @Test
    void urlsAreAbsolutePercentEncodedAndTheXmlIsEscaped() throws Exception {
        String xml = Sitemap.xml("https://example.com/a&b/", List.of(
                new Sitemap.Entry("index.html", Optional.empty()),
                new Sitemap.Entry("appunti/appunti-ecs-–-high-availability.html", Optional.of("2024-03-05")),
                new Sitemap.Entry("q-and-a-100%-sure?.html", Optional.empty())));

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("a&amp;b").doesNotContain("a&b");
        Document doc = parse(xml);
        assertThat(texts(doc, "loc")).containsExactly(
                "https://example.com/a&b/index.html",
                "https://example.com/a&b/appunti/appunti-ecs-%E2%80%93-high-availability.html",
                "https://example.com/a&b/q-and-a-100%25-sure%3F.html");
        assertThat(texts(doc, "lastmod")).containsExactly("2024-03-05");
    }

    @Test
    void anEmptySiteIsAValidEmptyUrlset() throws Exception {
        Document doc = parse(Sitemap.xml("https://example.com/", List.of()));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(texts(doc, "loc")).isEmpty();
    }

    @Test
    void robotsAllowEverythingAndNameTheSitemapUnderTheBaseUrl() {
        assertThat(Sitemap.robots(Optional.empty())).isEqualTo("User-agent: *\nAllow: /\n");
        assertThat(Sitemap.robots(Optional.of("https://user.github.io/notes/")))
                .isEqualTo("User-agent: *\nAllow: /\n\nSitemap: https://user.github.io/notes/sitemap.xml\n");
    }

    @Test
    void lastModifiedIsTheMostSpecificValidDate() {
        assertThat(Sitemap.lastModified(Map.of("date", "2021-03-01 10:00:00 +0100"))).contains("2021-03-01");
        assertThat(Sitemap.lastModified(Map.of("date", "2021-03-01", "updated", "2024-02-03T08:00:00Z"))).contains("2024-02-03");
        assertThat(Sitemap.lastModified(Map.of("updated", "2024-02-30", "date", "2021-03-01"))).contains("2021-03-01");
        assertThat(Sitemap.lastModified(Map.of("date", "last week"))).isEmpty();
        assertThat(Sitemap.lastModified(Map.of("date", "2021-03-011"))).isEmpty();
        assertThat(Sitemap.lastModified(Map.of())).isEmpty();
    }

    @Test
    void publicUrlsJoinTheBaseAndTheEncodedPath() {
        assertThat(PublicUrl.of("https://example.com/notes", "café crème.html")).isEqualTo("https://example.com/notes/caf%C3%A9%20cr%C3%A8me.html");
        assertThat(PublicUrl.of("https://example.com/", "a/b.html")).isEqualTo("https://example.com/a/b.html");
        assertThat(PublicUrl.path("https://example.com/notes/")).isEqualTo("/notes/");
        assertThat(PublicUrl.path("https://example.com/notes")).isEqualTo("/notes/");
        assertThat(PublicUrl.path("https://example.com")).isEqualTo("/");
        assertThat(PublicUrl.path("https://example.com/my%20notes/")).isEqualTo("/my%20notes/");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc, String element) {
        NodeList nodes = doc.getElementsByTagNameNS(Sitemap.NAMESPACE, element);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
