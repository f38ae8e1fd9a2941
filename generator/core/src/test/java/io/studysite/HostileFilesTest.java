package io.studysite;

import io.studysite.diag.Diagnostic;
import io.studysite.diag.Severity;
import io.studysite.testing.TestSite;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files a vault should not have (links out of it, names too long to publish, folders nobody may read) cost neither
 * the site nor anything outside the vault: a diagnostic says what was left out, and the rest is published.
 */
class HostileFilesTest {
    @TempDir
    Path tmp;

    private Path vault() {
        return TestVault.write(tmp.resolve("vault"), "Ordinary.md", "# Ordinary\nPlain words.\n");
    }

    private Path outside() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("Diary.md"), "# Diary\nprivate diary words\n");
        Files.writeString(outside.resolve("id_rsa"), "PRIVATE KEY");
        Files.writeString(outside.resolve("studysite.yml"), "title: Private Title From Outside\n");
        Files.writeString(outside.resolve("catalog.yml"), "services:\n  - name: Private Service From Outside\n    category: X\n");
        return outside;
    }

    private BuildResult build(Path vault) {
        return new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
    }

    private static boolean siteContains(Path site, String text) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    return new String(Files.readAllBytes(f), StandardCharsets.UTF_8).contains(text);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void linksToNotesFilesAndFoldersOutsideTheVaultAndLoopsAreNotFollowed() throws IOException {
        Path vault = vault();
        Path outside = outside();
        TestVault.symlink(vault.resolve("Diary.md"), outside.resolve("Diary.md"));
        TestVault.symlink(vault.resolve("key.txt"), outside.resolve("id_rsa"));
        TestVault.symlink(vault.resolve("elsewhere"), outside);
        TestVault.symlink(vault.resolve("loop"), vault.resolve("loop"));
        Files.createDirectories(vault.resolve("sub"));
        TestVault.symlink(vault.resolve("sub/up"), vault);
        Files.writeString(vault.resolve("Links.md"), "![[key.txt]] [[Diary]] [[elsewhere/Diary]]\n");

        BuildResult result = build(vault);

        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(tmp.resolve("site/ordinary.html")).exists();
        assertThat(siteContains(tmp.resolve("site"), "private diary words")).isFalse();
        assertThat(siteContains(tmp.resolve("site"), "PRIVATE KEY")).isFalse();
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("symbolic-link"))
                .extracting(d -> d.file().getFileName().toString() + ": " + d.message())
                .containsExactlyInAnyOrder(
                        "Diary.md: a symbolic link out of the vault, to " + outside.toRealPath().resolve("Diary.md")
                                + "; links inside the vault are not followed, so it is not published",
                        "key.txt: a symbolic link out of the vault, to " + outside.toRealPath().resolve("id_rsa")
                                + "; links inside the vault are not followed, so it is not published",
                        "elsewhere: a symbolic link out of the vault, to " + outside.toRealPath()
                                + "; links inside the vault are not followed, so it is not published",
                        "loop: a symbolic link that leads nowhere or loops; links inside the vault are not followed, so it is not published",
                        "up: a symbolic link to the vault itself; links inside the vault are not followed, so it is not published");
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("symbolic-link"))
                .allMatch(d -> d.severity() == Severity.WARNING);
    }

    @Test
    void settingsAndCatalogsThatLeadOutOfTheVaultAreNotRead() throws IOException {
        Path vault = vault();
        Path outside = outside();
        TestVault.symlink(vault.resolve("studysite.yml"), outside.resolve("studysite.yml"));

        BuildResult result = build(vault);

        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(siteContains(tmp.resolve("site"), "Private Title From Outside")).isFalse();
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("symbolic-link")).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("studysite.yml is a symbolic link to ")
                        .endsWith(", outside the vault; it is not read, and the defaults apply"));

        Files.delete(vault.resolve("studysite.yml"));
        Files.writeString(vault.resolve("studysite.yml"), "services:\n  extend: catalog.yml\n");
        TestVault.symlink(vault.resolve("catalog.yml"), outside.resolve("catalog.yml"));
        BuildResult catalog = build(vault);

        assertThat(catalog.outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(siteContains(tmp.resolve("site"), "Private Service From Outside")).isFalse();
        assertThat(catalog.diagnostics()).filteredOn(d -> d.code().equals("symbolic-link"))
                .extracting(Diagnostic::message).anyMatch(m -> m.startsWith("the service catalog catalog.yml is a symbolic link to "));
    }

    @Test
    void anOutputFolderThatIsALinkOutOfTheVaultIsWrittenWhereItLeadsNeverIntoTheVault() throws IOException {
        Path vault = vault();
        Path target = Files.createDirectories(tmp.resolve("published"));
        Path link = TestVault.symlink(vault.resolve("link"), target);
        Map<String, String> before = TestVault.fingerprint(vault);

        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, link));

        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(target.resolve("ordinary.html")).exists();
        try (Stream<Path> inVault = Files.list(vault)) {
            assertThat(inVault.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("Ordinary.md", "link");
        }
        assertThat(TestVault.fingerprint(vault)).isEqualTo(before);
    }

    @Test
    void aNoteNamedAtTheFileSystemsLimitIsPublishedUnderAShortenedName() throws IOException {
        String longest = "a".repeat(252);                       // 255 bytes with ".md"
        String accented = "é".repeat(125);                      // 250 bytes, 253 with ".md"
        String expanding = "&".repeat(60) + "b";                 // a slug longer than the name: "and-and-…"
        BuildResult result = TestSite.build(tmp,
                "Ordinary.md", "# Ordinary\n[[" + longest + "]] [[" + accented + "]]\n",
                longest + ".md", "# Long\nlong words\n",
                accented + ".md", "# Accented\naccented words\n",
                "folder " + "b".repeat(240) + "/" + expanding + ".md", "# Expanding\nexpanding words\n",
                "c".repeat(251) + ".png", "not really a picture");

        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("name-shortened")).hasSize(4)
                .allMatch(d -> d.severity() == Severity.INFO);
        try (Stream<Path> pages = Files.walk(tmp.resolve("site"))) {
            assertThat(pages).allMatch(p -> p.getFileName().toString().getBytes(StandardCharsets.UTF_8).length <= 255);
        }
        assertThat(TestSite.page(tmp, "ordinary.html").select(".markdown a[href]").eachAttr("href"))
                .hasSize(2).allMatch(href -> href.endsWith(".html"));
        assertThat(siteContains(tmp.resolve("site"), "long words")).isTrue();
        assertThat(siteContains(tmp.resolve("site"), "accented words")).isTrue();
        assertThat(siteContains(tmp.resolve("site"), "expanding words")).isTrue();
    }

    @Test
    void anUnreadableFolderOrNoteIsLeftOutWithAWarning() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"), "Ordinary.md", "# Ordinary\n",
                "locked/Inside.md", "# Inside\n", "Closed.md", "# Closed\nclosed words\n");
        Files.setPosixFilePermissions(vault.resolve("locked"), PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(vault.resolve("Closed.md"), PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(vault.resolve("Closed.md")),
                    "this user reads files whatever their permissions (root): nothing to check");
            BuildResult result = build(vault);

            assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
            assertThat(tmp.resolve("site/ordinary.html")).exists();
            assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("unreadable-file"))
                    .extracting(d -> d.file().getFileName() + ": " + d.message())
                    .containsExactlyInAnyOrder("locked: cannot read the folder (permission denied); it is left out",
                            "Closed.md: cannot read the file (permissions); it is left out");
        } finally {
            Files.setPosixFilePermissions(vault.resolve("locked"), PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(vault.resolve("Closed.md"), PosixFilePermissions.fromString("rw-------"));
        }
    }
}
