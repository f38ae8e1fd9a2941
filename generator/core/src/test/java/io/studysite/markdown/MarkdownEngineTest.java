package io.studysite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import io.studysite.config.Dialect;
import io.studysite.markdown.FakeLinkTargets.Call;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MarkdownEngineTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine(false, true);

    private final FakeLinkTargets targets = new FakeLinkTargets();

    /** Parses, gives headings their ids as the parse stage does, renders; returns the body of the fragment. */
    private Element render(MarkdownEngine engine, String markdown, Dialect dialect) {
        Document document = engine.parse(markdown, dialect);
        HeadingIds.assign(document);
        return Jsoup.parseBodyFragment(engine.render(document, dialect, targets)).body();
    }

    @Nested
    class Obsidian {

        private Element render(String markdown) {
            return MarkdownEngineTest.this.render(ENGINE, markdown, Dialect.OBSIDIAN);
        }

        @Test
        void aSingleNewlineIsALineBreak() {
            Element body = render("first line\nsecond line\n");

            Element p = body.selectFirst("p");
            assertThat(p.select("br")).hasSize(1);
            assertThat(p.textNodes()).extracting(t -> t.text().strip()).containsExactly("first line", "second line");
        }

        @Test
        void withStrictLineBreaksASingleNewlineIsNoBreak() {
            Element body = MarkdownEngineTest.this.render(new MarkdownEngine(true, true),
                    "first line\nsecond line\n\nhard break  \nnext\n", Dialect.OBSIDIAN);

            Elements paragraphs = body.select("p");
            assertThat(paragraphs.get(0).select("br")).isEmpty();
            assertThat(paragraphs.get(0).text()).isEqualTo("first line second line");
            // a trailing double space is a hard break whatever the setting
            assertThat(paragraphs.get(1).select("br")).hasSize(1);
        }

        @Test
        void tabIndentedListsNestThreeLevels() {
            Element body = render("- one\n\t- two\n\t\t- three\n- four\n");

            assertThat(body.select("> ul > li")).hasSize(2);
            assertThat(body.select("> ul > li > ul > li")).hasSize(1);
            Elements deepest = body.select("> ul > li > ul > li > ul > li");
            assertThat(deepest).hasSize(1);
            assertThat(deepest.text()).isEqualTo("three");
            assertThat(body.select("> ul > li").get(1).ownText()).isEqualTo("four");
        }

        @Test
        void aListRightAfterAParagraphLineIsAList() {
            Element body = render("Services:\n- EC2\n- S3\n");

            assertThat(body.select("ul > li")).extracting(Element::text).containsExactly("EC2", "S3");
        }

        @Test
        void aWikilinkInAHeadingStaysALinkInsideIt() {
            Element body = render("# CI/CD [[DevOps]]\n\n## See [[Other]]\n");

            Element h1 = body.selectFirst("h1");
            assertThat(h1.id()).isEqualTo("ci-cd-devops");
            assertThat(h1.text()).isEqualTo("CI/CD DevOps");
            assertThat(h1.select("span.unresolved-link")).extracting(Element::text).containsExactly("DevOps");
            Element h2 = body.selectFirst("h2");
            assertThat(h2.select("a.internal-link[href=other.html]")).extracting(Element::text).containsExactly("Other");
        }

        @Test
        void aHashTagAtLineStartIsNotAHeading() {
            Element body = render("#tag text\n\n#1 priority\n");

            assertThat(body.select("h1, h2, h3, h4, h5, h6")).isEmpty();
            assertThat(body.select("p")).extracting(Element::text).containsExactly("#tag text", "#1 priority");
        }

        @Test
        void wikilinkWithAlias() {
            Element body = render("See [[Other|the other note]].\n");

            Element a = body.selectFirst("a");
            assertThat(a.attr("href")).isEqualTo("other.html");
            assertThat(a.hasClass("internal-link")).isTrue();
            assertThat(a.text()).isEqualTo("the other note");
            assertThat(targets.calls).containsExactly(new Call("Other", null, false));
        }

        @Test
        void aliasMayContainAPipeLikeInObsidian() {
            Element body = render("[[Other|a|b]]\n");

            assertThat(body.select("a.internal-link[href=other.html]")).extracting(Element::text).containsExactly("a|b");
            assertThat(targets.calls).containsExactly(new Call("Other", null, false));
        }

        @Test
        void wikilinkToAHeadingIsLabelledNoteThenHeading() {
            Element body = render("[[Other#Some Heading]] and [[Other#Part#Sub part]]\n");

            Elements links = body.select("a.internal-link");
            assertThat(links).extracting(Element::text).containsExactly("Other > Some Heading", "Other > Part > Sub part");
            assertThat(links.get(0).attr("href")).isEqualTo("other.html#some-heading");
            assertThat(targets.calls).containsExactly(
                    new Call("Other", "Some Heading", false), new Call("Other", "Part#Sub part", false));
        }

        @Test
        void wikilinkToAHeadingOfTheSameNoteIsLabelledWithTheHeading() {
            Element body = render("[[#EC2]]\n");

            Element a = body.selectFirst("a.internal-link");
            assertThat(a.text()).isEqualTo("EC2");
            assertThat(a.attr("href")).isEqualTo("#ec2");
            assertThat(targets.calls).containsExactly(new Call("", "EC2", false));
        }

        @Test
        void wikilinkToABlock() {
            render("[[Other#^abc123]]\n");

            assertThat(targets.calls).containsExactly(new Call("Other", "^abc123", false));
        }

        @Test
        void missingNoteIsAStyledSpanWithoutHref() {
            Element body = render("[[Nope]] and [[Nope|shown]]\n");

            assertThat(body.select("a")).isEmpty();
            Elements spans = body.select("span.unresolved-link");
            assertThat(spans).extracting(Element::text).containsExactly("Nope", "shown");
            assertThat(spans).allSatisfy(span -> {
                assertThat(span.hasAttr("href")).isFalse();
                assertThat(span.attr("title")).isEqualTo("no note named \"Nope\"");
            });
        }

        @Test
        void labelsAreEscaped() {
            Element body = render("[[Other|a <b>bold</b> & c]]\n");

            Element a = body.selectFirst("a.internal-link");
            assertThat(a.text()).isEqualTo("a <b>bold</b> & c");
            assertThat(a.select("b")).isEmpty();
        }

        @Test
        void embeddedImageWithWidth() {
            Element body = render("![[img.png|300]]\n");

            Element img = body.selectFirst("img");
            assertThat(img.attr("src")).isEqualTo("img.png");
            assertThat(img.attr("width")).isEqualTo("300");
            assertThat(img.hasAttr("height")).isFalse();
            assertThat(img.attr("alt")).isEqualTo("img.png");
            assertThat(img.attr("loading")).isEqualTo("lazy");
            assertThat(targets.calls).containsOnly(new Call("img.png", null, true));
        }

        @Test
        void embeddedImageWithWidthAndHeight() {
            Element img = render("![[img.png|300x200]]\n").selectFirst("img");

            assertThat(img.attr("width")).isEqualTo("300");
            assertThat(img.attr("height")).isEqualTo("200");
        }

        @Test
        void embeddedImageWithAltTextAndSize() {
            Element body = render("![[img.png|Load balancer diagram|300x200]] ![[img.png|Just alt]]\n");

            Elements images = body.select("img");
            assertThat(images).extracting(i -> i.attr("alt")).containsExactly("Load balancer diagram", "Just alt");
            assertThat(images.get(0).attr("width")).isEqualTo("300");
            assertThat(images.get(0).attr("height")).isEqualTo("200");
            assertThat(images.get(1).hasAttr("width")).isFalse();
            assertThat(targets.calls).extracting(Call::target).containsExactly("img.png", "img.png");
        }

        @Test
        void missingEmbedIsAVisiblePlaceholderNamingTheFile() {
            Element body = render("![[Pasted image 2022.png]]\n\nNext paragraph\n");

            Element placeholder = body.selectFirst("span.missing-embed");
            assertThat(placeholder).isNotNull();
            assertThat(placeholder.attr("role")).isEqualTo("img");
            assertThat(placeholder.attr("aria-label")).isEqualTo("Missing: Pasted image 2022.png");
            assertThat(placeholder.attr("title")).isEqualTo("no note named \"Pasted image 2022.png\"");
            assertThat(placeholder.select("> span.missing-embed-name")).extracting(Element::text)
                    .containsExactly("Pasted image 2022.png");
            assertThat(body.select("img")).isEmpty();
            // the placeholder's classes do not leak onto what follows
            assertThat(body.select("p").get(1).text()).isEqualTo("Next paragraph");
            assertThat(body.select("p").get(1).attributes().size()).isZero();
        }

        @Test
        void twoMissingEmbedsInARowKeepTheirOwnClasses() {
            Element body = render("![[a.png]] ![[b.png]]\n");

            assertThat(body.select("span.missing-embed")).hasSize(2)
                    .allSatisfy(span -> assertThat(span.classNames()).containsExactly("missing-embed"));
            assertThat(body.select("span.missing-embed-name")).extracting(Element::text).containsExactly("a.png", "b.png");
        }

        @Test
        void embeddedNotesAreTranscludedThroughTheHookAndPdfsFramed() {
            Element body = render("![[Other]]\n\n![[doc.pdf]]\n\n![[Other#Part]]\n");

            // Without a vault the hook cannot transclude: each note embed is a block with a visible notice.
            Elements notes = body.select("body > div.embed.embed-note.embed-not-shown");
            assertThat(notes).hasSize(2);
            assertThat(notes).extracting(e -> e.select(".embed-notice").text())
                    .containsOnly("embedded notes are not resolved here");
            assertThat(body.select("body > iframe.embed-pdf").attr("src")).isEqualTo("doc.pdf");
            assertThat(body.select("body > p")).isEmpty();
            assertThat(targets.calls).contains(
                    new Call("Other", null, true), new Call("doc.pdf", null, true), new Call("Other", "Part", true));
        }

        @Test
        void anEmbedThenALinkToTheSameNoteAreResolvedSeparately() {
            Element body = render("![[Other]]\n\n[[Other|alias]]\n");

            assertThat(body.select("div.embed-note")).hasSize(1);
            assertThat(body.select("a.internal-link")).extracting(Element::text).containsExactly("alias");
            assertThat(targets.calls).containsOnly(new Call("Other", null, true), new Call("Other", null, false));
        }

        @Test
        void markdownLinksArePercentDecodedOrAngleBracketedForTheHook() {
            Element body = render("[a](Other%20x.md) [b](<Other x.md>) [c](Other x.md)\n");

            assertThat(targets.calls).extracting(Call::target).containsOnly("Other x.md");
            assertThat(body.select("a")).extracting(a -> a.attr("href"))
                    .containsExactly("other-x.html", "other-x.html", "other-x.html");
            assertThat(body.select("a")).extracting(Element::text).containsExactly("a", "b", "c");
        }

        @Test
        void markdownLinkWithAnchor() {
            Element body = render("[part](Other.md#Some%20Heading)\n");

            assertThat(targets.calls).contains(new Call("Other.md", "Some Heading", false));
            assertThat(body.selectFirst("a").attr("href")).isEqualTo("other.html#some-heading");
        }

        @Test
        void markdownLinkToAMissingNoteIsAnUnresolvedSpan() {
            Element body = render("see [the plan](Plan.md) now\n");

            assertThat(body.select("a")).isEmpty();
            Element span = body.selectFirst("span.unresolved-link");
            assertThat(span.text()).isEqualTo("the plan");
            assertThat(span.attr("title")).isEqualTo("no note named \"Plan.md\"");
        }

        @Test
        void externalLinksAreLeftAloneAndNeverAskTheHook() {
            Element body = render("[web](https://example.com/a b) [mail](mailto:me@example.com) <https://example.org>\n");

            assertThat(targets.calls).isEmpty();
            assertThat(body.select("a")).extracting(a -> a.attr("href")).contains("mailto:me@example.com", "https://example.org");
        }

        @Test
        void markdownImages() {
            Element body = render("![diagram](img.png) ![lost](<Pasted image.png>)\n");

            Element img = body.selectFirst("img");
            assertThat(img.attr("src")).isEqualTo("img.png");
            assertThat(img.attr("alt")).isEqualTo("diagram");
            assertThat(body.select("img")).hasSize(1);
            assertThat(body.select("span.missing-embed").attr("aria-label")).isEqualTo("Missing: Pasted image.png");
            assertThat(targets.calls).contains(new Call("img.png", null, true), new Call("Pasted image.png", null, true));
        }

        @Test
        void escapedPipeInATableCellDoesNotSplitTheRow() {
            Element body = render("""
                    | Service | Notes |
                    |---|---|
                    | [[Other\\|alias]] | compute |
                    | [[Other|plain alias]] | storage |
                    """);

            Elements rows = body.select("table > tbody > tr");
            assertThat(rows).hasSize(2);
            assertThat(rows).allSatisfy(row -> assertThat(row.select("> td")).hasSize(2));
            assertThat(rows.get(0).selectFirst("td a.internal-link[href=other.html]").text()).isEqualTo("alias");
            assertThat(rows.get(0).select("td").get(1).text()).isEqualTo("compute");
            assertThat(rows.get(1).selectFirst("td a.internal-link").text()).isEqualTo("plain alias");
            assertThat(targets.calls).containsExactly(new Call("Other", null, false), new Call("Other", null, false));
        }

        @Test
        void gfmTableStrikethroughTaskListFootnoteAndAutolink() {
            Element body = render("""
                    | a | b |
                    |---|:-:|
                    | 1 | 2 |

                    ~~gone~~

                    - [ ] todo
                    - [x] done

                    Claim[^1]

                    [^1]: The source.

                    Visit https://example.com today
                    """);

            assertThat(body.select("table > thead > tr > th")).extracting(Element::text).containsExactly("a", "b");
            assertThat(body.select("table > tbody > tr > td")).extracting(Element::text).containsExactly("1", "2");
            assertThat(body.select("del")).extracting(Element::text).containsExactly("gone");
            Elements tasks = body.select("li.task-list-item");
            assertThat(tasks).hasSize(2);
            assertThat(tasks.get(0).selectFirst("input[type=checkbox]").hasAttr("checked")).isFalse();
            assertThat(tasks.get(1).selectFirst("input[type=checkbox]").hasAttr("checked")).isTrue();
            Element ref = body.selectFirst("sup a.footnote-ref");
            assertThat(ref.attr("href")).startsWith("#");
            Element footnote = body.getElementById(ref.attr("href").substring(1));
            assertThat(footnote).isNotNull();
            assertThat(footnote.text()).contains("The source.");
            assertThat(body.select("a[href=https://example.com]")).extracting(Element::text).containsExactly("https://example.com");
            assertThat(targets.calls).isEmpty();
        }

        @Test
        void wikilinksInCodeAreLeftAlone() {
            Element body = render("Write `[[Other]]` to link.\n\n```\n[[Other]]\n```\n");

            assertThat(body.select("a")).isEmpty();
            assertThat(body.select("p > code").text()).isEqualTo("[[Other]]");
            assertThat(body.select("pre > code").text()).isEqualTo("[[Other]]");
            assertThat(targets.calls).isEmpty();
        }

        @Test
        void frontMatterIsNotRendered() {
            Element body = render("---\ntitle: T\ntags: [a]\n---\n# Heading\n");

            assertThat(body.select("hr")).isEmpty();
            assertThat(body.text()).isEqualTo("Heading");
        }

        @Test
        void anUnclosedFrontMatterFenceIsARuleAndTheTextStays() {
            Element body = render("---\ntitle: never closed\n\n# Heading\n\nText [[Other]]\n");

            assertThat(body.child(0).tagName()).isEqualTo("hr");
            assertThat(body.select("p").first().text()).isEqualTo("title: never closed");
            assertThat(body.select("h1").text()).isEqualTo("Heading");
            assertThat(body.select("a.internal-link").text()).isEqualTo("Other");
        }

        @Test
        void headingsGetTheIdsHeadingIdsAssigned() {
            Element body = render("# EC2\n\n## EC2\n\n## Load balancing & Auto scaling\n");

            assertThat(body.select("h1, h2")).extracting(Element::id)
                    .containsExactly("ec2", "ec2-1", "load-balancing-and-auto-scaling");
        }

        @Test
        void renderingWithoutAHookMarksEveryReferenceMissing() {
            Document document = ENGINE.parse("[[Other]] ![[img.png]]\n", Dialect.OBSIDIAN);
            Element body = Jsoup.parseBodyFragment(ENGINE.render(document, Dialect.OBSIDIAN, LinkTargets.NONE)).body();

            assertThat(body.select("a, img")).isEmpty();
            assertThat(body.select("span.unresolved-link")).hasSize(1);
            assertThat(body.select("span.missing-embed")).hasSize(1);
        }

        @Test
        void jekyllSyntaxIsNotInterpretedInObsidianNotes() {
            Element body = render("{% include toc %}\n\n#EC2\n");

            assertThat(body.select("nav, h1, code")).isEmpty();
            assertThat(body.select("p")).extracting(Element::text).containsExactly("{% include toc %}", "#EC2");
        }
    }

    @Nested
    class Jekyll {

        private Element render(String markdown) {
            return MarkdownEngineTest.this.render(ENGINE, markdown, Dialect.JEKYLL);
        }

        @Test
        void aHashWithoutSpaceIsAHeading() {
            Element body = render("#EC2\n- a list under it\n");

            assertThat(body.select("h1")).extracting(Element::text).containsExactly("EC2");
            assertThat(body.selectFirst("h1").id()).isEqualTo("ec2");
            assertThat(body.select("ul > li")).extracting(Element::text).containsExactly("a list under it");
        }

        @Test
        void aHashWithoutSpaceIsTextWhenTheSiteSaysSo() {
            Element body = MarkdownEngineTest.this.render(new MarkdownEngine(false, false), "#EC2\n", Dialect.JEKYLL);

            assertThat(body.select("h1")).isEmpty();
            assertThat(body.selectFirst("p").text()).isEqualTo("#EC2");
        }

        @Test
        void headingWithParenthesesGetsAnId() {
            Element h1 = render("# S3 (Amazon Simple Storage Service)\n").selectFirst("h1");

            assertThat(h1.text()).isEqualTo("S3 (Amazon Simple Storage Service)");
            assertThat(h1.id()).isEqualTo("s3-amazon-simple-storage-service");
        }

        @Test
        void includeTocLeavesTheContentsToThePage() {
            // The page shows every note's contents beside it (above it on phones): a second table would repeat it.
            Element body = render("""
                    ---
                    layout: single
                    toc: true
                    ---
                    {% include toc %}

                    # EC2

                    ## Instance types
                    """);

            assertThat(body.select("nav, .liquid-tag")).isEmpty();
            assertThat(body.text()).doesNotContain("include");
            assertThat(body.select("h1, h2")).extracting(Element::id).containsExactly("ec2", "instance-types");
        }

        @Test
        void kramdownTocListLeavesTheContentsToThePage() {
            Element body = render("* TOC\n{:toc}\n\n## First\n\n## Second\n");

            assertThat(body.select("nav, ul")).isEmpty();
            assertThat(body.select("li:matchesOwn(^TOC$)")).isEmpty();
            assertThat(body.select("[toc]")).isEmpty();
        }

        @Test
        void kramdownAttributesOnAnImage() {
            Element body = render("![](/b.png){:class=\"img-responsive\"}\n\n![]( /b.png ){: .img-responsive}\n");

            Elements images = body.select("img.img-responsive");
            assertThat(images).hasSize(2);
            assertThat(images).extracting(i -> i.attr("src")).containsOnly("b.png");
            assertThat(targets.calls).contains(new Call("/b.png", null, true));
        }

        @Test
        void liquidUrlsInALinkedImageAreEvaluated() {
            Element body = render(
                    "[![]({{ \"/assets/x.png\" | absolute_url }}){:class=\"img-responsive\"}]({{ \"/assets/x.png\" | absolute_url }})\n");

            Element a = body.selectFirst("a");
            assertThat(a.attr("href")).isEqualTo("assets/x.png");
            Element img = a.selectFirst("> img.img-responsive");
            assertThat(img).isNotNull();
            assertThat(img.attr("src")).isEqualTo("assets/x.png");
            assertThat(targets.calls).contains(new Call("/assets/x.png", null, false), new Call("/assets/x.png", null, true));
            assertThat(body.text()).doesNotContain("{{");
        }

        @Test
        void blockAttributesAndLinkAttributes() {
            Element body = render("Careful here\n{: .note}\n\n[docs](https://example.com){:target=\"_blank\"}\n");

            assertThat(body.select("p.note")).extracting(Element::text).containsExactly("Careful here");
            assertThat(body.select("a[target=_blank]")).extracting(a -> a.attr("href")).containsExactly("https://example.com");
        }

        @Test
        void anUnknownLiquidTagStaysVisible() {
            Element body = render("{% gist 12345 %}\n\ntext {% comment_thing %} after\n\n{% comment_thing %}\n");

            assertThat(body.select("code.liquid-tag")).extracting(Element::text).containsExactly("{% gist 12345 %}");
            // flexmark reads only tag names made of letters, digits and '-': the others stay as written, as text
            assertThat(body.select("p")).extracting(Element::text)
                    .containsExactly("text {% comment_thing %} after", "{% comment_thing %}");
        }

        @Test
        void rawBlocksShowTheirLiquidLiterally() {
            Element body = render("Use {% raw %}{{ page.title }}{% endraw %} in templates.\n");

            assertThat(body.selectFirst("p").text()).isEqualTo("Use {{ page.title }} in templates.");
            assertThat(body.select("code.liquid-tag")).isEmpty();
        }

        @Test
        void highlightBlocksAreCode() {
            Element body = render("Before\n\n{% highlight ruby %}\ndef x\n  {: .not-an-attribute}\nend\n{% endhighlight %}\n\nAfter\n");

            Element code = body.selectFirst("pre > code.language-ruby");
            assertThat(code).isNotNull();
            assertThat(code.wholeText()).isEqualTo("def x\n  {: .not-an-attribute}\nend\n");
            assertThat(body.select("p")).extracting(Element::text).containsExactly("Before", "After");
        }

        @Test
        void kramdownListLooseness() {
            Element body = render("- a\n- b\n\n- c\n- d\n");

            Elements items = body.select("ul > li");
            assertThat(body.select("ul")).hasSize(1);
            assertThat(items).extracting(Element::text).containsExactly("a", "b", "c", "d");
            // only the item followed by a blank line gets a paragraph
            assertThat(items).extracting(li -> li.select("> p").size()).containsExactly(0, 1, 0, 0);
        }

        @Test
        void aSingleNewlineIsASpace() {
            Element p = render("first line\nsecond line\n").selectFirst("p");

            assertThat(p.select("br")).isEmpty();
            assertThat(p.text()).isEqualTo("first line second line");
        }

        @Test
        void wikilinksEmbedsAndCalloutsWorkAlongsideKramdown() {
            Element body = render("""
                    {% include toc %}

                    #EC2
                    See [[Other|the other]] and {{ page.title }}.
                    {: .lead}

                    ![[img.png|300]]

                    > [!warning] Careful
                    > Body
                    """);

            assertThat(body.select("h1#ec2").text()).isEqualTo("EC2");
            assertThat(body.select("nav")).isEmpty();
            Element p = body.selectFirst("p.lead");
            assertThat(p.select("a.internal-link[href=other.html]")).extracting(Element::text).containsExactly("the other");
            assertThat(p.text()).contains("{{ page.title }}");
            assertThat(body.select("img[src=img.png]").attr("width")).isEqualTo("300");
            Element callout = body.selectFirst("div.callout[data-callout=warning]");
            assertThat(callout.select(".callout-title-inner").text()).isEqualTo("Careful");
            assertThat(callout.select(".callout-content p").text()).isEqualTo("Body");
            assertThat(targets.calls).contains(new Call("Other", null, false), new Call("img.png", null, true));
        }

        @Test
        void markdownLinksResolveThroughTheHook() {
            Element body = render("[other](Other.md) [gone]({{ site.baseurl }}/missing/)\n");

            assertThat(body.select("a[href=other.html]")).extracting(Element::text).containsExactly("other");
            assertThat(body.select("span.unresolved-link")).extracting(Element::text).containsExactly("gone");
            assertThat(targets.calls).contains(new Call("Other.md", null, false), new Call("/missing/", null, false));
        }

        @Test
        void anUnclosedFrontMatterFenceIsARuleAndTheTextStays() {
            Element body = render("---\nlayout: single\n\nBody\n");

            assertThat(body.select("hr")).hasSize(1);
            assertThat(body.text()).isEqualTo("layout: single Body");
        }

        @Test
        void frontMatterIsNotRendered() {
            Element body = render("---\nlayout: single\ntitle: \"T\"\n---\nBody\n");

            assertThat(body.select("hr, h2")).isEmpty();
            assertThat(body.text()).isEqualTo("Body");
        }
    }
}
