package io.studysite.render;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.diag.Diagnostic;
import io.studysite.testing.SiteLinkChecker;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The author's own pages keep their addresses: index.md and README.md are the home and folder pages, vault folders keep their names. */
class AuthorPagesTest {
    @TempDir
    Path tmp;

    private BuildResult result;

    private Document page(String path) throws IOException {
        return Jsoup.parse(tmp.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    private String file(String path) throws IOException {
        return Files.readString(tmp.resolve("site").resolve(path));
    }

    private void build(String... pathsAndTexts) throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"), pathsAndTexts);
        result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        // The base URL some tests configure is https://example.org/notes/: the 404 page's URLs start from its path.
        SiteLinkChecker.Report links = SiteLinkChecker.check(tmp.resolve("site"), "/notes/");
        assertThat(links.ok()).as(links.describe()).isTrue();
    }

    @Test
    void theRootIndexIsTheHomePageWithTheListingBelowItsText() throws IOException {
        build("studysite.yml", "baseUrl: https://example.org/notes/\n",
                "index.md", "---\ntags: [start]\n---\n# Welcome\nStart with [[kms/index|KMS]] or [the keys](kms/index.md).\n",
                "Root note.md", "# Root note\nBack [[index]].\n",
                "kms/index.md", "# KMS\nAbout keys. Up: [home](../index.md)\n",
                "kms/Keys.md", "# Keys\n[[kms/index|KMS overview]]\n",
                "kms/deep/Rotation.md", "# Rotation\n");
        assertThat(tmp.resolve("site/index-2.html")).doesNotExist();
        assertThat(tmp.resolve("site/kms/index-2.html")).doesNotExist();

        Document home = page("index.html");
        assertThat(home.select("main.note .markdown h1").text()).isEqualTo("Welcome");
        assertThat(home.select("main.note ul.tags a").eachText()).containsExactly("#start");
        // The vault uses wikilinks, so it is an Obsidian vault: notes are titled by their file names, index.md too.
        assertThat(home.select("main.note .backlinks li a").eachText()).containsExactlyInAnyOrder("Root note", "index");
        // the listing follows the text: top folders (counting every note below) and root notes, not the page itself
        assertThat(home.select("main.note .folder-listing .folder-list li").eachText()).containsExactly("kms/ 3 notes");
        assertThat(home.select("main.note .folder-listing .note-list a").eachText()).containsExactly("Root note");
        assertThat(home.select("main.note .markdown a").eachAttr("href")).containsExactly("kms/index.html", "kms/index.html");

        Document kms = page("kms/index.html");
        assertThat(kms.select("main.note .markdown p:not(.heading-services)").first().text()).startsWith("About keys.");
        assertThat(kms.select("main.note .markdown p:not(.heading-services) a").eachAttr("href")).containsExactly("../index.html");
        assertThat(kms.select(".breadcrumbs a").eachText()).containsExactly("Home");
        assertThat(kms.select(".folder-listing .folder-list a").eachAttr("href")).containsExactly("deep/index.html");
        assertThat(kms.select(".folder-listing .note-list a").eachText()).containsExactly("Keys");
        assertThat(kms.select(".backlinks li a").eachText()).containsExactlyInAnyOrder("index", "Keys");
        assertThat(page("kms/keys.html").select(".markdown a").eachAttr("href")).containsExactly("index.html");
        assertThat(page("root-note.html").select(".markdown a").eachAttr("href")).containsExactly("index.html");
        // a folder without its own note keeps its generated page
        assertThat(page("kms/deep/index.html").select("main.folder-page .note-list a").eachText()).containsExactly("Rotation");

        // the notes tree links the folder to its note and does not list the note again
        String tree = file("_studysite/tree.js");
        assertThat(tree).contains("[\"kms\",\"kms/index.html\",[[\"deep\",\"kms/deep/index.html\",[[\"Rotation\",\"rotation.html\"]]],[\"Keys\",\"keys.html\"]]]");
        assertThat(tree).doesNotContain("\"Welcome\"").doesNotContain("\"KMS\"");
        // search results, the graph, the sitemap and the hover previews point at the pages
        assertThat(file("_studysite/graph/graph.js")).contains("\"index.html\"").contains("\"kms/index.html\"");
        assertThat(file("sitemap.xml")).containsOnlyOnce("<loc>https://example.org/notes/index.html</loc>")
                .containsOnlyOnce("<loc>https://example.org/notes/kms/index.html</loc>");
        assertThat(io.studysite.search.SearchIndex.search(io.studysite.search.SearchIndex.folderFor(tmp.resolve("site")),
                io.studysite.search.SearchQuery.of("keys"), 10)).extracting(io.studysite.search.SearchIndex.Hit::url)
                .contains("kms/index.html#kms");
    }

    @Test
    void aRootReadmeIsTheHomePageAndAFolderReadmeItsFolderPage() throws IOException {
        build("README.md", "# My notes\n", "guide/README.md", "# Guide\nRead on.\n", "guide/Step 1.md", "# Step 1\n[up](../guide/README.md)\n");
        assertThat(page("index.html").select("main.note h1").text()).isEqualTo("My notes");
        assertThat(page("guide/index.html").select("main.note h1").text()).isEqualTo("Guide");
        assertThat(page("guide/step-1.html").select(".markdown a").eachAttr("href")).containsExactly("index.html");
        assertThat(tmp.resolve("site/readme.html")).doesNotExist();
    }

    @Test
    void vaultFoldersNamedLikeGeneratedPagesKeepTheirNames() throws IOException {
        build("services/S3.md", "# S3\nAmazon S3 stores objects.\n", "search/How.md", "# How\n",
                "tags/List.md", "---\ntags: [aws]\n---\n# List\n", "graph/Theory.md", "# Theory\n");
        assertThat(page("services/s3.html").select("main.note h1").text()).isEqualTo("S3");
        assertThat(page("services/index.html").select("main.folder-page .note-list a").eachText()).containsExactly("S3");
        assertThat(page("search/index.html").select("main.folder-page .note-list a").eachText()).containsExactly("How");
        assertThat(page("tags/index.html").select("main.folder-page")).hasSize(1);
        assertThat(page("graph/index.html").select("main.folder-page")).hasSize(1);

        assertThat(page("_studysite/services/index.html").select("main").attr("class")).contains("services");
        assertThat(tmp.resolve("site/_studysite/services/s3.html")).isRegularFile();
        assertThat(page("_studysite/tags/aws.html").select("main .note-list a").eachText()).containsExactly("List");
        assertThat(tmp.resolve("site/_studysite/graph/index.html")).isRegularFile();

        Document note = page("services/s3.html");
        assertThat(note.select(".site-nav a").eachAttr("href")).containsExactly(
                "../_studysite/services/index.html", "../_studysite/tags/index.html", "../_studysite/graph/index.html");
        assertThat(note.select("form.site-search").attr("action")).isEqualTo("../_studysite/search/index.html");
        assertThat(note.select("form.site-search").attr("data-search-page")).isEqualTo("_studysite/search/index.html");
        assertThat(note.select(".service-chip").eachAttr("href")).containsOnly("../_studysite/services/s3.html");
        assertThat(page("tags/list.html").select("ul.tags a").eachAttr("href")).containsExactly("../_studysite/tags/aws.html");
        Document notFound = page("404.html");
        assertThat(notFound.select("form.not-found-search").attr("action")).isEqualTo("_studysite/search/index.html");
        assertThat(notFound.select("main a").eachAttr("href"))
                .contains("_studysite/tags/index.html", "_studysite/services/index.html");
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("generated-pages-moved"))
                .extracting(Diagnostic::message).containsExactlyInAnyOrder(
                        "the vault has a folder tags/; the tag pages are at _studysite/tags/",
                        "the vault has a folder services/; the service pages are at _studysite/services/",
                        "the vault has a folder search/; the search page is at _studysite/search/",
                        "the vault has a folder graph/; the graph page is at _studysite/graph/");
    }
}
