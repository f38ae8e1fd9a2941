package io.studysite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import io.studysite.config.Dialect;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class InlineFootnoteExtensionTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine(false, true);

    private final FakeLinkTargets targets = new FakeLinkTargets();

    private Element render(String markdown, Dialect dialect) {
        Document document = ENGINE.parse(markdown, dialect);
        HeadingIds.assign(document);
        Element body = Jsoup.parseBodyFragment(ENGINE.render(document, dialect, targets)).body();
        assertLinksResolve(body);
        return body;
    }

    private Element render(String markdown) {
        return render(markdown, Dialect.OBSIDIAN);
    }

    /** Every footnote link and backlink points at an id that exists, and no id is used twice. */
    private static void assertLinksResolve(Element body) {
        for (Element a : body.select("a[href^=#fn]")) {
            String id = a.attr("href").substring(1);
            assertThat(body.select("[id=" + id + "]")).as("target of " + a.outerHtml()).hasSize(1);
        }
        Elements withId = body.select("[id]");
        assertThat(withId.eachAttr("id")).doesNotHaveDuplicates();
    }

    /** The texts of the footnote list items, without their backlinks. */
    private static java.util.List<String> notes(Element body) {
        return body.select("div.footnotes > ol > li").stream().map(li -> {
            Element copy = li.clone();
            copy.select("a.footnote-backref").remove();
            return copy.text();
        }).toList();
    }

    @Test
    void anInlineFootnoteBecomesAReferenceAndAListItem() {
        Element body = render("Text^[The note.] after.\n");

        Element p = body.selectFirst("p");
        assertThat(p.text()).isEqualTo("Text1 after.");
        Element sup = p.selectFirst("sup#fnref-1");
        assertThat(sup).isNotNull();
        Element ref = sup.selectFirst("a.footnote-ref");
        assertThat(ref.attr("href")).isEqualTo("#fn-1");
        assertThat(ref.text()).isEqualTo("1");

        assertThat(body.select("div.footnotes")).hasSize(1);
        assertThat(body.select("div.footnotes > hr")).hasSize(1);
        Element li = body.selectFirst("div.footnotes > ol > li#fn-1");
        assertThat(li.selectFirst("p").text()).isEqualTo("The note.");
        assertThat(li.select("a.footnote-backref")).extracting(a -> a.attr("href")).containsExactly("#fnref-1");
        assertThat(body.text()).doesNotContain("^[");
    }

    @Test
    void severalInlineFootnotesAreNumberedInOrder() {
        Element body = render("One ^[first] two ^[second].\n\nThree ^[third]\n");

        assertThat(body.select("a.footnote-ref")).extracting(Element::text).containsExactly("1", "2", "3");
        assertThat(body.select("a.footnote-ref")).extracting(a -> a.attr("href"))
                .containsExactly("#fn-1", "#fn-2", "#fn-3");
        assertThat(notes(body)).containsExactly("first", "second", "third");
    }

    @Test
    void inlineAndRegularFootnotesShareOneListInDocumentOrder() {
        Element body = render("""
                A[^a] then ^[inline one] then [^b] then ^[inline two] and [^a] again.

                [^b]: Regular b.
                [^a]: Regular a.
                """);

        assertThat(body.select("div.footnotes")).hasSize(1);
        assertThat(body.select("a.footnote-ref")).extracting(Element::text).containsExactly("1", "2", "3", "4", "1");
        assertThat(body.select("sup")).extracting(Element::id)
                .containsExactly("fnref-1", "fnref-2", "fnref-3", "fnref-4", "fnref-1-1");
        assertThat(notes(body)).containsExactly("Regular a.", "inline one", "Regular b.", "inline two");
        assertThat(body.select("div.footnotes li")).extracting(Element::id)
                .containsExactly("fn-1", "fn-2", "fn-3", "fn-4");
        assertThat(body.select("li#fn-1 a.footnote-backref")).extracting(a -> a.attr("href"))
                .containsExactly("#fnref-1", "#fnref-1-1");
        assertThat(body.select("li#fn-2 a.footnote-backref")).extracting(a -> a.attr("href"))
                .containsExactly("#fnref-2");
    }

    @Test
    void regularFootnotesAreNumberedByTheirFirstReference() {
        // flexmark alone would number by the last reference: b = 1, a = 2
        Element body = render("A[^a] B[^b] A again[^a]\n\n[^a]: Note a.\n[^b]: Note b.\n");

        assertThat(body.select("a.footnote-ref")).extracting(Element::text).containsExactly("1", "2", "1");
        assertThat(notes(body)).containsExactly("Note a.", "Note b.");
    }

    @Test
    void markdownInsideRenders() {
        Element body = render("Text ^[with **bold**, *it*, `code` and ==mark==] end\n");

        Element note = body.selectFirst("li#fn-1 > p");
        assertThat(note.selectFirst("strong").text()).isEqualTo("bold");
        assertThat(note.selectFirst("em").text()).isEqualTo("it");
        assertThat(note.selectFirst("code").text()).isEqualTo("code");
        assertThat(note.selectFirst("mark").text()).isEqualTo("mark");
        assertThat(body.selectFirst("p").text()).isEqualTo("Text 1 end");
    }

    @Test
    void aWikilinkInsideResolvesThroughTheHook() {
        Element body = render("See ^[details in [[Other#Part|the other note]] and [[Missing]]] here\n");

        Element note = body.selectFirst("li#fn-1 > p");
        Element link = note.selectFirst("a.internal-link");
        assertThat(link.attr("href")).isEqualTo("other.html#part");
        assertThat(link.text()).isEqualTo("the other note");
        assertThat(note.text()).startsWith("details in the other note and");
        assertThat(targets.calls).extracting(FakeLinkTargets.Call::target).contains("Other", "Missing");
        assertThat(body.selectFirst("p").text()).isEqualTo("See 1 here");
    }

    @Test
    void nestedBracketsStayInsideTheFootnote() {
        Element body = render("A ^[see [this] too] b\n\nC ^[x [[Other]] [y]] d\n");

        assertThat(notes(body)).containsExactly("see [this] too", "x Other [y]");
        assertThat(body.select("p").get(0).text()).isEqualTo("A 1 b");
        assertThat(body.select("p").get(1).text()).isEqualTo("C 2 d");
    }

    @Test
    void theFirstBalancingBracketEndsIt() {
        Element body = render("A ^[one] two] b\n");

        assertThat(notes(body)).containsExactly("one");
        assertThat(body.selectFirst("p").text()).isEqualTo("A 1 two] b");
    }

    @Test
    void anUnclosedOneStaysText() {
        Element body = render("A ^[never closed and ^[this [one] either\n");

        assertThat(body.select("sup")).isEmpty();
        assertThat(body.select("div.footnotes")).isEmpty();
        assertThat(body.selectFirst("p").text()).isEqualTo("A ^[never closed and ^[this [one] either");
    }

    @Test
    void inCodeItStaysText() {
        Element body = render("Use `^[note]` like this\n\n```\n^[fenced]\n```\n");

        assertThat(body.select("sup")).isEmpty();
        assertThat(body.selectFirst("p code").text()).isEqualTo("^[note]");
        assertThat(body.selectFirst("pre code").text()).isEqualTo("^[fenced]");
    }

    @Test
    void aBracketInInlineCodeDoesNotCount() {
        Element body = render("A ^[the `]` char] b\n");

        assertThat(notes(body)).containsExactly("the ] char");
        assertThat(body.selectFirst("li#fn-1 code").text()).isEqualTo("]");
    }

    @Test
    void anEscapedCaretStaysLiteral() {
        Element body = render("A \\^[not a note] and \\^[[[Other]]] b\n");

        assertThat(body.select("sup")).isEmpty();
        assertThat(body.selectFirst("p").text()).startsWith("A ^[not a note] and ^[");
    }

    @Test
    void emptyBracketsAreNoFootnote() {
        Element body = render("A ^[] b\n");

        assertThat(body.select("sup")).isEmpty();
    }

    @Test
    void worksInListsTablesHeadingsAndEmphasis() {
        Element body = render("""
                # Title ^[in heading]

                - item ^[in list]

                | a | b |
                |---|---|
                | cell ^[in table] | x |

                **bold ^[in bold]**
                """);

        assertThat(notes(body)).containsExactly("in heading", "in list", "in table", "in bold");
        assertThat(body.selectFirst("h1").ownText()).isEqualTo("Title");
        assertThat(body.selectFirst("li sup a").attr("href")).isEqualTo("#fn-2");
        assertThat(body.selectFirst("td sup a").attr("href")).isEqualTo("#fn-3");
        assertThat(body.selectFirst("strong sup a").attr("href")).isEqualTo("#fn-4");
    }

    @Test
    void aBlockIdAfterAnInlineFootnoteStillWorks() {
        Element body = render("Text ^[note] ^abc-1\n");

        Element p = body.selectFirst("p");
        assertThat(p.id()).isEqualTo("^abc-1");
        assertThat(p.text()).isEqualTo("Text 1");
    }

    @Test
    void jekyllIsUnaffected() {
        Element body = render("Text ^[not a note] and [^1].\n\n[^1]: Regular.\n", Dialect.JEKYLL);

        assertThat(body.selectFirst("p").text()).isEqualTo("Text ^[not a note] and 1.");
        assertThat(notes(body)).containsExactly("Regular.");
    }
}
