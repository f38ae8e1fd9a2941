package io.studysite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import io.studysite.config.Dialect;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TagExtensionTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine(false, true);

    private static Element render(String markdown) {
        return render(markdown, null, Dialect.OBSIDIAN);
    }

    private static Element render(String markdown, TagLinks links, Dialect dialect) {
        Document document = ENGINE.parse(markdown, dialect);
        HeadingIds.assign(document);
        // The render stage answers tag URLs through the same hook as links.
        LinkTargets targets = new LinkTargets() {
            @Override
            public LinkTarget resolve(String target, String anchor, boolean embed) {
                return LinkTargets.NONE.resolve(target, anchor, embed);
            }

            @Override
            public String tagUrl(String tag) {
                return links == null ? null : links.url(tag);
            }
        };
        return Jsoup.parseBodyFragment(ENGINE.render(document, dialect, targets)).body();
    }

    private static List<String> tagTexts(String markdown) {
        return render(markdown).select(".tag").eachText();
    }

    private static List<String> tags(String markdown) {
        return TagExtension.tags(ENGINE.parse(markdown, Dialect.OBSIDIAN));
    }

    @Test
    void plainNestedDashedAndUnicodeTags() {
        Element body = render("Filed under #tag, #nested/tag and #tag-with_dash or #täg.\n");

        assertThat(body.select("p > span.tag")).extracting(Element::text)
                .containsExactly("#tag", "#nested/tag", "#tag-with_dash", "#täg");
        assertThat(body.select("p").text()).isEqualTo("Filed under #tag, #nested/tag and #tag-with_dash or #täg.");
    }

    @Test
    void emojiBelongToTheTag() {
        assertThat(tagTexts("#books📚 read\n")).containsExactly("#books📚");
    }

    @Test
    void aTagEndsAtPunctuation() {
        assertThat(tagTexts("#end. #comma, #quote's #colon:x\n")).containsExactly("#end", "#comma", "#quote", "#colon");
    }

    @Test
    void aTagAtLineStartIsATagNotAHeading() {
        Element body = render("#tag text\n\n# Heading\n\nline one\n#second line\n");

        assertThat(body.select("h1")).extracting(Element::text).containsExactly("Heading");
        assertThat(body.select("h1 .tag")).isEmpty();
        assertThat(body.select("p .tag")).extracting(Element::text).containsExactly("#tag", "#second");
    }

    @Test
    void aTagInsideAHeadingIsATag() {
        Element body = render("## Title #topic\n");

        assertThat(body.select("h2 > span.tag")).extracting(Element::text).containsExactly("#topic");
        assertThat(body.selectFirst("h2").id()).isEqualTo("title-topic");
    }

    @Test
    void aTagStartsOnlyAfterWhitespaceOrAtLineStart() {
        assertThat(tagTexts("a#b C# x.#y (x)#z color:#ff0000 **b**#c\n")).isEmpty();
    }

    @Test
    void digitsAloneAreNoTag() {
        assertThat(tagTexts("#1984 #2024/12 #y1984 #1984a #2024/q1\n"))
                .containsExactly("#y1984", "#1984a", "#2024/q1");
    }

    @Test
    void aLoneHashOrDoubleHashIsNoTag() {
        assertThat(tagTexts("a # b ## c ##d #\n")).isEmpty();
    }

    @Test
    void escapedHashIsNoTag() {
        Element body = render("\\#not-a-tag\n");

        assertThat(body.select(".tag")).isEmpty();
        assertThat(body.text()).isEqualTo("#not-a-tag");
    }

    @Test
    void noTagsInCode() {
        Element body = render("`#inline` and ``x #two``\n\n```\n#fenced\n```\n\n    #indented\n");

        assertThat(body.select(".tag")).isEmpty();
        assertThat(body.select("code")).extracting(Element::text)
                .containsExactly("#inline", "x #two", "#fenced", "#indented");
    }

    @Test
    void noTagsInUrls() {
        Element body = render("https://x.com/#anchor [text](https://x.com/ #a) [t](#b) <https://x.com/#c> [[Other#Heading]]\n");

        assertThat(body.select(".tag")).isEmpty();
        assertThat(body.select("a[href=https://x.com/#anchor]")).hasSize(1);
        assertThat(body.select("a[href=https://x.com/#c]")).hasSize(1);
    }

    @Test
    void aTagInsideLinkTextStaysText() {
        Element body = render("[see #topic](https://x.com) ![alt #img](https://x.com/a.png)\n");

        assertThat(body.select(".tag")).isEmpty();
        Element a = body.selectFirst("a[href=https://x.com]");
        assertThat(a.text()).isEqualTo("see #topic");
        assertThat(a.children()).isEmpty();
        assertThat(body.selectFirst("img").attr("alt")).isEqualTo("alt #img");
        assertThat(tags("[see #topic](https://x.com)\n")).isEmpty();
    }

    @Test
    void noTagsInHtml() {
        Element body = render("<span style=\"color:#ff0000\">red</span> <a href=\"#x\">x</a>\n\n<div title=\"#t\">\n#inblock\n</div>\n");

        assertThat(body.select(".tag")).isEmpty();
        assertThat(body.selectFirst("span").attr("style")).isEqualTo("color:#ff0000");
        assertThat(body.selectFirst("div").attr("title")).isEqualTo("#t");
    }

    @Test
    void tagsInListsQuotesAndTables() {
        Element body = render("- item #a\n\n> quote #b\n\n| h |\n|---|\n| #c |\n");

        assertThat(body.select("li > .tag, blockquote .tag, td > .tag")).extracting(Element::text)
                .containsExactly("#a", "#b", "#c");
    }

    @Test
    void withTagLinksTagsBecomeLinks() {
        List<String> asked = new ArrayList<>();
        TagLinks links = name -> {
            asked.add(name);
            return name.equalsIgnoreCase("Known") ? "tags/" + Tag.key(name) + ".html" : null;
        };
        Element body = render("#Known and #unknown\n", links, Dialect.OBSIDIAN);

        Element a = body.selectFirst("a.tag");
        assertThat(a.attr("href")).isEqualTo("tags/known.html");
        assertThat(a.text()).isEqualTo("#Known");
        assertThat(body.select("span.tag")).extracting(Element::text).containsExactly("#unknown");
        assertThat(asked).containsExactly("Known", "unknown");
    }

    @Test
    void withoutTagLinksTagsAreSpans() {
        Element body = render("#topic\n");

        assertThat(body.select("a")).isEmpty();
        assertThat(body.select("p > span.tag")).extracting(Element::text).containsExactly("#topic");
    }

    @Test
    void collectsTagsInOrderOncePerCaseInsensitiveName() {
        assertThat(tags("#Inbox and #b/c\n\n- #inbox #INBOX #B/C #d\n\n`#code` x#y #1984\n"))
                .containsExactly("Inbox", "b/c", "d");
    }

    @Test
    void tagKeyIsCaseAndNormalisationInsensitive() {
        assertThat(Tag.key("Inbox/To-Read")).isEqualTo(Tag.key("inbox/to-read"));
        assertThat(Tag.key("ta\u0308g")).isEqualTo(Tag.key("TÄG"));
    }

    @Test
    void jekyllNotesHaveNoTags() {
        Element body = render("#EC2\n\ntext #tag\n", null, Dialect.JEKYLL);

        assertThat(body.select("h1")).extracting(Element::text).containsExactly("EC2");
        assertThat(body.select(".tag")).isEmpty();
        assertThat(TagExtension.tags(ENGINE.parse("text #tag\n", Dialect.JEKYLL))).isEmpty();
    }
}
