package io.studysite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.util.ast.Document;
import io.studysite.config.Dialect;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalloutExtensionTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine(false, true);

    private final FakeLinkTargets targets = new FakeLinkTargets();

    private Element render(String markdown, Dialect dialect) {
        Document document = ENGINE.parse(markdown, dialect);
        HeadingIds.assign(document);
        return Jsoup.parseBodyFragment(ENGINE.render(document, dialect, targets)).body();
    }

    private Element render(String markdown) {
        return render(markdown, Dialect.OBSIDIAN);
    }

    @ParameterizedTest(name = "[!{0}] is {1}, titled {2}")
    @CsvSource({
            "note, note, Note",
            "abstract, abstract, Abstract", "summary, abstract, Summary", "tldr, abstract, Tldr",
            "info, info, Info",
            "todo, todo, Todo",
            "tip, tip, Tip", "hint, tip, Hint", "important, tip, Important",
            "success, success, Success", "check, success, Check", "done, success, Done",
            "question, question, Question", "help, question, Help", "faq, question, Faq",
            "warning, warning, Warning", "caution, warning, Caution", "attention, warning, Attention",
            "failure, failure, Failure", "fail, failure, Fail", "missing, failure, Missing",
            "danger, danger, Danger", "error, danger, Error",
            "bug, bug, Bug",
            "example, example, Example",
            "quote, quote, Quote", "cite, quote, Cite",
    })
    void everyTypeAndAlias(String type, String canonical, String defaultTitle) {
        Element body = render("> [!" + type + "]\n> Body text\n");

        Element callout = body.selectFirst("> div.callout");
        assertThat(callout).isNotNull();
        assertThat(body.select("blockquote")).isEmpty();
        assertThat(callout.attr("data-callout")).isEqualTo(type);
        assertThat(callout.attr("data-callout-type")).isEqualTo(canonical);
        assertThat(callout.hasAttr("data-callout-fold")).isFalse();
        assertThat(callout.select("> div.callout-title > span.callout-title-inner").text()).isEqualTo(defaultTitle);
        assertThat(callout.select("> div.callout-content > p").text()).isEqualTo("Body text");
        assertThat(callout.children()).extracting(Element::className).containsExactly("callout-title", "callout-content");
    }

    @ParameterizedTest
    @CsvSource({"NOTE, note, note, Note", "Tip, tip, tip, Tip", "IMPORTANT, important, tip, Important",
            "WARNING, warning, warning, Warning", "CAUTION, caution, warning, Caution", "FaQ, faq, question, Faq"})
    void typesAreCaseInsensitiveLikeGitHubAlerts(String written, String type, String canonical, String title) {
        Element callout = render("> [!" + written + "]\n> Alert\n").selectFirst("div.callout");

        assertThat(callout.attr("data-callout")).isEqualTo(type);
        assertThat(callout.attr("data-callout-type")).isEqualTo(canonical);
        assertThat(callout.selectFirst(".callout-title").text()).isEqualTo(title);
    }

    @Test
    void writtenTitleReplacesTheDefault() {
        Element callout = render("> [!warning] Mind the gap\n> body\n").selectFirst("div.callout");

        assertThat(callout.select("> div.callout-title").text()).isEqualTo("Mind the gap");
        assertThat(callout.select("> div.callout-content").text()).isEqualTo("body");
    }

    @Test
    void unknownTypeKeepsItsNameAndIsStyledAsNote() {
        Element callout = render("> [!MyType] \n> body\n").selectFirst("div.callout");

        assertThat(callout.attr("data-callout")).isEqualTo("mytype");
        assertThat(callout.attr("data-callout-type")).isEqualTo("note");
        assertThat(callout.selectFirst(".callout-title").text()).isEqualTo("Mytype");
    }

    @Test
    void metadataAfterAPipeIsKeptAsAnAttribute() {
        Element callout = render("> [!tip|wide] Title\n").selectFirst("div.callout");

        assertThat(callout.attr("data-callout")).isEqualTo("tip");
        assertThat(callout.attr("data-callout-metadata")).isEqualTo("wide");
        assertThat(callout.selectFirst(".callout-title").text()).isEqualTo("Title");
    }

    @Test
    void minusFoldsClosedAsDetails() {
        Element body = render("> [!tip]- Click me\n> hidden body\n");

        Element details = body.selectFirst("> details.callout");
        assertThat(details).isNotNull();
        assertThat(body.select("div.callout")).isEmpty();
        assertThat(details.attr("data-callout")).isEqualTo("tip");
        assertThat(details.attr("data-callout-type")).isEqualTo("tip");
        assertThat(details.attr("data-callout-fold")).isEqualTo("-");
        assertThat(details.hasAttr("open")).isFalse();
        assertThat(details.child(0).tagName()).isEqualTo("summary");
        assertThat(details.select("> summary.callout-title > span.callout-title-inner").text()).isEqualTo("Click me");
        assertThat(details.select("> div.callout-content > p").text()).isEqualTo("hidden body");
    }

    @Test
    void plusFoldsOpen() {
        Element details = render("> [!faq]+\n> answer\n").selectFirst("details.callout");

        assertThat(details.attr("data-callout-fold")).isEqualTo("+");
        assertThat(details.hasAttr("open")).isTrue();
        assertThat(details.attr("data-callout")).isEqualTo("faq");
        assertThat(details.attr("data-callout-type")).isEqualTo("question");
        assertThat(details.selectFirst("> summary.callout-title").text()).isEqualTo("Faq");
    }

    @Test
    void titleOnlyCalloutHasNoContent() {
        Element body = render("> [!success] All done\n\nAfter\n");

        Element callout = body.selectFirst("div.callout");
        assertThat(callout.children()).hasSize(1);
        assertThat(callout.select(".callout-content")).isEmpty();
        assertThat(callout.selectFirst(".callout-title").text()).isEqualTo("All done");
        assertThat(body.select("> p").text()).isEqualTo("After");
    }

    @Test
    void bodylessFoldableIsAnEmptyDetails() {
        Element details = render("> [!example]-\n").selectFirst("details.callout");

        assertThat(details.children()).hasSize(1);
        assertThat(details.selectFirst("> summary.callout-title").text()).isEqualTo("Example");
    }

    @Test
    void bodyHoldsMarkdown() {
        Element content = render("""
                > [!info] Services
                > First **line**
                > second line
                > - EC2
                > - S3
                >
                > ```java
                > int x = 1;
                > ```
                """).selectFirst("div.callout > div.callout-content");

        Elements blocks = content.children();
        assertThat(blocks).extracting(Element::tagName).containsExactly("p", "ul", "pre");
        assertThat(blocks.get(0).select("strong").text()).isEqualTo("line");
        assertThat(blocks.get(0).select("br")).hasSize(1); // Obsidian's line breaks hold in the body too
        assertThat(blocks.get(1).select("> li")).extracting(Element::text).containsExactly("EC2", "S3");
        assertThat(blocks.get(2).select("code.language-java").text()).isEqualTo("int x = 1;");
    }

    @Test
    void titleHoldsInlineMarkdownAndWikilinks() {
        Element title = render("> [!note] See **this** and [[Other|the other]]\n> body\n")
                .selectFirst("div.callout > div.callout-title > span.callout-title-inner");

        assertThat(title.text()).isEqualTo("See this and the other");
        assertThat(title.select("strong").text()).isEqualTo("this");
        assertThat(title.select("a.internal-link[href=other.html]").text()).isEqualTo("the other");
        assertThat(title.html()).doesNotContain("[!note]");
    }

    @Test
    void wikilinksInTheBodyResolve() {
        Element content = render("> [!tip]\n> Read [[Other]] and [[Nope]].\n").selectFirst(".callout-content");

        assertThat(content.select("a.internal-link[href=other.html]").text()).isEqualTo("Other");
        assertThat(content.select("span.unresolved-link").text()).isEqualTo("Nope");
    }

    @Test
    void nestedCallouts() {
        Element outer = render("""
                > [!note] Outer
                > outer text
                > > [!warning]- Inner
                > > inner text
                > after inner
                """).selectFirst("body > div.callout");

        assertThat(outer.attr("data-callout")).isEqualTo("note");
        Element content = outer.selectFirst("> div.callout-content");
        assertThat(content.children()).extracting(Element::tagName).containsExactly("p", "details");
        Element inner = content.selectFirst("> details.callout");
        assertThat(inner.attr("data-callout")).isEqualTo("warning");
        assertThat(inner.attr("data-callout-fold")).isEqualTo("-");
        assertThat(inner.selectFirst("> summary.callout-title").text()).isEqualTo("Inner");
        // "after inner" is a lazy continuation of the inner quote's paragraph, as in CommonMark.
        assertThat(inner.selectFirst("> div.callout-content > p").text()).startsWith("inner text");
        assertThat(outer.select("blockquote")).isEmpty();
    }

    @Test
    void calloutInsideAListItem() {
        Element li = render("- item\n  > [!todo] Later\n  > body\n").selectFirst("ul > li");

        assertThat(li.select("> div.callout[data-callout=todo] > .callout-title").text()).isEqualTo("Later");
    }

    @Test
    void plainQuotesStayQuotes() {
        Element body = render("> just a quote\n\n> [not a callout]\n\n> text [!note] later\n");

        assertThat(body.select("div.callout, details.callout")).isEmpty();
        assertThat(body.select("> blockquote")).hasSize(3);
        assertThat(body.select("> blockquote").get(2).text()).isEqualTo("text [!note] later");
    }

    @Test
    void aQuoteWithSpaceInTheTypeIsNoCallout() {
        Element body = render("> [!not a type] x\n");

        assertThat(body.select(".callout")).isEmpty();
        assertThat(body.select("blockquote").text()).isEqualTo("[!not a type] x");
    }

    @Test
    void titleMayHoldInlineHtmlLikeAnyParagraph() {
        Element title = render("> [!note] a <b>x</b> & c\n").selectFirst(".callout-title");

        // inline HTML is passed through as flexmark does elsewhere; the ampersand is escaped
        assertThat(title.text()).isEqualTo("a x & c");
    }

    @Test
    void theAstHoldsCalloutNodesAndNoPrefixText() {
        Document document = ENGINE.parse("> [!tip]- Title\n> body\n", Dialect.OBSIDIAN);

        Callout callout = (Callout) document.getFirstChild();
        assertThat(callout.getType()).isEqualTo("tip");
        assertThat(callout.getCanonicalType()).isEqualTo("tip");
        assertThat(callout.getFold()).isEqualTo('-');
        assertThat(callout.getFirstChild()).isInstanceOf(CalloutTitle.class);
        assertThat(callout.getFirstChild().getChars().toString()).isEqualTo("Title");
        assertThat(callout.getLastChild()).isInstanceOf(CalloutContent.class);
        assertThat(document.getChildOfType(BlockQuote.class)).isNull();
        StringBuilder text = new StringBuilder();
        for (var node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Text t) {
                text.append(t.getChars()).append('|');
            }
        }
        assertThat(text.toString()).isEqualTo("Title|body|");
    }

    @Test
    void jekyllNotesHaveCalloutsToo() {
        // GitHub renders "> [!NOTE]" as an alert and Obsidian as a callout: a Jekyll note means one either way.
        Element body = render("> [!note] Title\n> body\n", Dialect.JEKYLL);

        assertThat(body.select(".callout[data-callout=note] .callout-title-inner").text()).isEqualTo("Title");
        assertThat(body.select("blockquote")).isEmpty();
    }
}
