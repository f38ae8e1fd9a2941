package io.studysite.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.studysite.config.Dialect;
import io.studysite.diag.Diagnostics;
import io.studysite.markdown.MarkdownEngine;
import io.studysite.note.Note;
import io.studysite.parse.NoteParser;
import io.studysite.vault.NoteSource;
import io.studysite.vault.VaultPath;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class AnchorsTest {
    private static Note note(String text) {
        NoteSource source = new NoteSource(VaultPath.of("Note.md"), Path.of("Note.md"), text, Dialect.OBSIDIAN);
        return new NoteParser(new MarkdownEngine(false, true), new Diagnostics()).parse(source).note();
    }

    private static final Note SECTIONS = note("""
            # Intro
            ## Setup
            ### Deep Detail
            # Usage
            ## Setup
            ## Other
            ### Only Under Usage
            # Wifi 2.4 vs 5.0
            ## Minecraft: The Video Game
            """);

    @Test
    void headingsHaveTheIdsTheAnchorsRefer() {
        assertThat(SECTIONS.headings()).extracting(h -> h.id()).containsExactly(
                "intro", "setup", "deep-detail", "usage", "setup-1", "other", "only-under-usage",
                "wifi-2-4-vs-5-0", "minecraft-the-video-game");
    }

    @Test
    void matchesExactText() {
        assertThat(Anchors.headingId(SECTIONS, "Usage")).contains("usage");
    }

    @Test
    void matchesCaseInsensitively() {
        assertThat(Anchors.headingId(SECTIONS, "uSaGe")).contains("usage");
        assertThat(Anchors.headingId(SECTIONS, "DEEP DETAIL")).contains("deep-detail");
    }

    @Test
    void ignoresPunctuationAndSpacing() {
        assertThat(Anchors.headingId(SECTIONS, "wifi 2 4 vs 5 0")).contains("wifi-2-4-vs-5-0");
        assertThat(Anchors.headingId(SECTIONS, "Minecraft The Video Game")).contains("minecraft-the-video-game");
        assertThat(Anchors.headingId(SECTIONS, "minecraft-the-video-game")).contains("minecraft-the-video-game");
        assertThat(Anchors.headingId(SECTIONS, "  Deep   Detail ")).contains("deep-detail");
    }

    @Test
    void firstHeadingOfThatNameWhenNotQualified() {
        assertThat(Anchors.headingId(SECTIONS, "Setup")).contains("setup");
    }

    @Test
    void chainFindsTheSubHeadingInsideTheNamedSection() {
        assertThat(Anchors.headingId(SECTIONS, "Intro#Setup")).contains("setup");
        assertThat(Anchors.headingId(SECTIONS, "Usage#Setup")).contains("setup-1");
        assertThat(Anchors.headingId(SECTIONS, "usage#setup")).contains("setup-1");
    }

    @Test
    void chainMaySkipLevels() {
        assertThat(Anchors.headingId(SECTIONS, "Intro#Deep Detail")).contains("deep-detail");
        assertThat(Anchors.headingId(SECTIONS, "Intro#Setup#Deep Detail")).contains("deep-detail");
        assertThat(Anchors.headingId(SECTIONS, "Usage#Other#Only Under Usage")).contains("only-under-usage");
    }

    @Test
    void chainDoesNotLookOutsideTheSection() {
        assertThat(Anchors.headingId(SECTIONS, "Intro#Other")).isEmpty();
        assertThat(Anchors.headingId(SECTIONS, "Usage#Deep Detail")).isEmpty();
        assertThat(Anchors.headingId(SECTIONS, "Usage#Setup#Deep Detail")).isEmpty();
        assertThat(Anchors.headingId(SECTIONS, "Intro#Only Under Usage")).isEmpty();
        // a heading cannot be inside itself, nor inside a later one
        assertThat(Anchors.headingId(SECTIONS, "Usage#Usage")).isEmpty();
        assertThat(Anchors.headingId(SECTIONS, "Setup#Intro")).isEmpty();
    }

    @Test
    void missingHeading() {
        assertThat(Anchors.headingId(SECTIONS, "Nowhere")).isEmpty();
        assertThat(Anchors.headingId(SECTIONS, "Intro#Nowhere")).isEmpty();
        assertThat(Anchors.headingId(SECTIONS, "Nowhere#Setup")).isEmpty();
    }

    @Test
    void noteWithoutHeadings() {
        assertThat(Anchors.headingId(note("just text\n"), "Anything")).isEmpty();
    }

    @Test
    void emptyPartsOfTheChainAreSkipped() {
        assertThat(Anchors.headingId(SECTIONS, "Usage##Setup")).contains("setup-1");
        assertThat(Anchors.headingId(SECTIONS, "#Usage")).contains("usage");
        assertThat(Anchors.headingId(SECTIONS, "")).isEmpty();
    }

    @Test
    void decomposedAccentsMatchComposedHeadings() {
        Note note = note("# Café crème\n");
        assertThat(Anchors.headingId(note, Normalizer.normalize("cafe\u0301 CRE\u0300ME", Normalizer.Form.NFC)))
                .contains("café-crème");
        assertThat(Anchors.headingId(note, Normalizer.normalize("Café crème", Normalizer.Form.NFD)))
                .contains("café-crème");
        assertThat(Anchors.headingId(note, "Cafe creme")).isEmpty();
    }

    @Test
    void headingWithALinkMatchesItsReadText() {
        Note note = note("## See [[DevOps|Dev Ops]] and `code`\n");
        assertThat(Anchors.headingId(note, "See Dev Ops and code")).contains("see-dev-ops-and-code");
    }

    @Test
    void blockReferences() {
        assertThat(Anchors.isBlockRef("^abc-123")).isTrue();
        assertThat(Anchors.isBlockRef("^")).isTrue();
        assertThat(Anchors.isBlockRef("Heading")).isFalse();
        assertThat(Anchors.isBlockRef("Heading ^x")).isFalse();
        assertThat(Anchors.isBlockRef("")).isFalse();
    }

    @Test
    void idsAndNamesOfRawHtmlAreAnchors() {
        Note note = note("""
                # Default key policy<a name="key-policy-default"></a>
                Text with <span id='inline-span'>a span</span> and <a  NAME=bare-name>x</a>.

                <div class="box" id="block-box">
                <!-- <a name="commented-out"></a> -->
                </div>

                `<a name="in-code"></a>`

                ```
                <a id="in-fence"></a>
                ```
                """);
        assertThat(note.htmlAnchors()).containsExactlyInAnyOrder("key-policy-default", "inline-span", "bare-name", "block-box");
        assertThat(Anchors.elementId(note, "key-policy-default")).contains("key-policy-default");
        assertThat(Anchors.elementId(note, "block-box")).contains("block-box");
        assertThat(Anchors.elementId(note, "BLOCK-BOX")).contains("block-box");
        assertThat(Anchors.elementId(note, "in-code")).isEmpty();
        assertThat(Anchors.elementId(note, "in-fence")).isEmpty();
        assertThat(Anchors.elementId(note, "commented-out")).isEmpty();
    }

    @Test
    void anHtmlAnchorWrittenExactlyComesBeforeAHeading() {
        Note clash = note("# Intro\n## Notes<a id=\"Intro\"></a>\n");
        assertThat(Anchors.elementId(clash, "Intro")).contains("Intro");
        assertThat(Anchors.elementId(clash, "intro")).contains("intro");
    }

    @Test
    void githubSlugsFindTheHeadingAndGiveItsIdOnThePage() {
        Note note = note("""
                # Load balancing & Auto scaling
                ## Setup
                ## Setup
                ## What's new? (2024)
                ## snake_case_name
                """);
        assertThat(Anchors.headingId(note, "load-balancing--auto-scaling")).contains("load-balancing-and-auto-scaling");
        assertThat(Anchors.headingId(note, "setup-1")).contains("setup-1");
        assertThat(Anchors.headingId(note, "whats-new-2024")).contains("what-s-new-2024");
        assertThat(Anchors.headingId(note, "snake_case_name")).contains("snake_case_name");
        assertThat(Anchors.headingId(note, "setup-2")).isEmpty();
    }

    @Test
    void githubNumbersRepeatsAsGithubSluggerDoes() {
        Note note = note("# Foo\n# Foo\n# Foo 1\n# Foo\n");
        // GitHub: foo, foo-1, foo-1-1 ("Foo 1" is taken), foo-2; the page: foo, foo-1, foo-1-1, foo-2
        assertThat(Anchors.headingId(note, "foo-1-1")).contains(note.headings().get(2).id());
        assertThat(Anchors.headingId(note, "foo-2")).contains(note.headings().get(3).id());
    }

    @Test
    void theSlugGithubGivesAHeading() {
        assertThat(io.studysite.note.Slug.github("Load balancing & Auto scaling")).isEqualTo("load-balancing--auto-scaling");
        assertThat(io.studysite.note.Slug.github("What's new? (2024)")).isEqualTo("whats-new-2024");
        assertThat(io.studysite.note.Slug.github("Café  crème_x-y")).isEqualTo("café--crème_x-y");
        assertThat(io.studysite.note.Slug.github("日本語 テスト")).isEqualTo("日本語-テスト");
    }

    @Test
    void theIndexWorksOutANotesAnchorsOnceForAllLinksIntoIt(@org.junit.jupiter.api.io.TempDir Path root) {
        Vaults.Built vault = Vaults.build(root, "Hub.md", "[a](Target.md#setup-1) [b](Target.md#Setup)\n",
                "Target.md", "# Setup\n# Setup\n");
        LinkIndex index = vault.index();
        VaultPath target = VaultPath.of("Target.md");
        assertThat(index.anchors(target)).isSameAs(index.anchors(target));
        assertThat(index.anchors(target).elementId("setup-1")).contains("setup-1");
    }
}
