package io.studysite.render;

import io.studysite.BuildResult;
import io.studysite.testing.SiteLinkChecker;
import io.studysite.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Code blocks load the Copy-button script, and highlight.js when one names a language, ```mermaid fences become {@code <pre class="mermaid">}
 * and load Mermaid; pages without them load neither, and a site without them carries neither.
 */
class CodeAndDiagramPagesTest {
    static final String FLOWCHART = "flowchart LR\n  A[\"Start & <go>\"] --> B{ok?}\n  B -->|yes| C\n";

    @TempDir
    Path tmp;

    private Document page(String path) throws IOException {
        return TestSite.page(tmp, path);
    }

    private BuildResult build(String... pathsAndTexts) {
        return TestSite.build(tmp, pathsAndTexts);
    }

    @Test
    void mermaidFencesBecomeDiagramsAndOtherFencesStayCode() throws IOException {
        BuildResult result = build(
                "Diagram.md", "# Flow\n\n```mermaid\n" + FLOWCHART + "```\n\n```java\nclass A { int x = 1 < 2 ? 1 : 0; }\n```\n",
                "Plain.md", "Just text with `inline code`.\n");
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);

        Document diagram = page("diagram.html");
        Element pre = diagram.selectFirst(".markdown pre.mermaid");
        assertThat(pre).isNotNull();
        assertThat(pre.children()).isEmpty();
        assertThat(pre.wholeText()).isEqualTo(FLOWCHART);
        assertThat(pre.html()).contains("&amp;").contains("&lt;go&gt;");
        assertThat(diagram.select(".markdown code.language-mermaid")).isEmpty();
        Element java = diagram.selectFirst(".markdown pre > code.language-java");
        assertThat(java).isNotNull();
        assertThat(java.wholeText()).isEqualTo("class A { int x = 1 < 2 ? 1 : 0; }\n");
        assertThat(diagram.select("script[src]").eachAttr("src")).containsExactly(
                "_studysite/code.js", "_studysite/mermaid/mermaid.min.js", "_studysite/diagrams.js", "_studysite/page.js", "_studysite/tree.js");
        // code.js loads highlight.js once a block naming a language nears the screen.
        assertThat(diagram.select("script[src$=code.js]").attr("data-highlighter")).isEqualTo("_studysite/highlight/highlight.min.js");
        assertThat(diagram.select("link[rel=stylesheet][href*=highlight]"))
                .extracting(e -> e.attr("href") + " " + e.attr("media")).containsExactly(
                        "_studysite/highlight/github.min.css not all and (prefers-color-scheme: dark)",
                        "_studysite/highlight/github-dark.min.css (prefers-color-scheme: dark)");

        Document plain = page("plain.html");
        // Only the ones every page carries (page, tree); page.js loads the local graph's as it nears the screen,
        // and the search box's at its first use.
        assertThat(plain.select("script[src]").eachAttr("src")).containsExactly("_studysite/page.js", "_studysite/tree.js");
        assertThat(plain.select("link[href*=highlight]")).isEmpty();
        assertThat(page("index.html").select("script[src]").eachAttr("src")).containsExactly("_studysite/page.js", "_studysite/tree.js");
        assertThat(plain.select("form.site-search").attr("data-script")).isEqualTo("_studysite/search-ui.js");

        assertThat(tmp.resolve("site/_studysite/highlight/highlight.min.js")).isRegularFile();
        assertThat(tmp.resolve("site/_studysite/highlight/github-dark.min.css")).isRegularFile();
        assertThat(tmp.resolve("site/_studysite/mermaid/mermaid.min.js")).isRegularFile();
        assertThat(tmp.resolve("site/_studysite/katex")).doesNotExist();
        try (var files = Files.list(tmp.resolve("site/_studysite/mermaid"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("mermaid.min.js");
        }
        SiteLinkChecker.Report links = SiteLinkChecker.check(tmp.resolve("site"));
        assertThat(links.ok()).as(links.describe()).isTrue();
    }

    @Test
    void codeThatNamesNoLanguageGetsCopyButtonsButNoHighlighter() throws IOException {
        build("Code.md", "    indented code\n\n```\nno language\n```\n\n```text\nplain text\n```\n");
        Document code = page("code.html");
        assertThat(code.select("script[src]").eachAttr("src"))
                .containsExactly("_studysite/code.js", "_studysite/page.js", "_studysite/tree.js");
        assertThat(code.select("script[src$=code.js]").hasAttr("data-highlighter")).isFalse();
        assertThat(code.select("link[href*=highlight]")).isEmpty();
        assertThat(tmp.resolve("site/_studysite/highlight")).doesNotExist();
        assertThat(tmp.resolve("site/_studysite/mermaid")).doesNotExist();
    }

    @Test
    void aBlockNamingALanguageBringsTheHighlighter() throws IOException {
        build("Code.md", "```\nno language\n```\n\n```Python\nprint(1)\n```\n");
        Document code = page("code.html");
        assertThat(code.select("script[src$=code.js]").attr("data-highlighter")).isEqualTo("_studysite/highlight/highlight.min.js");
        assertThat(code.select("link[rel=stylesheet][href*=highlight]")).hasSize(2);
        assertThat(tmp.resolve("site/_studysite/highlight/highlight.min.js")).isRegularFile();
        assertThat(tmp.resolve("site/_studysite/mermaid")).doesNotExist();
    }

    @Test
    void aSiteWithoutCodeOrDiagramsShipsNeither() throws IOException {
        build("A.md", "Text with `inline code` and $x$.\n");
        assertThat(page("a.html").select("script[src]").eachAttr("src"))
                .containsExactly("_studysite/katex/katex.min.js", "_studysite/math.js", "_studysite/page.js", "_studysite/tree.js");
        assertThat(tmp.resolve("site/_studysite/highlight")).doesNotExist();
        assertThat(tmp.resolve("site/_studysite/mermaid")).doesNotExist();
    }

    @Test
    void aDiagramEmbeddedFromAnotherNoteCounts() throws IOException {
        build("Host.md", "![[Chart]]\n", "Chart.md", "```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n");
        Document host = page("host.html");
        assertThat(host.select("pre.mermaid")).hasSize(1);
        assertThat(host.select("script[src]").eachAttr("src")).contains("_studysite/mermaid/mermaid.min.js");
    }

    @Test
    void mermaidInfoIsCaseInsensitiveAndMayCarryAttributes() throws IOException {
        build("M.md", "```Mermaid {.wide}\ngraph TD\n  A-->B\n```\n\n~~~mermaid\npie\n  \"a\": 1\n~~~\n");
        assertThat(page("m.html").select("pre.mermaid")).hasSize(2);
    }
}
