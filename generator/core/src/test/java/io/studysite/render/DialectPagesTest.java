package io.studysite.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.studysite.BuildResult;
import io.studysite.diag.Diagnostic;
import io.studysite.diag.Severity;
import io.studysite.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each note is read in the dialect its author wrote it in, and a Jekyll note says why it is one. */
class DialectPagesTest {
    @TempDir
    Path tmp;

    private BuildResult build(String... pathsAndTexts) {
        return TestSite.build(tmp, pathsAndTexts);
    }

    private Document page(String path) throws IOException {
        return TestSite.page(tmp, path);
    }

    private static List<String> dialectInfos(BuildResult result) {
        return result.diagnostics().stream().filter(d -> d.code().equals("jekyll-dialect"))
                .map(d -> d.file().getFileName() + ": " + d.message()).toList();
    }

    @Test
    void propertiesNamedLikeJekyllKeysKeepAnObsidianNote() throws IOException {
        BuildResult result = build(
                ".obsidian/app.json", "{}",
                "A.md", "---\ncategory: aws\ncategories: [x]\npublished: true\nlayout: wide\nexcerpt: e\n---\n"
                        + "a [[B]] c ==marked==\n\n> [!tip] Title\n> inside\n\n![[B]]\n",
                "B.md", "# B\n\nbody of b\n");

        Document a = page("a.html");
        assertThat(a.select(".markdown > p").first().select("a.internal-link[href=b.html]").eachText()).containsExactly("B");
        assertThat(a.select(".markdown mark").text()).isEqualTo("marked");
        assertThat(a.select(".markdown .callout[data-callout=tip] .callout-title-inner").text()).isEqualTo("Title");
        assertThat(a.select(".markdown").text()).contains("body of b").doesNotContain("[[");
        assertThat(dialectInfos(result)).isEmpty();
    }

    @Test
    void aJekyllSiteConfigAboveTheNoteMakesItJekyllAndSaysSo() throws IOException {
        BuildResult result = build(
                "blog/_config.yml", "title: My blog\n",
                "blog/posts/Post.md", "#EC2\n\nSee [[Home]] and {{ page.title }}.\n\n> [!note]\n> callout\n",
                "Home.md", "#EC2 is a tag here\n");

        Document post = page("blog/posts/post.html");
        assertThat(post.select("main h1").text()).isEqualTo("EC2");
        assertThat(post.select(".markdown a.internal-link").eachAttr("href")).containsExactly("../../home.html");
        assertThat(post.select(".markdown .callout[data-callout=note]")).hasSize(1);
        assertThat(page("home.html").select(".markdown h1")).isEmpty();
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("jekyll-dialect")).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.INFO);
                    assertThat(d.message()).isEqualTo("treated as Jekyll: _config.yml in blog/");
                });
    }

    @Test
    void liquidOrKramdownInTheTextIsNamedWithItsLine() {
        BuildResult result = build(
                "Toc.md", "---\ntitle: T\n---\n# T\n\n`{% raw %}`\n\n{% include toc %}\n",
                "Attr.md", "para\n{: .notice}\n",
                "Plain.md", "{{date}} and `{: .x}`\n");

        assertThat(dialectInfos(result)).containsExactly(
                "Attr.md: treated as Jekyll: kramdown attribute list {: .notice} on line 2",
                "Toc.md: treated as Jekyll: Liquid tag {% include toc %} on line 8");
    }

    @Test
    void aDialectsRuleIsNamedAsItIsNormalised() {
        BuildResult result = build(
                "studysite.yml", "dialects:\n  ./blog/: jekyll\n  blog/vault: obsidian\n",
                "blog/Post.md", "text\n",
                "blog/vault/Note.md", "{% include toc %}\n",
                "Other.md", "text\n");

        assertThat(dialectInfos(result)).containsExactly("Post.md: treated as Jekyll: studysite.yml dialects: \"blog\"");
    }

    @Test
    void anUnclosedFrontMatterIsARuleAndTheRestOfTheNote() throws IOException {
        BuildResult result = build("Open.md", "---\ntitle: never closed\n\n# Heading\n\nAll of [[this]] stays.\n");

        Document open = page("open.html");
        assertThat(open.select(".markdown hr")).hasSize(1);
        assertThat(open.select(".markdown h1").text()).isEqualTo("Heading");
        assertThat(open.select(".markdown p").eachText()).contains("title: never closed", "All of this stays.");
        assertThat(result.diagnostics()).extracting(Diagnostic::code).contains("invalid-front-matter");
    }
}
