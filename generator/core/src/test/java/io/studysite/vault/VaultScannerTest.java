package io.studysite.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.studysite.config.ConfigLoader;
import io.studysite.config.Dialect;
import io.studysite.config.ObsidianSettings;
import io.studysite.diag.Diagnostic;
import io.studysite.diag.Diagnostics;
import io.studysite.diag.Severity;
import io.studysite.testing.VaultFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultScannerTest {

    @TempDir
    Path temp;

    Path root;
    Diagnostics diagnostics;

    @BeforeEach
    void setUp() {
        root = temp.resolve("vault");
        diagnostics = new Diagnostics();
    }

    private Vault scan() {
        return new VaultScanner(diagnostics).scan(root, new ConfigLoader().load(root));
    }

    private static List<String> notePaths(Vault vault) {
        return vault.notes().stream().map(n -> n.path().value()).toList();
    }

    private static List<String> attachmentPaths(Vault vault) {
        return vault.attachments().stream().map(a -> a.path().value()).toList();
    }

    private static NoteSource note(Vault vault, String path) {
        return vault.notes().stream().filter(n -> n.path().value().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void findsNotesAndAttachmentsSkippingHiddenFilesAndFolders() {
        VaultFiles.write(root, """
                === Home.md
                # Home
                === AWS/EC2.md
                # EC2
                === AWS/img/diagram.png
                not really a png
                === docs/guide.pdf
                pdf
                === .obsidian/app.json
                {}
                === .obsidian/plugins/x/data.md
                hidden note
                === .trash/Old.md
                deleted note
                === .git/HEAD
                ref: refs/heads/main
                === .hidden.md
                hidden note at the root
                === AWS/.DS_Store
                junk
                === AWS/.draft.md
                hidden note in a folder
                """);

        Vault vault = scan();

        assertThat(notePaths(vault)).containsExactly("AWS/EC2.md", "Home.md");
        assertThat(attachmentPaths(vault)).containsExactly("AWS/img/diagram.png", "docs/guide.pdf");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void theSiteConfigurationIsNotAnAttachmentButTheSameNameInAFolderIs() {
        VaultFiles.write(root, """
                === studysite.yml
                title: Study
                === sub/studysite.yml
                just a file
                === Note.md
                x
                """);

        Vault vault = scan();

        assertThat(attachmentPaths(vault)).containsExactly("sub/studysite.yml");
        assertThat(vault.config().title()).isEqualTo("Study");
    }

    @Test
    void carriesTheSettingsAndTheNormalisedRoot() {
        VaultFiles.write(root, """
                === .obsidian/app.json
                {"strictLineBreaks": true, "attachmentFolderPath": "files"}
                === a/Note.md
                x
                """);

        Vault vault = new VaultScanner(diagnostics).scan(root.resolve("a/.."), new ConfigLoader().load(root));

        assertThat(vault.root()).isEqualTo(root.toAbsolutePath().normalize());
        assertThat(vault.obsidian()).isEqualTo(new ObsidianSettings(true, "files"));
        assertThat(vault.config().title()).isEqualTo("vault");
        assertThat(note(vault, "a/Note.md").file()).isEqualTo(root.resolve("a/Note.md").toAbsolutePath().normalize());
    }

    @Test
    void notesAndAttachmentsAreSortedByPath() {
        VaultFiles.write(root, """
                === zeta.md
                z
                === b/b.md
                b
                === a.md
                a
                === b/a.md
                a
                === B.md
                upper
                === z.png
                z
                === a/y.png
                y
                === a.png
                a
                """);

        Vault vault = scan();

        assertThat(notePaths(vault)).containsExactly("B.md", "a.md", "b/a.md", "b/b.md", "zeta.md");
        assertThat(attachmentPaths(vault)).containsExactly("a.png", "a/y.png", "z.png");
    }

    @Test
    void mdAndMarkdownFilesAreNotesOthersAreAttachments() {
        VaultFiles.write(root, """
                === one.md
                1
                === two.markdown
                2
                === three.MD
                3
                === four.txt
                4
                === five.mdx
                5
                === canvas.canvas
                {}
                """);

        Vault vault = scan();

        assertThat(notePaths(vault)).containsExactly("one.md", "three.MD", "two.markdown");
        assertThat(attachmentPaths(vault)).containsExactly("canvas.canvas", "five.mdx", "four.txt");
    }

    @Test
    void emptyVault() throws IOException {
        Files.createDirectories(root);

        Vault vault = scan();

        assertThat(vault.notes()).isEmpty();
        assertThat(vault.attachments()).isEmpty();
    }

    @Test
    void readsTheTextOfEachNote() {
        VaultFiles.write(root, """
                === Note.md
                # Title

                Body with naïve 日本語 😀
                """);

        NoteSource note = scan().notes().get(0);

        assertThat(note.text()).isEqualTo("# Title\n\nBody with naïve 日本語 😀\n");
        assertThat(note.path()).isEqualTo(VaultPath.of("Note.md"));
    }

    @Test
    void invalidUtf8BecomesReplacementCharactersWithOneWarningAtTheFirstBadByte() {
        Path file = VaultFiles.bytes(root, "Latin1.md", concat(
                "# Caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9},
                "\n\nna".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xEF},
                "ve\n".getBytes(StandardCharsets.UTF_8)));

        Vault vault = scan();

        assertThat(vault.notes().get(0).text()).isEqualTo("# Caf\uFFFD\n\nna\uFFFDve\n");
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("invalid-utf8");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.file()).isEqualTo(file.toAbsolutePath().normalize());
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.column()).isEqualTo(6);
        });
    }

    @Test
    void invalidUtf8PositionOnALaterLineAfterMultibyteCharacters() {
        VaultFiles.bytes(root, "Bad.md", concat(
                "ok\n".getBytes(StandardCharsets.UTF_8),
                "日本 x".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0xAF}));

        scan();

        assertThat(diagnostics.sorted()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("invalid-utf8", 2, 5));
    }

    @Test
    void aByteOrderMarkIsStripped() {
        VaultFiles.bytes(root, "Bom.md", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "---\nlayout: single\n---\n# T\n".getBytes(StandardCharsets.UTF_8)));

        NoteSource note = scan().notes().get(0);

        assertThat(note.text()).isEqualTo("---\nlayout: single\n---\n# T\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void mojibakeIsRepairedWithOneWarningPerLine() {
        Path file = VaultFiles.write(root, """
                === Garbled.md
                # Cloudâ€‹Formation
                plain line
                cafÃ© â€“ crÃ¨me
                """).resolve("Garbled.md");

        Vault vault = scan();

        assertThat(vault.notes().get(0).text()).isEqualTo("# CloudFormation\nplain line\ncafé – crème\n");
        assertThat(diagnostics.sorted())
                .extracting(Diagnostic::file, Diagnostic::line, Diagnostic::column, Diagnostic::severity, Diagnostic::code)
                .containsExactly(
                        tuple(file.toAbsolutePath().normalize(), 1, 8, Severity.WARNING, "mojibake-repaired"),
                        tuple(file.toAbsolutePath().normalize(), 3, 4, Severity.WARNING, "mojibake-repaired"));
        assertThat(diagnostics.sorted().get(0).message())
                .isEqualTo("removed \"â€‹\", a zero-width space (UTF-8 text that was read as Windows-1252)");
        assertThat(diagnostics.sorted().get(1).message())
                .isEqualTo("repaired \"Ã©\" to \"é\" (UTF-8 text that was read as Windows-1252)");
    }

    @Test
    void mojibakeOfAnInvisibleCharacterIsNamedByItsCodePoint() {
        // U+200E LEFT-TO-RIGHT MARK is E2 80 8E: "â€Ž"
        VaultFiles.write(root, """
                === Mark.md
                aâ€Žb
                """);

        Vault vault = scan();

        assertThat(vault.notes().get(0).text()).isEqualTo("a\u200Eb\n");
        assertThat(diagnostics.sorted().get(0).message()).startsWith("repaired \"â€Ž\" to \"\\u200E\"");
    }

    @Test
    void detectsTheDialectOfEachNote() {
        VaultFiles.write(root, """
                === front-matter-keys.md
                ---
                layout: single
                classes: wide
                ---
                # Text
                === site/_config.yml
                title: blog
                === site/posts/post.md
                # Post
                === kramdown.md
                para
                {: .lead}
                === jekyll-toc.md
                # EC2
                {% include toc %}
                === liquid-in-fence.md
                # Liquid
                ```liquid
                {% include toc %}
                {{ "/x.png" | absolute_url }}
                ```
                === obsidian.md
                ---
                tags: [aws]
                aliases: [Compute]
                ---
                # EC2
                See [[S3]] and ![[diagram.png]]
                """);

        Vault vault = scan();

        assertThat(vault.notes()).extracting(n -> n.path().value(), NoteSource::dialect).containsExactly(
                tuple("front-matter-keys.md", Dialect.OBSIDIAN),
                tuple("jekyll-toc.md", Dialect.JEKYLL),
                tuple("kramdown.md", Dialect.JEKYLL),
                tuple("liquid-in-fence.md", Dialect.OBSIDIAN),
                tuple("obsidian.md", Dialect.OBSIDIAN),
                tuple("site/posts/post.md", Dialect.JEKYLL));
        assertThat(diagnostics.sorted()).extracting(d -> root.relativize(d.file()).toString(), Diagnostic::line,
                Diagnostic::severity, Diagnostic::code, Diagnostic::message).containsExactly(
                tuple("jekyll-toc.md", 0, Severity.INFO, "jekyll-dialect", "treated as Jekyll: Liquid tag {% include toc %} on line 2"),
                tuple("kramdown.md", 0, Severity.INFO, "jekyll-dialect", "treated as Jekyll: kramdown attribute list {: .lead} on line 2"),
                tuple("site/posts/post.md", 0, Severity.INFO, "jekyll-dialect", "treated as Jekyll: _config.yml in site/"));
    }

    @Test
    void mojibakeRepairHappensBeforeDialectDetection() {
        // the Liquid tag is only recognisable once "â€‹" inside it is gone
        VaultFiles.write(root, """
                === Note.md
                {% includeâ€‹ toc %}
                """);

        NoteSource note = scan().notes().get(0);

        assertThat(note.text()).isEqualTo("{% include toc %}\n");
        assertThat(note.dialect()).isEqualTo(Dialect.JEKYLL);
    }

    @Test
    void aConfiguredFolderDialectWinsOverDetection() {
        VaultFiles.write(root, """
                === studysite.yml
                dialects:
                  ./jekyll/: jekyll
                  obsidian: obsidian
                === jekyll/plain.md
                # Looks like Obsidian [[Link]]
                === obsidian/liquid.md
                ---
                layout: single
                ---
                {% include toc %}
                === elsewhere/liquid.md
                {% include toc %}
                """);

        Vault vault = scan();

        assertThat(vault.notes()).extracting(n -> n.path().value(), NoteSource::dialect).containsExactly(
                tuple("elsewhere/liquid.md", Dialect.JEKYLL),
                tuple("jekyll/plain.md", Dialect.JEKYLL),
                tuple("obsidian/liquid.md", Dialect.OBSIDIAN));
    }

    @Test
    void nfdFileNamesBecomeNfcVaultPaths() {
        Assumptions.assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
                "file names need a UTF-8 file system encoding (set LANG=C.UTF-8)");
        String nfdFolder = Normalizer.normalize("Résumés", Normalizer.Form.NFD);
        String nfdName = Normalizer.normalize("Café déjà vu.md", Normalizer.Form.NFD);
        String nfdImage = Normalizer.normalize("Noël.png", Normalizer.Form.NFD);
        Path file = VaultFiles.file(root, nfdFolder + "/" + nfdName, "# Café\n");
        VaultFiles.file(root, nfdImage, "png");

        Vault vault = scan();

        assertThat(notePaths(vault)).containsExactly("R\u00E9sum\u00E9s/Caf\u00E9 d\u00E9j\u00E0 vu.md");
        assertThat(vault.notes().get(0).path().stem()).isEqualTo("Caf\u00E9 d\u00E9j\u00E0 vu");
        assertThat(attachmentPaths(vault)).containsExactly("No\u00EBl.png");
        // the file on disk keeps its real (NFD) name so it can be read and reported
        assertThat(vault.notes().get(0).file()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(Files.exists(vault.notes().get(0).file())).isTrue();
    }

    @Test
    void symbolicLinksAreNotFollowed() throws IOException {
        VaultFiles.write(root, """
                === Inside.md
                # Inside
                """);
        Path outside = VaultFiles.write(temp.resolve("outside"), """
                === Secret.md
                # Secret
                === secret.png
                png
                """);
        try {
            Files.createSymbolicLink(root.resolve("linked-folder"), outside);
            Files.createSymbolicLink(root.resolve("Linked note.md"), outside.resolve("Secret.md"));
            Files.createSymbolicLink(root.resolve("linked.png"), outside.resolve("secret.png"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links are not supported here: " + e);
        }

        Vault vault = scan();

        assertThat(notePaths(vault)).containsExactly("Inside.md");
        assertThat(vault.attachments()).isEmpty();
    }

    @Test
    void aSymbolicLinkToTheVaultItselfDoesNotLoop() throws IOException {
        VaultFiles.write(root, """
                === Note.md
                x
                """);
        try {
            Files.createSymbolicLink(root.resolve("loop"), root);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links are not supported here: " + e);
        }

        assertThat(notePaths(scan())).containsExactly("Note.md");
    }

    @Test
    void manyNotesAreReadInPathOrderWhateverTheThreading() {
        StringBuilder spec = new StringBuilder();
        for (int i = 99; i >= 0; i--) {
            spec.append("=== n/").append(String.format("%03d", i)).append(".md\n# ").append(i).append('\n');
        }
        VaultFiles.write(root, spec.toString());

        Vault vault = scan();

        assertThat(vault.notes()).hasSize(100);
        assertThat(notePaths(vault)).isSorted();
        assertThat(vault.notes().get(42).text()).isEqualTo("# 42\n");
    }

    @Test
    void theVaultIsNotModified() throws IOException {
        VaultFiles.write(root, """
                === Garbled.md
                cafÃ©
                """);
        byte[] before = Files.readAllBytes(root.resolve("Garbled.md"));

        scan();

        assertThat(Files.readAllBytes(root.resolve("Garbled.md"))).isEqualTo(before);
        try (var files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("Garbled.md");
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) length += p.length;
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
