package io.studysite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import io.studysite.config.Dialect;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HighlightExtensionTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine(false, true);

    private Element render(String markdown, Dialect dialect) {
        Document document = ENGINE.parse(markdown, dialect);
        return Jsoup.parseBodyFragment(ENGINE.render(document, dialect, new FakeLinkTargets())).body();
    }

    private Element render(String markdown) {
        return render(markdown, Dialect.OBSIDIAN);
    }

    @Test
    void doubleEqualsHighlight() {
        Element p = render("a ==marked text== b\n").selectFirst("p");

        assertThat(p.select("mark")).extracting(Element::text).containsExactly("marked text");
        assertThat(p.text()).isEqualTo("a marked text b");
        assertThat(p.html()).doesNotContain("==");
    }

    @Test
    void highlightHoldsInlineMarkdownAndNestsInEmphasis() {
        Element p = render("==a **bold** [[Other]]== and **==x==**\n").selectFirst("p");

        Element mark = p.selectFirst("mark");
        assertThat(mark.select("strong").text()).isEqualTo("bold");
        assertThat(mark.select("a.internal-link").text()).isEqualTo("Other");
        assertThat(p.select("strong > mark").text()).isEqualTo("x");
    }

    @Test
    void severalHighlightsInOneParagraphAndInsideAWord() {
        Element p = render("==one== and ==two==; x==y==z\n").selectFirst("p");

        assertThat(p.select("mark")).extracting(Element::text).containsExactly("one", "two", "y");
        assertThat(p.text()).isEqualTo("one and two; xyz");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a == b",              // spaced operator
            "a == b == c",
            "if (a !== b) x",      // strict inequality
            "a!==b and c==d",      // '!' right before the run: never opens
            "== not closed",
            "==text ==",           // closer after whitespace
            "== text==",           // opener before whitespace
            "=single=",
            "a = b",
    })
    void staysLiteral(String text) {
        Element p = render(text + "\n").selectFirst("p");

        assertThat(p.select("mark")).isEmpty();
        assertThat(p.text()).isEqualTo(text);
    }

    @Test
    void notInsideCode() {
        Element body = render("`==x==` and\n\n```\n==y==\n```\n");

        assertThat(body.select("mark")).isEmpty();
        assertThat(body.select("p > code").text()).isEqualTo("==x==");
        assertThat(body.select("pre > code").text()).isEqualTo("==y==");
    }

    @Test
    void tripleEqualsUsesTwoAndKeepsOne() {
        Element p = render("===x===\n").selectFirst("p");

        assertThat(p.select("mark")).extracting(Element::text).containsExactly("x");
        assertThat(p.text()).isEqualTo("=x=");
    }

    @Test
    void setextHeadingUnderlineIsStillAHeading() {
        Element body = render("Title\n==\n\nText ==hi==\n");

        assertThat(body.select("h1").text()).isEqualTo("Title");
        assertThat(body.select("p > mark").text()).isEqualTo("hi");
    }

    @Test
    void highlightInHeadingAndTableCell() {
        Element body = render("# A ==key== idea\n\n| a | b |\n|---|---|\n| ==c== | d |\n");

        assertThat(body.select("h1 > mark").text()).isEqualTo("key");
        assertThat(body.select("td > mark").text()).isEqualTo("c");
    }

    @Test
    void jekyllNotesKeepTheEquals() {
        Element p = render("a ==b== c\n", Dialect.JEKYLL).selectFirst("p");

        assertThat(p.select("mark")).isEmpty();
        assertThat(p.text()).isEqualTo("a ==b== c");
    }
}
