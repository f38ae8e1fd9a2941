package io.studysite;

import io.studysite.diag.Diagnostic;
import io.studysite.diag.Severity;
import io.studysite.testing.SiteLinkChecker;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The facade's promises, on small vaults: what is published, what fails, what is left untouched. */
class SiteBuilderTest {
    @TempDir
    Path tmp;

    private Path vault(String... pathsAndTexts) {
        return TestVault.write(tmp.resolve("vault"), pathsAndTexts);
    }

    private BuildResult build(Path vault, BuildOptions options) {
        return new SiteBuilder().build(options);
    }

    private BuildResult build(Path vault) {
        return build(vault, BuildOptions.of(vault, tmp.resolve("site")));
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(tmp.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    @Test
    void unpublishedAndDraftNotesVanishEverywhere() throws IOException {
        Path v = vault(
                "Public.md", "# Public\nSee [[Secret]] and [[Draft]].\n",
                "Secret.md", "---\npublish: false\n---\n# Secret\n![[only-secret.png]]\n",
                "Draft.md", "---\ndraft: true\n---\n# Draft\n",
                "only-secret.png", "png");
        BuildResult result = build(v);
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(result.notes()).isEqualTo(1);
        assertThat(tmp.resolve("site/secret.html")).doesNotExist();
        assertThat(tmp.resolve("site/draft.html")).doesNotExist();
        assertThat(tmp.resolve("site/only-secret.png")).doesNotExist();
        assertThat(page("public.html").select(".markdown span.unresolved-link").eachText()).containsExactly("Secret", "Draft");
        assertThat(page("index.html").select("main .note-list a").eachText()).containsExactly("Public");
        // A link to a note left out says so, and why, instead of claiming the note does not exist.
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("unresolved-link"))
                .extracting(Diagnostic::message).containsExactly(
                        "\"Secret\" is not published (publish: false in Secret.md); the link shows as text",
                        "\"Draft\" is not published (draft: true in Draft.md); the link shows as text");
    }

    @Test
    void onlyAttachmentsThatNotesUseAreCopied() {
        Path v = vault(
                "Note.md", "![[used.png]]\n",
                "img/used.png", "used",
                "img/unused.png", "unused");
        assertThat(build(v).outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(tmp.resolve("site/img/used.png")).hasContent("used");
        assertThat(tmp.resolve("site/img/unused.png")).doesNotExist();
    }

    @Test
    void namesWithSpacesSymbolsAccentsAndEmojiGetWorkingLinks() throws IOException {
        String nfdName = Normalizer.normalize("Café crème", Normalizer.Form.NFD);
        Path v = vault(
                "Index of things.md", """
                        # Links
                        [[R&D: 50% off?]] · [[café crème]] · [[🚀 Launch]] · [[Folder with space/Deep note#Some Heading]]
                        ![[Pasted image 20220205104444.png]]
                        [md](Q%26A%3A%20what%3F%20100%25%20%231.md)
                        """,
                "R&D: 50% off?.md", "# R\n",
                // In a wikilink '#' starts a heading, so a name with '#' is reached by an encoded Markdown link.
                "Q&A: what? 100% #1.md", "# Q\n",
                nfdName + ".md", "# Café\n",
                "🚀 Launch.md", "# Launch\n",
                "Folder with space/Deep note.md", "# Deep\n## Some heading\n",
                "Pasted image 20220205104444.png", "png");
        BuildResult result = build(v);
        assertThat(result.diagnostics()).filteredOn(d -> !d.code().equals("note-titles")).isEmpty();
        Document doc = page("index-of-things.html");
        assertThat(doc.select(".markdown a").eachAttr("href")).containsExactly(
                "r-and-d-50-off.html", "caf%C3%A9-cr%C3%A8me.html", "launch.html",
                "folder-with-space/deep-note.html#some-heading", "q-and-a-what-100-1.html");
        assertThat(doc.select(".markdown img").attr("src")).isEqualTo("pasted-image-20220205104444.png");
        SiteLinkChecker.Report links = SiteLinkChecker.check(tmp.resolve("site"));
        assertThat(links.ok()).as(links.describe()).isTrue();
    }

    @Test
    void headingLinksPointAtTheHeadingAnchor() throws IOException {
        Path v = vault(
                "A.md", "[[B#wifi 2 4 vs 5 0]] [[B#Setup#Details]] [[#Local]]\n# Local\n",
                "B.md", "# Wifi 2.4 vs 5.0\n# Other\n## Details\n# Setup\n## Details\n");
        assertThat(build(v).diagnostics()).filteredOn(d -> !d.code().equals("note-titles")).isEmpty();
        Document a = page("a.html");
        assertThat(a.select(".markdown a.internal-link").eachAttr("href"))
                .containsExactly("b.html#wifi-2-4-vs-5-0", "b.html#details-1", "#local");
        assertThat(page("b.html").getElementById("details-1").text()).isEqualTo("Details");
    }

    @Test
    void backlinksListEveryNoteThatLinksHere() throws IOException {
        Path v = vault("A.md", "[[C]]\n", "B.md", "[[C]] [[C#x]]\n", "C.md", "# C\n[[C]]\n");
        build(v);
        assertThat(page("c.html").select("section.backlinks a").eachText()).containsExactly("A", "B");
        assertThat(page("a.html").select("section.backlinks a")).isEmpty();
    }

    @Test
    void strictBuildFailsOnWarningsAndLeavesThePreviousSiteUntouched() {
        Path v = vault("Note.md", "# Note\n");
        assertThat(build(v).outcome()).isEqualTo(BuildResult.Outcome.OK);
        Map<String, String> before = TestVault.fingerprint(tmp.resolve("site"));

        TestVault.write(v, "Note.md", "# Changed\n[[Missing]]\n");
        BuildResult strict = build(v, BuildOptions.of(v, tmp.resolve("site")).withStrict(true));
        assertThat(strict.outcome()).isEqualTo(BuildResult.Outcome.CONTENT_ERRORS);
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.written()).isFalse();
        assertThat(TestVault.fingerprint(tmp.resolve("site"))).isEqualTo(before);
        assertThat(build(v).outcome()).isEqualTo(BuildResult.Outcome.OK);
    }

    @Test
    void severitiesFromTheConfigurationCanMakeWarningsErrors() {
        Path v = vault("studysite.yml", "diagnostics:\n  unresolved-link: error\n", "Note.md", "[[Missing]]\n");
        BuildResult result = build(v);
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.CONTENT_ERRORS);
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.code()).isEqualTo("unresolved-link");
        });
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void ambiguousNamesLinkDeterministicallyAndWarn() throws IOException {
        Path v = vault(
                "Home.md", "[[Lambda]]\n",
                "dva/Lambda.md", "# DVA\n",
                "saa/Lambda.md", "# SAA\n");
        BuildResult result = build(v);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("note-titles", "ambiguous-link");
        assertThat(result.diagnostics().get(1).message())
                .isEqualTo("\"Lambda\" matches 2 files (dva/Lambda.md, saa/Lambda.md); linking to dva/Lambda.md");
        assertThat(page("home.html").select(".markdown a").attr("href")).isEqualTo("dva/lambda.html");
    }

    @Test
    void aBrokenConfigurationIsAUsageError() {
        Path v = vault("studysite.yml", "title: [unclosed\n", "Note.md", "# Note\n");
        BuildResult result = build(v);
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.USAGE_ERROR);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("invalid-config");
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void anEmptyVaultBuildsASiteWithAHomePageAndAnEmptySearch() throws IOException {
        Path v = Files.createDirectories(tmp.resolve("vault"));
        assertBuildsWithEmptySearch(v);
    }

    @Test
    void notesWithoutTextBuildASiteWithAnEmptySearch() throws IOException {
        assertBuildsWithEmptySearch(vault("Empty.md", "", "Blank.md", "\n\n"));
        assertThat(page("index.html").select("main .note-list a").eachText()).containsExactly("Blank", "Empty");
    }

    private void assertBuildsWithEmptySearch(Path v) throws IOException {
        BuildResult result = build(v);
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(page("index.html").select("main")).hasSize(1);
        assertThat(page("search/index.html").select("form[role=search]")).isNotEmpty();
        assertThat(tmp.resolve("site/_studysite/search")).isDirectory();
        assertThat(io.studysite.search.SearchIndex.search(io.studysite.search.SearchIndex.folderFor(tmp.resolve("site")),
                io.studysite.search.SearchQuery.of("anything"), 10)).isEmpty();
    }

    @Test
    void aContentFolderGivenThroughASymbolicLinkIsRead() throws IOException {
        Path real = vault("Note.md", "# Note\n[[Other]]\n", "sub/Other.md", "# Other\n");
        Path link = TestVault.symlink(tmp.resolve("link"), real);
        BuildResult result = build(link, BuildOptions.of(link, tmp.resolve("site")));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(result.notes()).isEqualTo(2);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(page("note.html").select(".markdown a").eachAttr("href")).containsExactly("sub/other.html");
    }

    @Test
    void aContentFolderReachedThroughASymbolicLinkIsStillNotReplaced() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path real = TestVault.write(site.resolve("notes"), "Note.md", "# Note\n");
        Path link = TestVault.symlink(tmp.resolve("link"), real);
        BuildResult result = build(link, BuildOptions.of(link, site));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.USAGE_ERROR);
        assertThat(result.diagnostics().get(0).message()).contains("contains the content folder");
        assertThat(real.resolve("Note.md")).hasContent("# Note\n");
    }

    @Test
    void aMissingContentFolderIsAUsageError() {
        BuildResult result = new SiteBuilder().build(BuildOptions.of(tmp.resolve("nope"), tmp.resolve("site")));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.USAGE_ERROR);
        assertThat(result.diagnostics().get(0).message()).contains("does not exist");
    }

    @Test
    void aNonEmptyFolderStudysiteDidNotBuildIsNeverReplaced() throws IOException {
        Path v = vault("Note.md", "# Note\n");
        Path documents = tmp.resolve("documents");
        TestVault.write(documents, "thesis.docx", "precious");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(v, documents));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.USAGE_ERROR);
        assertThat(documents.resolve("thesis.docx")).hasContent("precious");
        assertThat(Files.list(documents).count()).isEqualTo(1);
    }

    @Test
    void aUserThemeOverridesOneTemplateAndOneStaticFileAndTheDefaultFillsTheRest() throws IOException {
        Path v = vault("Note.md", "# Note\n");
        Path theme = TestVault.write(tmp.resolve("theme"),
                "templates/note.peb", "{% extends \"base.peb\" %}{% block main %}<main id=\"content\" class=\"custom\">{{ note.title }}</main>{% endblock %}",
                "static/extra.css", "body{}");
        BuildResult result = build(v, BuildOptions.of(v, tmp.resolve("site")).withTheme(theme));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(page("note.html").select("main.custom").text()).isEqualTo("Note");
        assertThat(page("note.html").select("header.site-header")).hasSize(1);
        assertThat(page("index.html").select("main.home")).hasSize(1);
        assertThat(tmp.resolve("site/_studysite/extra.css")).hasContent("body{}");
        assertThat(tmp.resolve("site/_studysite/style.css")).isRegularFile();
    }

    @Test
    void aTemplateErrorIsADiagnosticWithFileAndLine() {
        Path v = vault("Note.md", "# Note\n");
        Path theme = TestVault.write(tmp.resolve("theme"), "templates/note.peb", "line one\n{% if %}\n");
        BuildResult result = build(v, BuildOptions.of(v, tmp.resolve("site")).withTheme(theme));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.USAGE_ERROR);
        Diagnostic error = result.diagnostics().get(result.diagnostics().size() - 1);
        assertThat(error.code()).isEqualTo("template-error");
        assertThat(error.file()).isEqualTo(theme.resolve("templates/note.peb"));
        assertThat(error.line()).isEqualTo(2);
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void checkOnlyWritesNothing() {
        Path v = vault("Note.md", "[[Missing]]\n");
        BuildResult result = new SiteBuilder().build(
                new BuildOptions(v, tmp.resolve("site"), java.util.Optional.empty(), false, false));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("unresolved-link");
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void stageTimesAreReportedInPipelineOrder() {
        BuildResult result = build(vault("Note.md", "# Note\n"));
        assertThat(result.stageTimes().keySet())
                .containsExactly("config", "load", "parse", "index+resolve", "services", "sections", "dates", "render+write", "copy", "search", "swap");
    }

    @Test
    void jekyllLiquidUrlsBecomeRelativeLinksIntoTheSite() throws IOException {
        Path v = vault(
                "blog/notes.md", """
                        ---
                        title: Notes
                        ---
                        [![]({{ "/assets/images/x.png" | absolute_url }}){:class="img-responsive"}]({{ "/assets/images/x.png" | absolute_url }})
                        [home]({{ site.baseurl }}/blog/other.md) {% assign x = 1 %}
                        """,
                "blog/other.md", "# Other\n",
                "assets/images/x.png", "png");
        BuildResult result = build(v);
        assertThat(result.diagnostics()).filteredOn(d -> !d.code().equals("note-titles"))
                .extracting(Diagnostic::code, Diagnostic::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("jekyll-dialect", 0),
                org.assertj.core.groups.Tuple.tuple("unsupported-liquid", 5));
        Document doc = page("blog/notes.html");
        assertThat(doc.select(".markdown a > img.img-responsive").attr("src")).isEqualTo("../assets/images/x.png");
        assertThat(doc.select(".markdown a:has(img)").attr("href")).isEqualTo("../assets/images/x.png");
        assertThat(doc.select(".markdown a:contains(home)").attr("href")).isEqualTo("other.html");
        assertThat(doc.select(".markdown code.liquid-tag").text()).isEqualTo("{% assign x = 1 %}");
        assertThat(tmp.resolve("site/assets/images/x.png")).hasContent("png");
    }

    @Test
    void referenceStyleLinksToMissingTargetsRenderWithoutBrokenHrefs() throws IOException {
        Path v = vault("Note.md", """
                [gone][1] and ![pic][2] and [here][3]

                [1]: Missing%20note.md
                [2]: missing.png
                [3]: Other.md
                """, "Other.md", "# Other\n");
        BuildResult result = build(v);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("unresolved-link", "missing-attachment");
        Document doc = page("note.html");
        assertThat(doc.select(".markdown span.unresolved-link").text()).isEqualTo("gone");
        assertThat(doc.select(".markdown .missing-embed").attr("aria-label")).isEqualTo("Missing: missing.png");
        assertThat(doc.select(".markdown a").eachAttr("href")).containsExactly("other.html");
        SiteLinkChecker.Report links = SiteLinkChecker.check(tmp.resolve("site"));
        assertThat(links.ok()).as(links.describe()).isTrue();
    }

    @Test
    void aMissingNoteEmbedIsAMissingNoteNotAMissingFile() {
        BuildResult result = build(vault("Note.md", "![[Some Note]]\n![[Version 2.0]]\n![[shot.png]]\n"));
        assertThat(result.diagnostics()).extracting(Diagnostic::code)
                .containsExactly("unresolved-link", "unresolved-link", "missing-attachment");
    }

    @Test
    void liquidOutputInJekyllTextStaysVisibleAsWritten() throws IOException {
        Path v = vault("post.md", "---\nlayout: post\n---\nWritten by {{ page.author }} today.\n");
        BuildResult result = build(v);
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .first().isEqualTo("treated as Jekyll: Liquid output {{ page.author }} on line 4");
        assertThat(result.diagnostics()).filteredOn(d -> d.severity() != Severity.INFO).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("unsupported-liquid");
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.column()).isEqualTo(12);
            assertThat(d.message()).isEqualTo("Liquid output {{ page.author }} is not evaluated; it is shown as written");
        });
        assertThat(page("post.html").selectFirst(".markdown p").text()).isEqualTo("Written by {{ page.author }} today.");
    }
}
