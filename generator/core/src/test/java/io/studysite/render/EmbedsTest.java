package io.studysite.render;

import io.studysite.BuildResult;
import io.studysite.diag.Diagnostic;
import io.studysite.testing.SiteLinkChecker;
import io.studysite.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Embeds as Obsidian shows them: notes and sections in place, media players, cycles stopped visibly. */
class EmbedsTest {
    @TempDir
    Path tmp;

    private BuildResult build(String... pathsAndTexts) {
        return TestSite.build(tmp, pathsAndTexts);
    }

    private Document page(String path) throws IOException {
        return TestSite.page(tmp, path);
    }

    private void assertLinksWork() throws IOException {
        SiteLinkChecker.Report report = SiteLinkChecker.check(tmp.resolve("site"));
        assertThat(report.ok()).as(report.describe()).isTrue();
    }

    @Test
    void aNoteEmbedShowsTheWholeNoteInPlaceWithALinkToIt() throws IOException {
        build("A.md", "# A\nBefore\n\n![[B]]\n\nAfter\n",
                "B.md", "---\ntags: [x]\n---\n# B title\nB body with [[C]].\n## Part\nMore\n",
                "C.md", "# C\n");
        Document a = page("a.html");
        Element embed = a.selectFirst(".markdown > div.embed.embed-note");
        assertThat(embed).as("a block of its own, not inside a paragraph").isNotNull();
        assertThat(embed.select(".embed-title a.embed-source").attr("href")).isEqualTo("b.html");
        assertThat(embed.select(".embed-title").text()).isEqualTo("B");
        assertThat(embed.select(".embed-content h1").attr("id")).isEqualTo("embed-1--b-title");
        assertThat(embed.select(".embed-content h2").attr("id")).isEqualTo("embed-1--part");
        assertThat(embed.select(".embed-content a.internal-link").attr("href")).isEqualTo("c.html");
        assertThat(embed.text()).doesNotContain("tags:");
        assertThat(a.select(".markdown > p:not(.note-meta)").eachText()).containsExactly("Before", "After");
        assertLinksWork();
    }

    @Test
    void embedsShowTheirOwnFootnotesWithIdsThatStayUniqueOnThePage() throws IOException {
        build("A.md", "Page note[^1].\n\n![[B#One]]\n\n![[B#One]]\n\n[^1]: A's own.\n",
                "B.md", "# One\nFirst[^1] and[^2].\n\n# Two\nSecond[^3].\n\n[^1]: One.\n[^2]: Two.\n[^3]: Three.\n");
        Document a = page("a.html");
        List<Element> embeds = a.select(".embed-content");
        assertThat(embeds).hasSize(2);
        for (Element embed : embeds) {
            assertThat(embed.select(".footnotes li").eachText()).containsExactly("One. ↩", "Two. ↩");
        }
        assertThat(a.select(".markdown > .footnotes li").eachText()).containsExactly("A's own. ↩");
        assertThat(embeds.get(1).select("sup a.footnote-ref").eachAttr("href")).containsExactly("#embed-2--fn-1", "#embed-2--fn-2");
        assertLinksWork();
    }

    @Test
    void anEmbeddedListItemIsShownAsAList() throws IOException {
        build("A.md", "![[B#^second]]\n",
                "B.md", "- first\n- second ^second\n- third\n");
        Element content = page("a.html").selectFirst(".embed-content");
        assertThat(content.select("ul > li").eachText()).containsExactly("second");
        assertLinksWork();
    }

    @Test
    void aHeadingEmbedShowsThatSectionOnly() throws IOException {
        build("A.md", "![[B#Setup]]\n",
                "B.md", "# Intro\nno\n# Setup\nyes\n## Details\nalso\n# Later\nno\n");
        Element content = page("a.html").selectFirst(".embed-content");
        assertThat(content.select("h1, h2").eachText()).containsExactly("Setup", "Details");
        assertThat(content.text()).contains("yes", "also").doesNotContain("no");
        assertThat(page("a.html").select(".embed-source").attr("href")).isEqualTo("b.html#setup");
        assertThat(page("a.html").select(".embed-title").text()).isEqualTo("B › Setup");
    }

    @Test
    void linksInsideAnEmbeddedNoteResolveFromThatNoteAndWorkFromTheEmbeddingPage() throws IOException {
        build("top/A.md", "![[deep/B]]\n",
                "top/deep/B.md", "[[Sibling]] and [[#Own heading]]\n# Own heading\n",
                "top/deep/Sibling.md", "# S\n");
        Element content = page("top/a.html").selectFirst(".embed-content");
        assertThat(content.select("a.internal-link").eachAttr("href"))
                .containsExactly("deep/sibling.html", "deep/b.html#own-heading");
        assertLinksWork();
    }

