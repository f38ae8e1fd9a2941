package io.studysite.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.vladsch.flexmark.util.ast.Document;
import io.studysite.config.Dialect;
import io.studysite.markdown.BlockId.Kind;
import io.studysite.markdown.BlockIdExtension.Target;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlockIdExtensionTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine(false, true);

    private static Element render(String markdown) {
        Document document = ENGINE.parse(markdown, Dialect.OBSIDIAN);
        HeadingIds.assign(document);
        return Jsoup.parseBodyFragment(ENGINE.render(document, Dialect.OBSIDIAN, LinkTargets.NONE)).body();
    }

    private static Map<String, Target> ids(String markdown) {
        return BlockIdExtension.blockIds(ENGINE.parse(markdown, Dialect.OBSIDIAN));
    }

    @Test
    void aMarkerAtTheEndOfAParagraphBecomesItsId() {
        Element body = render("Some text ^abc-123\n\nNext\n");

        Element p = body.child(0);
        assertThat(p.tagName()).isEqualTo("p");
        assertThat(p.id()).isEqualTo("^abc-123");
        assertThat(p.text()).isEqualTo("Some text");
        assertThat(body.child(1).id()).isEmpty();
        assertThat(body.getElementById("^abc-123")).isSameAs(p);
    }

    @Test
    void aMarkerOnTheLastLineOfAParagraphLeavesNoLineBreak() {
        Element p = render("line one\nline two\n^end\n").selectFirst("p");

        assertThat(p.id()).isEqualTo("^end");
        assertThat(p.select("br")).hasSize(1);
        assertThat(p.text()).isEqualTo("line one line two");
    }

    @Test
    void aMarkerAfterFormattingWorks() {
        Element p = render("Some **bold** ^B-1\n").selectFirst("p");

        assertThat(p.id()).isEqualTo("^B-1");
        assertThat(p.html()).isEqualTo("Some <strong>bold</strong>");
    }

    @Test
    void aMarkerAtTheEndOfAListItemNamesTheItem() {
        Element body = render("- one ^first\n- two\n  - nested ^deep\n");

        assertThat(body.selectFirst("ul").id()).isEmpty();
        Element first = body.selectFirst("ul > li");
        assertThat(first.id()).isEqualTo("^first");
        assertThat(first.text()).isEqualTo("one");
        Element deep = body.selectFirst("ul > li > ul > li");
        assertThat(deep.id()).isEqualTo("^deep");
        assertThat(deep.text()).isEqualTo("nested");
        assertThat(body.select("[id]")).hasSize(2);
    }

    @Test
    void aMarkerInALooseListItemNamesTheItemNotItsParagraph() {
        Element body = render("1. one ^loose\n\n2. two\n");

        Element li = body.selectFirst("ol > li");
        assertThat(li.id()).isEqualTo("^loose");
        assertThat(li.selectFirst("p").id()).isEmpty();
        assertThat(li.text()).isEqualTo("one");
    }

    @Test
    void aMarkerOnATaskItemNamesTheItem() {
        Element li = render("- [ ] task ^todo\n").selectFirst("li");

        assertThat(li.id()).isEqualTo("^todo");
        assertThat(li.hasClass("task-list-item")).isTrue();
        assertThat(li.text()).isEqualTo("task");
    }

    @Test
    void aMarkerAloneAfterAListNamesTheList() {
        Element body = render("- a\n- b\n\n^my-list\n\nAfter\n");

        assertThat(body.children()).extracting(Element::tagName).containsExactly("ul", "p");
        assertThat(body.child(0).id()).isEqualTo("^my-list");
        assertThat(body.select("li[id]")).isEmpty();
        assertThat(body.child(1).text()).isEqualTo("After");
        assertThat(body.text()).doesNotContain("^");
    }

    @Test
    void aMarkerAloneAfterATableNamesTheTable() {
        Element body = render("| a | b |\n|---|---|\n| 1 | 2 |\n\n^tbl\n");

        assertThat(body.children()).extracting(Element::tagName).containsExactly("table");
        assertThat(body.child(0).id()).isEqualTo("^tbl");
    }

    @Test
    void aMarkerAloneAfterABlockquoteNamesTheQuote() {
        Element body = render("> quoted\n> text\n\n^q1\n");

        assertThat(body.children()).extracting(Element::tagName).containsExactly("blockquote");
        assertThat(body.child(0).id()).isEqualTo("^q1");
        assertThat(body.selectFirst("blockquote p").id()).isEmpty();
    }

    @Test
    void aMarkerAloneAfterAParagraphOrHeadingStaysText() {
        Element body = render("para\n\n^x\n\n# Head\n\n^y\n");

        assertThat(body.select("[id^=^]")).isEmpty();
        assertThat(body.select("p")).extracting(Element::text).containsExactly("para", "^x", "^y");
        assertThat(ids("para\n\n^x\n\n# Head\n\n^y\n")).isEmpty();
    }

    @Test
    void headingsKeepTheirMarkerAsText() {
        Element h = render("# Title ^h1\n").selectFirst("h1");

        assertThat(h.text()).isEqualTo("Title ^h1");
        assertThat(h.id()).isEqualTo("title-h1");
    }

    @Test
    void onlyATrailingWellFormedMarkerCounts() {
        Element body = render("a^b\n\nmid ^x text\n\nbad ^under_score\n\nescaped \\^esc\n\ncode `x ^c`\n\n*em*^glued\n");

        assertThat(body.select("[id]")).isEmpty();
        assertThat(body.select("p")).extracting(Element::text).containsExactly(
                "a^b", "mid ^x text", "bad ^under_score", "escaped ^esc", "code x ^c", "em^glued");
    }

    @Test
    void noMarkersInCodeBlocks() {
        Element body = render("```\ncode ^c1\n```\n\n^c2\n");

        assertThat(body.select("[id]")).isEmpty();
        assertThat(body.selectFirst("code").text()).isEqualTo("code ^c1");
        assertThat(body.selectFirst("p").text()).isEqualTo("^c2");
    }

    @Test
    void aRepeatedIdNamesOnlyTheFirstBlock() {
        String markdown = "first ^dup\n\nsecond ^dup\n";
        Element body = render(markdown);

        assertThat(body.select("p")).extracting(Element::id).containsExactly("^dup", "");
        assertThat(body.select("p")).extracting(Element::text).containsExactly("first", "second");
        assertThat(ids(markdown)).containsExactly(entry("dup", new Target(Kind.PARAGRAPH, 1)));
    }

    @Test
    void blockIdsGivesKindAndFileLineOfEachBlock() {
        String markdown = """
                ---
                title: x
                ---
                para ^p1

                - a
                - item ^li
                - c

                ^list

                > quote

                ^bq

                | h |
                |---|
                | 1 |

                ^tb
                """;

        assertThat(ids(markdown)).containsExactly(
                entry("p1", new Target(Kind.PARAGRAPH, 4)),
                entry("li", new Target(Kind.LIST_ITEM, 7)),
                entry("list", new Target(Kind.LIST, 6)),
                entry("bq", new Target(Kind.BLOCKQUOTE, 12)),
                entry("tb", new Target(Kind.TABLE, 16)));
    }

    @Test
    void jekyllNotesKeepMarkersAsText() {
        Document document = ENGINE.parse("text ^abc\n", Dialect.JEKYLL);

        assertThat(BlockIdExtension.blockIds(document)).isEmpty();
        assertThat(ENGINE.render(document, Dialect.JEKYLL, LinkTargets.NONE)).contains("text ^abc").doesNotContain("id=");
    }
}
