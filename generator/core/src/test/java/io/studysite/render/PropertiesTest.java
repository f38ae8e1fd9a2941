package io.studysite.render;

import io.studysite.BuildResult;
import io.studysite.diag.Diagnostic;
import io.studysite.testing.SiteLinkChecker;
import io.studysite.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Note properties as Obsidian and Obsidian Publish use them. */
class PropertiesTest {
    @TempDir
    Path tmp;

    private BuildResult build(String... pathsAndTexts) {
        return TestSite.build(tmp, pathsAndTexts);
    }

    private Document page(String path) throws IOException {
        return TestSite.page(tmp, path);
    }

    @Test
    void aliasesAreShownAndResolveLinksAfterFileNamesWithANote() throws IOException {
        BuildResult result = build(
                "Simple Storage Service.md", "---\naliases: [S3, Amazon S3]\n---\n# Simple Storage Service\n",
                "Links.md", "[[S3]] and [[Amazon S3|the bucket service]]\n");
        assertThat(page("simple-storage-service.html").select(".aliases .alias").eachText()).containsExactly("S3", "Amazon S3");
        assertThat(page("links.html").select(".markdown a").eachAttr("href"))
                .containsExactly("simple-storage-service.html", "simple-storage-service.html");
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("alias-link", "alias-link");
    }

    @Test
    void cssclassesGoOnThePageBody() throws IOException {
        build("Wide.md", "---\ncssclasses: [wide-page, cards]\n---\n# W\n", "Old.md", "---\ncssclass: legacy\n---\n# O\n",
                "Bad.md", "---\ncssclasses: ['\"><script>', ok]\n---\n# B\n");
        assertThat(page("wide.html").body().classNames()).contains("page-note", "wide-page", "cards");
        assertThat(page("old.html").body().classNames()).contains("legacy");
        assertThat(page("bad.html").body().classNames()).containsExactlyInAnyOrder("page-note", "ok");
    }

    @Test
    void descriptionIsTheMetaDescription() throws IOException {
        build("studysite.yml", "description: Site wide\n", "A.md", "---\ndescription: About A\n---\n# A\n", "B.md", "# B\n");
        assertThat(page("a.html").select("meta[name=description]").attr("content")).isEqualTo("About A");
        assertThat(page("b.html").select("meta[name=description]").attr("content")).isEqualTo("Site wide");
    }

    @Test
    void permalinkChoosesTheAddressAndLinksFollowIt() throws IOException {
        build("notes/Deep/Long name.md", "---\npermalink: /dva/lambda\n---\n# Lambda\n",
                "Home.md", "[[Long name]]\n");
        assertThat(tmp.resolve("site/dva/lambda.html")).isRegularFile();
        assertThat(page("home.html").select(".markdown a").attr("href")).isEqualTo("dva/lambda.html");
        SiteLinkChecker.Report links = SiteLinkChecker.check(tmp.resolve("site"));
        assertThat(links.ok()).as(links.describe()).isTrue();
    }

    @Test
    void allDigitTagsAreNotTags() throws IOException {
        BuildResult result = build("A.md", "---\ntags: [1984, y2k, 2024/q1, 2024/2025]\n---\n# A\n");
        assertThat(page("a.html").select("ul.tags a.tag").eachText()).containsExactly("#y2k", "#2024/q1");
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("invalid-tag", "invalid-tag");
    }

    @Test
    void linksInPropertiesAreShownResolvedAndCountedLikeLinksInTheText() throws IOException {
        BuildResult result = build(
                "Child.md", "---\nup: \"[[Parent]]\"\nrelated: [\"[[A#Part|a part]]\", \"[[Missing]]\"]\n"
                        + "source: https://example.com/doc\nlevel: 3\n---\n# Child\n",
                "Parent.md", "# Parent\n",
                "A.md", "# A\n## Part\n");
        Document child = page("child.html");
        assertThat(child.select(".properties dt").eachText()).containsExactly("up", "related", "source", "level");
        assertThat(child.select(".properties a.internal-link").eachAttr("href")).containsExactly("parent.html", "a.html#part");
        assertThat(child.select(".properties a.internal-link").eachText()).containsExactly("Parent", "a part");
        assertThat(child.select(".properties .unresolved-link").text()).isEqualTo("Missing");
        assertThat(child.select(".properties a.external-link").attr("href")).isEqualTo("https://example.com/doc");
        assertThat(child.select(".properties dd").last().text()).isEqualTo("3");
        assertThat(page("parent.html").select(".backlinks a").eachText()).containsExactly("Child");
        assertThat(page("a.html").select(".backlinks a").eachText()).containsExactly("Child");
        assertThat(child.select(".local-graph-data").html()).contains("\"Parent\"");
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("unresolved-link"))
                .extracting(Diagnostic::line, Diagnostic::column).containsExactly(org.assertj.core.groups.Tuple.tuple(3, 33));
        SiteLinkChecker.Report links = SiteLinkChecker.check(tmp.resolve("site"));
        assertThat(links.ok()).as(links.describe()).isTrue();
    }

    @Test
    void jekyllFrontMatterIsNotShownAsProperties() throws IOException {
        // Jekyll by evidence (a Liquid tag), not by its layout key: Jekyll's front matter is the site's, not properties.
        build("Post.md", "---\nlayout: post\nup: \"[[A]]\"\n---\n# Post\n{% include toc %}\n", "A.md", "# A\n");
        assertThat(page("post.html").select(".properties")).isEmpty();
    }
}
