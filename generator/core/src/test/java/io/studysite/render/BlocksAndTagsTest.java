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
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Block references and embeds, and inline tags linking to their pages, through a whole build. */
class BlocksAndTagsTest {
    @TempDir
    Path tmp;

    private Document page(String path) throws IOException {
        return Jsoup.parse(tmp.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    @Test
    void blockLinksAndEmbedsFindTheMarkedBlock() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"),
                "Facts.md", "# Facts\nS3 is object storage. ^s3-fact\n\n- one\n- two\n\n^the-list\n",
                "Home.md", "[[Facts#^s3-fact|fact]] [[#^mine]]\n\nMine ^mine\n\n![[Facts#^the-list]]\n");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        assertThat(result.diagnostics()).isEmpty();
        Document home = page("home.html");
        assertThat(home.select(".markdown > p a.internal-link").eachAttr("href")).containsExactly("facts.html#%5Es3-fact", "#%5Emine");
        assertThat(home.select(".embed-source").attr("href")).isEqualTo("facts.html#%5Ethe-list");
        assertThat(page("facts.html").getElementById("^s3-fact").text()).isEqualTo("S3 is object storage.");
        Element embed = home.selectFirst(".embed-note .embed-content");
        assertThat(embed.select("li").eachText()).containsExactly("one", "two");
        assertThat(embed.text()).doesNotContain("S3 is object storage");
        SiteLinkChecker.Report links = SiteLinkChecker.check(tmp.resolve("site"));
        assertThat(links.ok()).as(links.describe()).isTrue();
    }

    @Test
    void inlineTagsJoinFrontMatterTagsAndLinkToTheirPages() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"),
                "A.md", "---\ntags: [aws]\n---\nAbout #AWS/S3 and #exam, not #1984 or `#code`.\n");
        new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        Document a = page("a.html");
        // Inline tags show where they are written; the list above the note shows the tags property, as Obsidian does.
        assertThat(a.select("ul.tags a.tag").eachText()).containsExactly("#aws");
        assertThat(a.select(".markdown a.tag").eachAttr("href")).containsExactly("tags/aws/s3.html", "tags/exam.html");
        assertThat(page("tags/aws.html").select("main .note-list a").eachText()).containsExactly("A");
        SiteLinkChecker.Report links = SiteLinkChecker.check(tmp.resolve("site"));
        assertThat(links.ok()).as(links.describe()).isTrue();
    }

    @Test
    void anInlineTagOnTheFirstLineShowsOnce() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"), "A.md", "#aws #exam\n# Lambda\n\nText.\n");
        new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        Document a = page("a.html");
        assertThat(a.select("a.tag").eachText()).containsExactly("#aws", "#exam");
        assertThat(page("tags/aws.html").select("main .note-list a").eachText()).containsExactly("A");
    }

    @Test
    void aBlockEmbedIsTitledByItsNoteAndAHeadingEmbedByItsHeadings() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"),
                "Facts.md", "---\ntitle: All the facts\n---\n# Facts\n## Storage\nS3 is object storage. ^s3-fact\n",
                "Home.md", "![[Facts#^s3-fact]]\n\n![[Facts#Storage]]\n");
        new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        assertThat(page("home.html").select(".embed-title").eachText())
                .containsExactly("All the facts", "All the facts › Storage");
    }
}
