package io.studysite;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.studysite.config.Dialect;
import io.studysite.diag.Diagnostic;
import io.studysite.diag.Diagnostics;
import io.studysite.markdown.LinkTarget;
import io.studysite.markdown.LinkTargets;
import io.studysite.markdown.MarkdownEngine;
import io.studysite.parse.NoteGuard;
import io.studysite.parse.NoteParser;
import io.studysite.vault.NoteSource;
import io.studysite.vault.VaultPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A note, fuzzed. Through the real pipeline: whatever its bytes, a check build (load, parse, index, resolve,
 * render every page) ends with content diagnostics at worst, never an internal error or an exception, and the
 * ordinary note beside it is still rendered without a diagnostic of its own. Through the parser and the Markdown
 * renderer alone, a hundred times faster: the note's HTML, or its notice, never holds a script, an event handler or
 * a script link.
 * Seeds: {@code NoteFuzzTestInputs/<method>/}; a long run: {@code bench/fuzz.sh}.
 */
class NoteFuzzTest {
    @TempDir
    static Path tmp;
    static Path vault;

    @BeforeAll
    static void vault() {
        vault = TestVault.write(tmp.resolve("vault"), "Ordinary.md", "# Ordinary\nPlain words about [[Fuzz]] and S3.\n");
    }

    private static final MarkdownEngine MARKDOWN = new MarkdownEngine(false, true);
    private static final LinkTargets EVERY_LINK_FOUND = (target, anchor, embed) ->
            new LinkTarget(LinkTarget.Kind.NOTE, "note.html" + (anchor == null ? "" : "#" + anchor), null);

    /** The first byte picks the dialect; the rest is the note. */
    @FuzzTest
    void anyNoteRendersWithoutScripts(byte[] bytes) {
        Dialect dialect = bytes.length > 0 && (bytes[0] & 1) == 1 ? Dialect.JEKYLL : Dialect.OBSIDIAN;
        String text = new String(bytes, Math.min(1, bytes.length), Math.max(0, bytes.length - 1), StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();
        NoteGuard guard = new NoteGuard(new NoteParser(MARKDOWN, diagnostics), diagnostics);
        NoteSource source = new NoteSource(VaultPath.of("Fuzz.md"), Path.of("vault", "Fuzz.md"), text, dialect);
        String html = NoteGuard.onLargeStack(() ->
                guard.render(guard.parse(source), p -> MARKDOWN.render(p.document(), dialect, EVERY_LINK_FOUND)));
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("script, iframe[srcdoc], object, embed")).as(html).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as(html).doesNotStartWith("on");
                String value = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                if (List.of("href", "src", "action", "formaction", "xlink:href").contains(attribute.getKey().toLowerCase(Locale.ROOT))) {
                    assertThat(value).as(html).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:text/html");
                }
            }
        }
    }

    @FuzzTest
    void anyNoteIsRenderedOrReported(byte[] note) throws IOException {
        Files.write(vault.resolve("Fuzz.md"), note);
        BuildResult result = new SiteBuilder().build(
                new BuildOptions(vault, tmp.resolve("site"), Optional.empty(), false, false));
        assertThat(result.outcome()).as("%s", result.diagnostics())
                .isIn(BuildResult.Outcome.OK, BuildResult.Outcome.CONTENT_ERRORS);
        assertThat(result.diagnostics()).extracting(Diagnostic::file)
                .noneMatch(file -> file != null && file.endsWith("Ordinary.md"));
    }
}
