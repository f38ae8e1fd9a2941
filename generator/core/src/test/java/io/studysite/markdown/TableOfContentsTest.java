package io.studysite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.studysite.note.Heading;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TableOfContentsTest {

    private static Heading h(int level, String text, String id) {
        return new Heading(level, text, id, 0);
    }

    private static Element toc(List<Heading> headings) {
        String html = TableOfContents.html(headings);
        assertThat(html).startsWith("<ul>");
        return Jsoup.parseBodyFragment(html).body();
    }

    @Test
    void noHeadingsIsNoTable() {
        assertThat(TableOfContents.html(List.of())).isEmpty();
    }

    @Test
    void oneHeading() {
        assertThat(TableOfContents.html(List.of(h(2, "EC2", "ec2"))))
                .isEqualTo("<ul><li><a href=\"#ec2\">EC2</a></li></ul>");
    }

    @Test
    void nestsByHeadingLevel() {
        Element body = toc(List.of(
                h(1, "Compute", "compute"),
                h(2, "EC2", "ec2"),
                h(3, "Instance types", "instance-types"),
                h(2, "Lambda", "lambda"),
                h(1, "Storage", "storage")));

        assertThat(body.select("> ul > li > a")).extracting(a -> a.attr("href")).containsExactly("#compute", "#storage");
        assertThat(body.select("> ul > li").get(0).select("> ul > li > a")).extracting(Element::text)
                .containsExactly("EC2", "Lambda");
        assertThat(body.select("> ul > li > ul > li > ul > li > a")).extracting(Element::text)
                .containsExactly("Instance types");
        assertThat(body.select("> ul > li").get(1).select("ul")).isEmpty();
        assertThat(body.select("a")).hasSize(5);
    }

    @Test
    void aSkippedLevelNestsOneStep() {
        Element body = toc(List.of(h(1, "Top", "top"), h(3, "Deep", "deep"), h(2, "Middle", "middle")));

        assertThat(body.select("> ul > li > a")).extracting(Element::text).containsExactly("Top");
        assertThat(body.select("> ul > li > ul > li > a")).extracting(Element::text).containsExactly("Deep", "Middle");
    }

    @Test
    void startingBelowTheTopLevelAndGoingUp() {
        Element body = toc(List.of(h(3, "Deep first", "d"), h(2, "Then two", "t"), h(1, "Then one", "o")));

        assertThat(body.select("> ul > li > a")).extracting(Element::text).containsExactly("Deep first", "Then two", "Then one");
    }

    @Test
    void siblingsOfTheSameLevel() {
        Element body = toc(List.of(h(2, "A", "a"), h(2, "B", "b"), h(2, "C", "c")));

        assertThat(body.select("> ul > li")).hasSize(3);
        assertThat(body.select("ul ul")).isEmpty();
    }

    @Test
    void textAndIdsAreEscaped() {
        String html = TableOfContents.html(List.of(h(1, "<script>alert(1)</script> & \"quotes\"", "x\"onmouseover=\"y")));
        Element body = Jsoup.parseBodyFragment(html).body();

        assertThat(body.select("script")).isEmpty();
        Element a = body.selectFirst("a");
        assertThat(a.text()).isEqualTo("<script>alert(1)</script> & \"quotes\"");
        assertThat(a.attr("href")).isEqualTo("#x%22onmouseover%3D%22y");
        assertThat(a.hasAttr("onmouseover")).isFalse();
        assertThat(html).contains("&lt;script&gt;").contains("&amp;");
    }

    @Test
    void idsArePercentEncodedInHrefs() {
        Element a = toc(List.of(h(1, "Café Déjà", "café-déjà"))).selectFirst("a");

        assertThat(a.attr("href")).isEqualTo("#caf%C3%A9-d%C3%A9j%C3%A0");
        assertThat(a.text()).isEqualTo("Café Déjà");
    }

    @Test
    void escapeHelper() {
        assertThat(TableOfContents.escape("a < b & c > \"d\"")).isEqualTo("a &lt; b &amp; c &gt; &quot;d&quot;");
    }
}
