package io.studysite.render;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The line under a note's title (last change, reading time, edit link) and the pictures link previews show. */
class NoteMetaTest {
    @TempDir
    Path tmp;

    private Path vault(String config, String... files) throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"), files);
        TestVault.write(vault, "studysite.yml", "title: Notes\n" + config);
        try (var walk = Files.walk(vault)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-03-05T12:00:00Z")));
            }
        }
        return vault;
    }

    private Document build(Path vault) throws IOException {
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        assertThat(result.outcome()).as(result.diagnostics().toString()).isEqualTo(BuildResult.Outcome.OK);
        return page("a-note.html");
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(tmp.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    @Test
    void aNoteSaysWhenItLastChangedFromItsFileAndItsFrontMatterWins() throws IOException {
        Document note = build(vault("lastModified: file\n",
                "A note.md", "# A note\n\nText.\n",
                "Dated.md", "---\nupdated: 2022-01-31\ndate: 2020-01-01\n---\n# Dated\n\nText.\n"));

        Element time = note.selectFirst("main .note-meta .note-updated time");
        assertThat(time.attr("datetime")).isEqualTo("2024-03-05");
        assertThat(time.text()).isEqualTo("5 March 2024");
        assertThat(note.selectFirst("meta[property=article:modified_time]").attr("content")).isEqualTo("2024-03-05");
        assertThat(page("dated.html").selectFirst(".note-meta time").attr("datetime")).isEqualTo("2022-01-31");
    }

    @Test
    void theLineComesUnderTheTitleWhetherThePageOrTheNoteWritesIt() throws IOException {
        build(vault("", "A note.md", "# A note\n\nText.\n", "Untitled.md", "Text only.\n",
                "Later.md", "[[A note]] first.\n\n# Later\n\nText.\n"));
        Element ownTitle = page("a-note.html").selectFirst("main h1");
        assertThat(ownTitle.text()).isEqualTo("A note");
        assertThat(ownTitle.nextElementSibling().className()).isEqualTo("note-meta muted");
        assertThat(page("a-note.html").select(".note-meta")).hasSize(1);
        Element laterTitle = page("later.html").selectFirst("main h1");
        assertThat(laterTitle.text()).isEqualTo("Later");
        assertThat(laterTitle.nextElementSibling().className()).isEqualTo("note-meta muted");
        Element pageTitle = page("untitled.html").selectFirst("main h1.note-title");
        assertThat(pageTitle.nextElementSibling().className()).isEqualTo("note-meta muted");
    }

    @Test
    void lastModifiedOffShowsOnlyFrontMatterDays() throws IOException {
        Document note = build(vault("lastModified: off\n", "A note.md", "# A note\n\nText.\n",
                "Dated.md", "---\ndate: 2020-01-01\n---\n# Dated\n"));
        assertThat(note.select(".note-meta .note-updated")).isEmpty();
        assertThat(note.select("meta[property=article:modified_time]")).isEmpty();
        assertThat(page("dated.html").selectFirst(".note-meta time").text()).isEqualTo("1 January 2020");
    }

    @Test
    void readingTimeIsTheWordsAtTwoHundredAMinuteRoundedUp() throws IOException {
        String words = "word ".repeat(401);
        Document note = build(vault("", "A note.md", "# A note\n\n" + words + "\n", "Short.md", "Hi.\n"));
        assertThat(note.selectFirst(".note-meta .note-reading-time").text()).isEqualTo("3 min read");
        assertThat(page("short.html").selectFirst(".note-meta .note-reading-time").text()).isEqualTo("1 min read");
    }

    @Test
    void editUrlLinksEachNoteToItsSourceWithItsPathEncoded() throws IOException {
        build(vault("editUrl: https://github.com/me/notes/edit/main/vault/{path}\n",
                "A note.md", "# A note\n", "Course/Café & co.md", "# Café\n"));
        assertThat(page("a-note.html").selectFirst(".note-meta a.note-edit").attr("href"))
                .isEqualTo("https://github.com/me/notes/edit/main/vault/A%20note.md");
        assertThat(page("course/café-and-co.html").selectFirst("a.note-edit").attr("href"))
                .isEqualTo("https://github.com/me/notes/edit/main/vault/Course/Caf%C3%A9%20%26%20co.md");
    }

    @Test
    void withoutEditUrlThereIsNoEditLink() throws IOException {
        assertThat(build(vault("", "A note.md", "# A note\n")).select("a.note-edit")).isEmpty();
    }

    @Test
    void ogImageIsTheNotesFirstImageElseTheSiteImageAbsoluteUnderTheBaseUrl() throws IOException {
        Path vault = vault("baseUrl: https://example.org/notes/\nimage: attachments/Cover art.png\n",
                "A note.md", "# A note\n\n[[Other]] ![[diagram 1.png]] ![[diagram 2.png]]\n",
                "Other.md", "# Other\n\nNo picture.\n",
                "diagram 1.png", "bytes:png", "diagram 2.png", "png", "attachments/Cover art.png", "png");
        Document note = build(vault);
        assertThat(note.selectFirst("meta[property=og:image]").attr("content")).isEqualTo("https://example.org/notes/diagram-1.png");
        assertThat(page("other.html").selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("https://example.org/notes/attachments/cover-art.png");
        assertThat(page("index.html").selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("https://example.org/notes/attachments/cover-art.png");
        // The site's picture is published though no note embeds it.
        assertThat(tmp.resolve("site/attachments/cover-art.png")).isRegularFile();
    }

    @Test
    void anImageUrlIsUsedAsWrittenAndWithoutABaseUrlAVaultImageCannotBeAPreview() throws IOException {
        build(vault("image: https://cdn.example.org/cover.png\n", "A note.md", "# A note\n\n![[pic.png]]\n", "pic.png", "png"));
        assertThat(page("a-note.html").selectFirst("meta[property=og:image]").attr("content")).isEqualTo("https://cdn.example.org/cover.png");

        Files.writeString(tmp.resolve("vault/studysite.yml"), "title: Notes\nimage: pic.png\n");
        assertThat(build(tmp.resolve("vault")).select("meta[property=og:image]")).isEmpty();
    }

    @Test
    void aSiteImageThatIsNotInTheVaultIsReported() throws IOException {
        Path vault = vault("image: missing.png\n", "A note.md", "# A note\n");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("missing-attachment");
            assertThat(d.message()).isEqualTo("image: \"missing.png\" is not in the vault");
        });
    }
}
