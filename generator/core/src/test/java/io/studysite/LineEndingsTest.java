package io.studysite;

import io.studysite.diag.Diagnostic;
import io.studysite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A note saved with CRLF or lone-CR line endings is read exactly as the same note with LF ones. */
class LineEndingsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\r", "\r\n"})
    void frontMatterWithAnyLineEndingIsRead(String eol) throws IOException {
        BuildResult result = TestSite.build(tmp,
                "Ordinary.md", "# Ordinary\nPlain words.\n",
                "Private.md", String.join(eol, "---", "publish: false", "---", "secret words about diaries", ""));

        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(tmp.resolve("site/private.html")).doesNotExist();
        assertThat(tmp.resolve("site/ordinary.html")).exists();
        try (var files = Files.walk(tmp.resolve("site"))) {
            assertThat(files.filter(Files::isRegularFile)).noneMatch(f -> read(f).contains("diaries"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\r", "\r\n"})
    void linesOfDiagnosticsCalloutsAndLiquidCountEveryLineEnding(String eol) throws IOException {
        BuildResult result = TestSite.build(tmp,
                "Note.md", String.join(eol, "---", "title: T", "---", "# Note", "", "> [!tip] Careful", "> body",
                        "", "See [[Nowhere]].", ""),
                "Post.md", String.join(eol, "---", "layout: post", "---", "{% include x.html %}", "", "{{ page.title }}", ""));

        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("unresolved-link"))
                .extracting(Diagnostic::line).containsExactly(9);
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("unsupported-liquid"))
                .extracting(Diagnostic::line).first().isEqualTo(4);
        assertThat(TestSite.page(tmp, "note.html").select(".callout-title").text()).contains("Careful");
        assertThat(TestSite.page(tmp, "note.html").select("h1").text()).doesNotContain("---");
    }

    @Test
    void aLoneCrNoteMatchesItsLfTwin() throws IOException {
        String lf = "---\ntags: [a]\n---\n# Title\n\n- one\n- two\n\n```\ncode\n```\n";
        TestSite.build(tmp.resolve("lf"), "Note.md", lf);
        TestSite.build(tmp.resolve("cr"), "Note.md", lf.replace('\n', '\r'));

        assertThat(TestSite.page(tmp.resolve("cr"), "note.html").select(".markdown").outerHtml())
                .isEqualTo(TestSite.page(tmp.resolve("lf"), "note.html").select(".markdown").outerHtml());
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
