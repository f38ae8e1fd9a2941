package io.studysite;

import io.studysite.diag.DiagnosticFormatter;
import io.studysite.testing.SiteLinkChecker;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kitchen-sink vault (src/test/resources/vaults/kitchen-sink) uses every Obsidian construct
 * studysite renders. Each page's main content and the diagnostics are kept as golden files; run with
 * {@code -Dstudysite.golden.update=true} to rewrite them after an intended change, and review the diff.
 */
class KitchenSinkIT {
    static final Path RESOURCES = TestVault.repository().resolve("generator/core/src/test/resources");
    static final Path VAULT = RESOURCES.resolve("vaults/kitchen-sink");
    static final Path GOLDEN = RESOURCES.resolve("golden/kitchen-sink");
    static final boolean UPDATE = Boolean.getBoolean("studysite.golden.update");

    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build(@TempDir Path out) {
        site = out.resolve("site");
        result = new SiteBuilder().build(BuildOptions.of(VAULT, site));
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void diagnosticsMatchTheGoldenFile() throws IOException {
        List<String> lines = new DiagnosticFormatter(VAULT).formatAll(result.diagnostics());
        assertGolden("diagnostics.txt", String.join("\n", lines) + "\n");
    }

    @Test
    void everyPageMatchesItsGoldenFile() throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<String> mismatches = new ArrayList<>();
        for (Path file : pages) {
            String path = site.relativize(file).toString().replace('\\', '/');
            Element main = Jsoup.parse(file.toFile(), "UTF-8").selectFirst("main");
            String html = main.outerHtml() + "\n";
            Path golden = GOLDEN.resolve("pages").resolve(path);
            if (UPDATE) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, html, StandardCharsets.UTF_8);
            } else if (!Files.exists(golden) || !Files.readString(golden, StandardCharsets.UTF_8).equals(html)) {
                mismatches.add(path);
            }
        }
        assertThat(mismatches).as("pages whose main content differs from golden/kitchen-sink/pages "
                + "(rerun with -Dstudysite.golden.update=true after an intended change)").isEmpty();
        try (Stream<Path> walk = Files.walk(GOLDEN.resolve("pages"))) {
            assertThat(walk.filter(Files::isRegularFile).count()).as("golden pages without a page").isEqualTo(pages.size());
        }
    }

    @Test
    void everyLinkOfEveryPageWorks() throws IOException {
        SiteLinkChecker.Report report = SiteLinkChecker.check(site);
        assertThat(report.ok()).as(report.describe()).isTrue();
    }

    @Test
    void linksSubHeadingsBlocksTablesAndUnusualNames() throws IOException {
        Document links = page("links.html");
        assertThat(links.select(".markdown a.internal-link").eachAttr("href")).contains(
                "targets.html#lambda", "targets.html#lambda-1", "targets.html#%5Ekey-fact", "#%5Elocal", "#tables",
                "q-and-a-100-sure.html", "caf%C3%A9-cr%C3%A8me.html", "launch-plan.html", "folder-with-space/deep-note.html",
                "guide.pdf");
        assertThat(links.select(".markdown a[href=hash-1-note.html]").text()).isEqualTo("hash note");
        assertThat(links.select(".markdown a[href^=obsidian:]").attr("href")).isEqualTo("obsidian://open?vault=Study&file=Links");
        assertThat(links.select(".markdown table tr")).hasSize(3);
        assertThat(links.select(".markdown table td a").eachText()).containsExactly("compute Lambda", "targets");
        assertThat(links.select(".markdown span.unresolved-link").text()).isEqualTo("Not written yet");
    }

    @Test
    void embedsOfNotesSectionsBlocksMediaAndTheSelfEmbedNotice() throws IOException {
        Document embeds = page("embeds.html");
        assertThat(embeds.select(".embed .embed-title").eachText()).containsExactly(
                "Targets", "Targets › Compute", "Targets", "Targets", "Embeds");
        assertThat(embeds.select(".embed-not-shown .embed-notice").text()).isEqualTo("Not shown: this embed would repeat itself.");
        assertThat(embeds.select(".markdown img[src$=diagram.png]")).hasSize(3);
        assertThat(embeds.select(".markdown img[src$=diagram.png]").eachAttr("width")).containsExactly("120", "120");
        assertThat(embeds.select(".markdown img[src$=diagram.png][height]").attr("height")).isEqualTo("60");
        assertThat(embeds.select(".markdown img[src^=https]").attr("width")).isEqualTo("80");
        assertThat(embeds.select("audio.embed-audio, video.embed-video, iframe.embed-pdf")).hasSize(4);
        assertThat(embeds.select(".missing-embed").attr("aria-label")).isEqualTo("Missing: Pasted image 20220205104444.png");
    }

    @Test
    void everyCalloutTypeAliasAndFold() throws IOException {
        Document callouts = page("callouts.html");
        assertThat(callouts.select(".callout").eachAttr("data-callout-type")).containsExactly(
                "note", "abstract", "abstract", "info", "todo", "tip", "tip", "success", "question", "example",
                "warning", "failure", "danger", "bug", "quote", "question", "note");
        assertThat(callouts.select("details.callout").eachAttr("data-callout-fold")).containsExactly("-", "+");
        assertThat(callouts.select("details.callout[open]")).hasSize(1);
        assertThat(callouts.select(".callout[data-callout=custom-type]")).hasSize(1);
        assertThat(callouts.select(".callout .callout .callout-title").text()).isEqualTo("Nested example");
    }

    @Test
    void highlightsCommentsStrikeAndTaskStatuses() throws IOException {
        Document formatting = page("formatting.html");
        assertThat(formatting.select(".markdown mark").eachText()).containsExactly("Highlighted");
        assertThat(formatting.select(".markdown del").eachText()).containsExactly("Struck out");
        assertThat(formatting.text()).doesNotContain("hidden comment", "never reaches the page");
        assertThat(formatting.select(".markdown code").eachText()).contains("%%not a comment in code%%", "%% kept in code %%");
        assertThat(formatting.select(".markdown li[data-task]").eachAttr("data-task")).containsExactly("", "x", "/", "-", ">");
    }

    @Test
    void tagsInlineAndFromFrontMatterWithTheirPages() throws IOException {
        Document tags = page("tags.html");
        // The list above the note is the tags property; inline tags show where they are written.
        assertThat(tags.select("ul.tags a.tag").eachText()).containsExactly("#aws", "#exam/dva");
        assertThat(tags.select(".markdown a.tag").eachText()).containsExactly("#study", "#aws/lambda", "#Study");
        assertThat(page("tags/aws.html").select("main .note-list a").eachText()).containsExactly("Tags");
        assertThat(page("tags/index.html").select(".tag-tree li").eachText())
                .containsExactly("#aws 1", "#aws/lambda 1", "#exam 1", "#exam/dva 1", "#study 1");
    }

    @Test
    void propertiesAliasesPermalinkCssclassesDescriptionAndUnpublishedNotes() throws IOException {
        Document properties = page("reference/properties.html");
        assertThat(properties.select(".aliases .alias").eachText()).containsExactly("Props", "Front matter");
        assertThat(properties.select("meta[name=description]").attr("content")).isEqualTo("Properties of notes");
        assertThat(properties.select(".markdown span.unresolved-link").eachText()).containsExactly("Secret", "Draft note");
        assertThat(page("math.html").body().hasClass("wide-math")).isTrue();
        assertThat(site.resolve("secret.html")).doesNotExist();
        assertThat(site.resolve("draft-note.html")).doesNotExist();
        assertThat(site.resolve("attachments/secret-only.png")).doesNotExist();
        assertThat(site.resolve("attachments/diagram.png")).isRegularFile();
    }

    @Test
    void mathTypesetsButPricesStayText() throws IOException {
        Document math = page("math.html");
        assertThat(math.select(".markdown .math-inline").eachText()).containsExactly("E = mc^2", "\\pi r^2");
        assertThat(math.select(".markdown .math-display")).hasSize(1);
        assertThat(math.select(".markdown p").eachText()).contains(
                "Prices stay text: $5.00 per TB, costs $5 and $10.", "Suffixed prices too: 0.50$ per month.", "And cost ratings: $$.");
        assertThat(site.resolve("_studysite/katex/katex.min.js")).isRegularFile();
    }

    @Test
    void codeIsHighlightedAndMermaidDrawnByBundledLibraries() throws IOException {
        Document code = page("code.html");
        assertThat(code.select(".markdown pre > code.language-java")).hasSize(1);
        assertThat(code.select(".markdown pre.mermaid").text()).startsWith("flowchart LR");
        assertThat(code.select("script[src]").eachAttr("src")).contains(
                "_studysite/code.js", "_studysite/mermaid/mermaid.min.js", "_studysite/diagrams.js");
        assertThat(code.select("script[src$=code.js]").attr("data-highlighter")).isEqualTo("_studysite/highlight/highlight.min.js");
        assertThat(site.resolve("_studysite/mermaid/mermaid.min.js")).isRegularFile();
    }

    @Test
    void footnotesAndFolderPagesInNaturalOrder() throws IOException {
        Document footnotes = page("footnotes.html");
        for (Element ref : footnotes.select(".markdown a[href^=#fn]")) {
            assertThat(footnotes.getElementById(ref.attr("href").substring(1))).as(ref.attr("href")).isNotNull();
        }
        assertThat(footnotes.select(".markdown .footnotes li").eachText())
                .containsExactly("The regular footnote. ↩", "Inline footnotes hold markdown too. ↩");
        assertThat(page("course/index.html").select("main .note-list a").eachText()).containsExactly("Lesson 2", "Lesson 10");
        assertThat(page("course/index.html").select("main .folder-list a").eachText()).containsExactly("Part 1/");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
