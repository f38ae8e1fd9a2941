package io.studysite.parse;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.config.Dialect;
import io.studysite.diag.Diagnostic;
import io.studysite.diag.Diagnostics;
import io.studysite.markdown.MarkdownEngine;
import io.studysite.vault.NoteSource;
import io.studysite.vault.VaultPath;
import io.studysite.diag.Severity;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a note's title comes from: Obsidian vaults use file names, plain Markdown folders a leading H1. */
class NoteTitlesTest {
    @TempDir
    Path tmp;

    private BuildResult build(String... pathsAndTexts) {
        Path vault = TestVault.write(tmp.resolve("vault"), pathsAndTexts);
        return new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
    }

    private BuildResult buildObsidian(String... pathsAndTexts) throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"), pathsAndTexts);
        Files.createDirectories(vault.resolve(".obsidian"));
        return new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
    }

    /** The {@code <title>} of the page of the note at {@code source}, without the site's name. */
    private String title(String source) throws IOException {
        try (var files = Files.walk(tmp.resolve("site"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                if (doc.select("p.source code").text().equals(source)) {
                    return doc.title().substring(0, doc.title().lastIndexOf(" · "));
                }
            }
        }
        throw new AssertionError("no page for " + source);
    }

    private List<String> listed(String page) throws IOException {
        return Jsoup.parse(tmp.resolve("site").resolve(page).toFile(), "UTF-8").select(".note-list a").eachText();
    }

    private static List<Diagnostic> titleInfo(BuildResult result) {
        return result.diagnostics().stream().filter(d -> d.code().equals("note-titles")).toList();
    }

    private static String plainTitle(String path, String text) {
        NoteSource source = new NoteSource(VaultPath.of(path), Path.of(path), text, Dialect.OBSIDIAN);
        ParsedNote parsed = new NoteParser(new MarkdownEngine(false, true), new Diagnostics()).parse(source);
        return NoteTitles.of(false, "Vault").titled(parsed).note().title();
    }

    @Test
    void aLeadingHeadingReadsAsPlainTextAndMustComeFirst() {
        assertThat(plainTitle("a.md", "---\ntags: [x]\n---\n\n# The *first* `H1`\n# Another\n")).isEqualTo("The first H1");
        assertThat(plainTitle("a.md", "Setext title\n===\n")).isEqualTo("Setext title");
        assertThat(plainTitle("a.md", "## Second level first\n# Late H1\n")).isEqualTo("a");
        assertThat(plainTitle("f/README.md", "## Only an H2\n")).isEqualTo("f");
        assertThat(plainTitle("Notes.md", "text\n")).isEqualTo("Vault");
        assertThat(plainTitle("a.md", "#\n")).isEqualTo("a");
    }

    @Test
    void plainFolderTitlesComeFromALeadingHeadingElseTheFileName() throws IOException {
        BuildResult result = build("studysite.yml", "title: My Notes\n",
                "guide/Lambda.md", "# Serverless Functions\n\ntext\n",
                "guide/late.md", "intro\n\n# Late heading\n",
                "guide/index.md", "only text\n",
                "guide/sub/README.md", "---\ntags: [x]\n---\n# Guide to X\n",
                "index.md", "welcome\n");
        assertThat(title("guide/Lambda.md")).isEqualTo("Serverless Functions");
        assertThat(title("guide/late.md")).isEqualTo("late");
        assertThat(title("guide/index.md")).isEqualTo("guide");
        assertThat(title("guide/sub/README.md")).isEqualTo("Guide to X");
        assertThat(title("index.md")).isEqualTo("My Notes");
        List<Diagnostic> info = titleInfo(result);
        assertThat(info).hasSize(1);
        assertThat(info.get(0).file()).isNull();
        assertThat(info.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(info.get(0).message()).contains("no .obsidian folder", "leading");
    }

    @Test
    void anObsidianFolderMakesFileNamesTheTitles() throws IOException {
        BuildResult result = buildObsidian("Lambda.md", "# Serverless Functions\n", "Overview.md", "text\n\n# Overview\n");
        assertThat(title("Lambda.md")).isEqualTo("Lambda");
        List<Diagnostic> info = titleInfo(result);
        assertThat(info).hasSize(1);
        assertThat(info.get(0).message()).contains(".obsidian folder", "Lambda.md");
    }

    @Test
    void wikilinksMakeAFolderAnObsidianVault() throws IOException {
        BuildResult result = build("Lambda.md", "# Serverless Functions\n", "Home.md", "See [[Lambda]].\n");
        assertThat(title("Lambda.md")).isEqualTo("Lambda");
        assertThat(titleInfo(result).get(0).message()).contains("[[wikilinks]]", "Home.md");
    }

    @Test
    void aTitlePropertyWinsEverywhere() throws IOException {
        buildObsidian("a.md", "---\ntitle: Chosen\n---\n# Heading\n", "b.md", "---\ntitle: Also chosen\n---\n# Heading\n");
        assertThat(title("a.md")).isEqualTo("Chosen");
        assertThat(title("b.md")).isEqualTo("Also chosen");
    }

    @Test
    void aJekyllNoteInAnObsidianVaultTakesItsLeadingHeading() throws IOException {
        buildObsidian("blog/_config.yml", "title: Blog\n", "blog/post.md", "---\nlayout: post\n---\n# A Jekyll Post\n\ntext\n",
                "Note.md", "# Other\n");
        assertThat(title("blog/post.md")).isEqualTo("A Jekyll Post");
        assertThat(title("Note.md")).isEqualTo("Note");
    }

    @Test
    void noInfoWhenEveryLeadingHeadingIsTheFileName() throws IOException {
        BuildResult result = build("A.md", "# A\n", "B.md", "text\n");
        assertThat(titleInfo(result)).isEmpty();
    }

    @Test
    void listingsSortByTheTitleTheyShow() throws IOException {
        build("f/a.md", "# Zeta\n", "f/b.md", "# Alpha 10\n", "f/c.md", "# Alpha 2\n",
                "Hub.md", "# Hub\nLinked from each.\n", "f/d.md", "# Beta\n[hub](../Hub.md)\n", "f/e.md", "# Alpha 3\n[hub](../Hub.md)\n");
        assertThat(listed("f/index.html")).containsExactly("Alpha 2", "Alpha 3", "Alpha 10", "Beta", "Zeta");
        Document hub = Jsoup.parse(tmp.resolve("site/hub.html").toFile(), "UTF-8");
        assertThat(hub.select(".backlinks li a").eachText()).containsExactly("Alpha 3", "Beta");
        String tree = Files.readString(tmp.resolve("site/_studysite/tree.js"));
        assertThat(tree.indexOf("Alpha 2")).isLessThan(tree.indexOf("Alpha 10"));
        assertThat(tree.indexOf("Alpha 10")).isLessThan(tree.indexOf("Zeta"));
    }
}
