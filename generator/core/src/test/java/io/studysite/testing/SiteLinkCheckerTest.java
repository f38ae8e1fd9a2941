package io.studysite.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.studysite.testing.SiteLinkChecker.Problem;
import io.studysite.testing.SiteLinkChecker.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteLinkCheckerTest {

    @TempDir
    Path temp;

    /** The site lives one level down so that files "above the root" can exist. */
    Path site;

    @BeforeEach
    void setUp() {
        site = temp.resolve("site");
    }

    @Test
    void cleanMultiFolderSiteHasNoProblems() throws IOException {
        page("index.html", """
                <link rel="stylesheet" href="assets/style.css">
                <script src="assets/app.js"></script>
                <h1 id="top-id">Home</h1>
                <a href="#top-id">top</a>
                <a href="notes/a.html">a</a>
                <a href="notes/a.html?from=home#intro">a intro</a>
                <a href="notes/sub/b.html#sec">b</a>
                <a href="my%20note.html">spaced</a>
                <a href="caf%C3%A9.html">accented</a>
                <a href="c++.html">plus is not a space</a>
                <a>anchor without href</a>
                <img src="assets/pic.png" srcset="assets/pic.png 1x, assets/pic@2x.png 2x" alt="">
                <a href="https://example.com/">web</a>
                <a href="mailto:me@example.com">mail</a>
                <a href="obsidian://open?vault=notes">obsidian</a>
                <img src="data:image/png;base64,AAAA" alt="">
                <script src="//cdn.example.com/lib.js"></script>
                """);
        page("notes/a.html", """
                <link rel="stylesheet" href="../assets/style.css">
                <a name="intro"></a>
                <a href="../index.html">home</a>
                <a href="sub/b.html#sec">b</a>
                <a href="./sub/../sub/b.html">b again</a>
                """);
        page("notes/sub/b.html", """
                <h2 id="sec">Section</h2>
                <a href="../a.html#intro">a</a>
                <a href="../../index.html#top-id">home</a>
                <a href="../../my%20note.html">spaced</a>
                <img src="../../assets/pic.png" alt="">
                """);
        page("my note.html", "<a href=\"index.html\">home</a>");
        page("café.html", "<h2 id=\"été\">Summer</h2><a href=\"my%20note.html\">spaced</a>");
        page("c++.html", "<a href=\"caf%C3%A9.html#%C3%A9t%C3%A9\">encoded fragment</a>");
        file("assets/style.css");
        file("assets/app.js");
        file("assets/pic.png");
        file("assets/pic@2x.png");

        Report report = SiteLinkChecker.check(site);

        assertThat(report.problems()).as(report.describe()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.pagesChecked()).isEqualTo(6);
    }

    @Test
    void missingFile() throws IOException {
        page("notes/a.html", """
                <a href="gone.html">gone</a>
                <template><a href="gone-too.html">t</a></template>
                <object data="gone.pdf"></object>
                """);

        assertThat(problems()).containsExactly(
                new Problem("notes/a.html", "href", "gone.html", "no such file"),
                new Problem("notes/a.html", "href", "gone-too.html", "no such file"),
                new Problem("notes/a.html", "data", "gone.pdf", "no such file"));
    }

    @Test
    void fileNamesMatchCaseExactly() throws IOException {
        page("index.html", "<a href=\"Note.html\">n</a>");
        page("note.html", "");

        assertThat(problems()).containsExactly(new Problem("index.html", "href", "Note.html", "no such file"));
    }

    @Test
    void linkToFolder() throws IOException {
        page("index.html", """
                <a href="notes/">slash</a>
                <a href="notes">bare</a>
                <a href=".">self folder</a>
                <a href="notes/a.html/">file with slash</a>
                """);
        page("notes/a.html", "");

        assertThat(problems()).containsExactly(
                new Problem("index.html", "href", "notes/", "names a folder"),
                new Problem("index.html", "href", "notes", "names a folder"),
                new Problem("index.html", "href", ".", "names a folder"),
                new Problem("index.html", "href", "notes/a.html/", "no such file"));
    }

    @Test
    void rootAbsoluteUrls() throws IOException {
        page("notes/a.html", """
                <link rel="stylesheet" href="/style.css">
                <a href="/notes/a.html">self</a>
                <script src="//cdn.example.com/x.js"></script>
                """);
        file("style.css");

        String reason = "root-absolute URL breaks file:// and sub-path hosting";
        assertThat(problems()).containsExactly(
                new Problem("notes/a.html", "href", "/style.css", reason),
                new Problem("notes/a.html", "href", "/notes/a.html", reason));
    }

    @Test
    void theNotFoundPageMayUseRootAbsoluteUrlsUnderTheBasePath() throws IOException {
        page("404.html", """
                <link rel="stylesheet" href="/notes/_studysite/style.css">
                <a href="/notes/index.html">home</a>
                <a href="/notes/gone.html">missing</a>
                <a href="/notes/">folder</a>
                <a href="/elsewhere/index.html">outside the base path</a>
                """);
        page("index.html", "<a href=\"/notes/index.html\">only the 404 page may</a>");
        file("_studysite/style.css");

        String reason = "root-absolute URL breaks file:// and sub-path hosting";
        assertThat(SiteLinkChecker.check(site, "/notes/").problems()).containsExactly(
                new Problem("404.html", "href", "/notes/gone.html", "no such file"),
                new Problem("404.html", "href", "/notes/", "names a folder"),
                new Problem("404.html", "href", "/elsewhere/index.html", reason),
                new Problem("index.html", "href", "/notes/index.html", reason));
    }

    @Test
    void escapingAboveTheRoot() throws IOException {
        page("notes/a.html", """
                <a href="../../outside.html">out</a>
                <a href="../../site/index.html">out and back in</a>
                <a href="../index.html">fine</a>
                """);
        page("index.html", "");
        Files.writeString(temp.resolve("outside.html"), "exists, but outside the site");

        assertThat(problems()).containsExactly(
                new Problem("notes/a.html", "href", "../../outside.html", "escapes the site root"),
                new Problem("notes/a.html", "href", "../../site/index.html", "escapes the site root"));
    }

    @Test
    void missingFragmentOnSamePage() throws IOException {
        page("index.html", """
                <h2 id="here">Here</h2>
                <a href="#here">ok</a>
                <a href="#there">broken</a>
                <a href="#">empty</a>
                """);

        assertThat(problems()).containsExactly(
                new Problem("index.html", "href", "#there", "no element with id \"there\""),
                new Problem("index.html", "href", "#", "empty fragment"));
    }

    @Test
    void anIdGivenTwiceOnAPageIsAProblem() throws IOException {
        page("index.html", """
                <nav id="sidebar"></nav>
                <h2 id="sidebar">Sidebar</h2>
                <h2 id="other">Other</h2>
                """);

        assertThat(problems()).containsExactly(new Problem("index.html", "id", "sidebar", "the page has this id twice"));
    }

    @Test
    void missingFragmentOnAnotherPage() throws IOException {
        page("index.html", """
                <a href="notes/a.html#intro">id</a>
                <a href="notes/a.html#legacy">a name</a>
                <a href="notes/a.html#r%C3%A9sum%C3%A9">encoded id</a>
                <a href="notes/a.html#outro">broken</a>
                <a href="notes/doc.pdf#page=2">not html: fragment not checked</a>
                """);
        page("notes/a.html", """
                <h2 id="intro">Intro</h2>
                <a name="legacy"></a>
                <h2 id="résumé">CV</h2>
                """);
        file("notes/doc.pdf");

        assertThat(problems()).containsExactly(
                new Problem("index.html", "href", "notes/a.html#outro", "no element with id \"outro\""));
    }

    @Test
    void rawCharactersMustBePercentEncoded() throws IOException {
        page("index.html", """
                <a href="my note.html">raw space</a>
                <a href="my%20note.html">encoded</a>
                <a href="my+note.html">plus is not a space</a>
                <a href="café.html">raw accent</a>
                <img src="pic 🙂.png" alt="">
                """);
        page("my note.html", "");
        page("café.html", "");
        file("pic 🙂.png");

        assertThat(problems()).containsExactly(
                new Problem("index.html", "href", "my note.html", "not percent-encoded"),
                new Problem("index.html", "href", "my+note.html", "no such file"),
                new Problem("index.html", "href", "café.html", "not percent-encoded"),
                new Problem("index.html", "src", "pic 🙂.png", "not percent-encoded"));
    }

    @Test
    void malformedPercentEncoding() throws IOException {
        page("index.html", """
                <a href="a%2.html">short</a>
                <a href="a%zz.html">not hex</a>
                <a href="a%C3.html">truncated UTF-8</a>
                """);

        assertThat(problems()).containsExactly(
                new Problem("index.html", "href", "a%2.html", "malformed percent-encoding"),
                new Problem("index.html", "href", "a%zz.html", "malformed percent-encoding"),
                new Problem("index.html", "href", "a%C3.html", "percent-encoding is not UTF-8"));
    }

    @Test
    void javascriptUrls() throws IOException {
        page("index.html", """
                <a href="javascript:void(0)">js</a>
                <a href="JavaScript:alert(1)">JS</a>
                <a href="tel:+123">tel is fine</a>
                """);

        assertThat(problems()).containsExactly(
                new Problem("index.html", "href", "javascript:void(0)", "javascript: URL"),
                new Problem("index.html", "href", "JavaScript:alert(1)", "javascript: URL"));
    }

    @Test
    void everySrcsetEntryIsChecked() throws IOException {
        page("index.html", """
                <img src="a.png" srcset="a.png 1x, a@2x.png 2x" alt="">
                <picture><source srcset="b.webp"><img src="a.png" alt=""></picture>
                <img srcset="x,y.png 100w, c.png 200w" sizes="(min-width: 10px) 50vw, 100vw" alt="">
                """);
        file("a.png");
        file("x,y.png"); // a comma inside a srcset URL is part of the URL
        file("c.png");

        assertThat(problems()).containsExactly(
                new Problem("index.html", "srcset", "a@2x.png", "no such file"),
                new Problem("index.html", "srcset", "b.webp", "no such file"));
    }

    @Test
    void countsPagesAndEveryUrlExamined() throws IOException {
        page("index.html", """
                <a href="notes/a.html">internal</a>
                <a href="https://example.com">external</a>
                <a>no href: not a link</a>
                <img src="p.png" srcset="p.png 1x, missing.png 2x" alt="">
                """);
        page("notes/a.html", "<a href=\"../index.html\">home</a>");
        file("p.png");

        Report report = SiteLinkChecker.check(site);

        assertThat(report.pagesChecked()).isEqualTo(2);
        assertThat(report.linksChecked()).isEqualTo(6);
        assertThat(report.ok()).isFalse();
        assertThat(report.describe()).isEqualTo("index.html: srcset=\"missing.png\" -> no such file");
    }

    @Test
    void srcsetParsing() {
        assertThat(SiteLinkChecker.srcsetUrls(" a.png 1x,b.png 2x ,c,d.png, e.png 100w"))
                .containsExactly("a.png", "b.png", "c,d.png", "e.png");
        assertThat(SiteLinkChecker.srcsetUrls("a.png,b.png")).containsExactly("a.png,b.png");
        assertThat(SiteLinkChecker.srcsetUrls("a.png, b.png")).containsExactly("a.png", "b.png");
    }

    private List<Problem> problems() throws IOException {
        return SiteLinkChecker.check(site).problems();
    }

    private void page(String path, String body) throws IOException {
        write(path, "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>t</title></head><body>\n"
                + body + "</body></html>\n");
    }

    private void file(String path) throws IOException {
        write(path, "x");
    }

    private void write(String path, String content) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