    @Test
    void markdownImagesInsideAnEmbeddedSectionAreShown() throws IOException {
        build("top/A.md", "![[deep/B#Setup]]\n",
                "top/deep/B.md", "# Setup\n![diagram](../pic.png)\n\ntext ![inline][ref] end\n\n[ref]: ../pic.png\n",
                "top/pic.png", "png");
        Element content = page("top/a.html").selectFirst(".embed-content");
        assertThat(content.select("img").eachAttr("src")).containsExactly("pic.png", "pic.png");
    }

    @Test
    void aSelfEmbedStopsWithANoticeAndADiagnostic() throws IOException {
        BuildResult result = build("A.md", "# A\n![[A]]\n");
        assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("embed-cycle", 2));
        assertThat(page("a.html").select(".embed-not-shown .embed-notice").text())
                .isEqualTo("Not shown: this embed would repeat itself.");
    }

    @Test
    void aCycleThroughTwoNotesShowsOneRoundThenStops() throws IOException {
        BuildResult result = build("A.md", "![[B]]\n", "B.md", "b text\n\n![[A]]\n");
        Element outer = page("a.html").selectFirst(".markdown > .embed");
        assertThat(outer.selectFirst(".embed-content").ownText()).isEmpty();
        assertThat(outer.select(".embed-content p").first().text()).isEqualTo("b text");
        assertThat(outer.select(".embed-not-shown")).hasSize(1);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsOnly("embed-cycle");
        assertThat(result.diagnostics().get(0).message()).contains("B.md → A.md");
    }

    @Test
    void embedsNestedTooDeepStop() throws IOException {
        BuildResult result = build("N1.md", "![[N2]]\n", "N2.md", "![[N3]]\n", "N3.md", "![[N4]]\n",
                "N4.md", "![[N5]]\n", "N5.md", "![[N6]]\n", "N6.md", "deepest\n");
        Document n1 = page("n1.html");
        assertThat(n1.select(".embed")).hasSize(Transcluder.MAX_DEPTH + 1);
        assertThat(n1.select(".embed-not-shown .embed-notice").text()).startsWith("Not shown: embeds nested more than");
        assertThat(n1.text()).doesNotContain("deepest");
        assertThat(result.diagnostics()).extracting(Diagnostic::code).contains("embed-depth");
        assertThat(page("n2.html").text()).contains("deepest");
    }

    @Test
    void audioVideoAndPdfEmbedAsPlayersAndFrames() throws IOException {
        build("A.md", "![[talk.mp3]]\n\n![[demo.mp4]]\n\n![[Guide.pdf#page=3]]\n\n![[Guide.pdf#height=400]]\n",
                "talk.mp3", "a", "demo.mp4", "v", "Guide.pdf", "%PDF");
        Document a = page("a.html");
        assertThat(a.select(".markdown > audio.embed-audio[controls]").attr("src")).isEqualTo("talk.mp3");
        assertThat(a.select(".markdown > video.embed-video[controls]").attr("src")).isEqualTo("demo.mp4");
        assertThat(a.select(".markdown > iframe.embed-pdf").eachAttr("src")).containsExactly("guide.pdf#page=3", "guide.pdf");
        assertThat(a.select(".markdown > iframe.embed-pdf").last().attr("height")).isEqualTo("400");
        assertLinksWork();
    }

    @Test
    void externalImagesTakeTheirSizeFromTheAltText() throws IOException {
        build("A.md", "![Engelbart|100x145](https://example.com/e.jpg) ![Logo|200](https://example.com/l.png)\n");
        Document a = page("a.html");
        Element first = a.select(".markdown img").get(0);
        assertThat(first.attr("alt")).isEqualTo("Engelbart");
        assertThat(first.attr("width")).isEqualTo("100");
        assertThat(first.attr("height")).isEqualTo("145");
        assertThat(a.select(".markdown img").get(1).attr("width")).isEqualTo("200");
        assertThat(a.select(".markdown img").get(1).hasAttr("height")).isFalse();
    }

    @Test
    void anEmbedOfAMissingNoteIsAnUnresolvedPlaceholder() throws IOException {
        BuildResult result = build("A.md", "![[Nowhere]]\n");
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("unresolved-link");
        assertThat(page("a.html").select(".missing-embed").attr("aria-label")).isEqualTo("Missing: Nowhere");
    }
}
