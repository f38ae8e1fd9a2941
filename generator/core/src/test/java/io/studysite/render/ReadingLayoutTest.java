package io.studysite.render;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.testing.SiteLinkChecker;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a note page puts first (its title), how it lists services, long folders and previews, and what it loads. */
class ReadingLayoutTest {
    @TempDir
    Path tmp;

    private Document page(String path) throws IOException {
        return Jsoup.parse(tmp.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    private void build(String... pathsAndTexts) throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"), pathsAndTexts);
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        assertThat(result.outcome()).as(result.diagnostics().toString()).isEqualTo(BuildResult.Outcome.OK);
        SiteLinkChecker.Report links = SiteLinkChecker.check(tmp.resolve("site"));
        assertThat(links.ok()).as(links.describe()).isTrue();
    }

    @Test
    void theTitleComesFirstThenTagsAndServicesOnOneLineThatOpens() throws IOException {
        build("Exam.md", "---\ntags: [aws]\n---\n[[Other]]\n\n# Exam\n\nText.\n\n## Amazon S3\n\nBuckets.\n\n## Amazon SQS\n\nQueues.\n\n"
                        + "## AWS Lambda\n\nFunctions.\n\n## Amazon DynamoDB\n\nTables.\n",
                "Other.md", "# Other\n\nText.\n");
        Document exam = page("exam.html");
        Element article = exam.selectFirst("article.note-body");
        // The author's H1 is lifted above the tags and services (and the paragraph before it), keeping its id; the line
        // saying when it changed and how long it reads follows it.
        assertThat(article.child(0).is("h1.note-title#exam")).as(article.child(0).outerHtml()).isTrue();
        assertThat(exam.select("h1")).hasSize(1);
        assertThat(exam.select(".markdown h1")).isEmpty();
        assertThat(exam.select(".toc a[href=#exam]")).hasSize(1);
        List<String> order = new ArrayList<>();
        article.children().forEach(e -> order.add(e.tagName() + "." + e.className()));
        assertThat(order).containsExactly("h1.note-title", "p.note-meta muted", "ul.tags", "details.note-services", "div.markdown");
        Element services = exam.selectFirst("details.note-services");
        assertThat(services.hasAttr("open")).isFalse();
        assertThat(services.selectFirst(".note-services-count").text()).isEqualTo("4 services");
        assertThat(services.selectFirst(".note-services-names").text()).contains("S3", "SQS", "Lambda", "DynamoDB");
        assertThat(services.select("a.service-chip")).hasSize(4);
        assertThat(exam.select(".markdown > p").first().text()).isEqualTo("Other");
    }

    @Test
    void aTitleThatIsNotTheFirstHeadingStaysWhereTheAuthorPutIt() throws IOException {
        build("Notes.md", "## Intro\n\nText.\n\n# Notes\n\nMore.\n");
        Document notes = page("notes.html");
        assertThat(notes.select(".markdown h1#notes")).hasSize(1);
        assertThat(notes.select(".markdown > :first-child").is("h2#intro")).isTrue();
    }

    @Test
    void jekyllIncludeTocLeavesOneTableOfContentsOnThePage() throws IOException {
        build("Post.md", "---\nlayout: single\ntoc: true\n---\n{% include toc %}\n\n# EC2\n\n## Types\n\n# S3\n");
        Document post = page("post.html");
        assertThat(post.select("nav.toc")).hasSize(1);
        assertThat(post.select(".toc-panel nav.toc a").eachAttr("href")).containsExactly("#ec2", "#types", "#s3");
        assertThat(post.select(".markdown nav, .markdown .liquid-tag")).isEmpty();
    }

    @Test
    void aLongFolderListsItsNotesUnderTheirFirstLettersAndTheHomePageShowsTitles() throws IOException {
        List<String> files = new ArrayList<>();
        String[] starts = {"Alpha", "beta", "Émile", "Gamma", "42 things"};
        for (int i = 0; i < 45; i++) {
            files.add("Long/Note " + i + ".md");
            files.add("# " + starts[i % starts.length] + " " + i + "\n");
        }
        files.addAll(List.of("Short/One.md", "# One\n", "Short/Two.md", "# Two\n", "Top.md", "# Top title\n"));
        build(files.toArray(String[]::new));

        Document long_ = page("long/index.html");
        assertThat(long_.select(".letter-index a").eachText()).containsExactly("#", "A", "B", "E", "G");
        assertThat(long_.select(".letter-index a").eachAttr("href")).containsExactly("#letter-1", "#letter-2", "#letter-3", "#letter-4", "#letter-5");
        Element e = long_.selectFirst("section.letter-group:has(h2#letter-4)");
        assertThat(e.select("h2").text()).isEqualTo("E 9");
        assertThat(e.select(".note-list a").eachText()).first().isEqualTo("Émile 2");
        assertThat(long_.select(".letter-group .note-list a")).hasSize(45);

        Document short_ = page("short/index.html");
        assertThat(short_.select(".letter-index, .letter-group")).isEmpty();
        assertThat(short_.select("main .note-list a").eachText()).containsExactly("One", "Two");

        Document home = page("index.html");
        assertThat(home.select("main .note-list li").eachText()).containsExactly("Top title");
        assertThat(home.select("main").text()).doesNotContain(".md");
    }

    @Test
    void previewsCarryTheSectionAsRenderedTrimmedWithSiteRelativeLinksAndNoIds() throws IOException {
        StringBuilder longList = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
            longList.append("- item ").append(i).append('\n');
        }
        build("Folder/Target.md", "# Target\n\nLead with **bold** and [[Other]].\n\n## List\n\n" + longList
                        + "\n## Code\n\n```java\nint a = 1;\n```\n\n## Image\n\n![[pic.png]]\n\n## Long\n\n" + "word ".repeat(400) + "\n",
                "Other.md", "# Other\n\nSee [[Target]].\n",
                "Folder/pic.png", "png");
        String chunks = allPreviews();
        assertThat(chunks).contains("<p>Lead with <strong>bold<\\/strong> and <a href=\\\"other.html\\\"");
        assertThat(chunks).contains("<li>item 1<\\/li>").contains("<li>item 4<\\/li>").doesNotContain("item 5");
        assertThat(chunks).contains("<pre><code class=\\\"language-java\\\">int a = 1;");
        assertThat(chunks).contains("src=\\\"folder/pic.png\\\"");
        assertThat(chunks).doesNotContain(" id=\\\"");
        String longSection = chunks.substring(chunks.indexOf("[\"long\""));
        assertThat(longSection.substring(0, longSection.indexOf(",1]"))).hasSizeLessThan(700).contains("…");
    }

    private String allPreviews() throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(tmp.resolve("site/_studysite/previews"))) {
            for (Path file : files.sorted().toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    @Test
    void aNotePageLoadsTheLocalGraphsScriptsOnlyWhenAsked() throws IOException {
        build("A.md", "# A\n\n[[B]]\n", "B.md", "# B\n");
        Document a = page("a.html");
        assertThat(a.select("script[src]").eachAttr("src")).noneMatch(src -> src.contains("d3") || src.endsWith("/graph.js"));
        assertThat(a.selectFirst(".local-graph").attr("data-scripts").split(" ")).containsExactly(
                "_studysite/d3/d3-dispatch.min.js", "_studysite/d3/d3-quadtree.min.js", "_studysite/d3/d3-timer.min.js",
                "_studysite/d3/d3-force.min.js", "_studysite/graph.js");
        for (String script : a.selectFirst(".local-graph").attr("data-scripts").split(" ")) {
            assertThat(tmp.resolve("site").resolve(script)).isRegularFile();
        }
    }
}
