package io.studysite.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.studysite.diag.Diagnostic;
import io.studysite.diag.Severity;
import io.studysite.vault.VaultPath;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitePlanTest {
    @TempDir
    Path root;

    private Vaults.Built vault;
    private SitePlan plan;

    private SitePlan plan(String... pathsAndTexts) {
        vault = Vaults.build(root, pathsAndTexts);
        plan = vault.plan();
        return plan;
    }

    private String out(String vaultPath) {
        return plan.outputOf(VaultPath.of(vaultPath));
    }

    @Test
    void noteKeepsItsFoldersAsSlugs() {
        plan("Folder/My Note.md", "", "Top.md", "", "A/B C/Deep Note.md", "");
        assertThat(out("Folder/My Note.md")).isEqualTo("folder/my-note.html");
        assertThat(out("Top.md")).isEqualTo("top.html");
        assertThat(out("A/B C/Deep Note.md")).isEqualTo("a/b-c/deep-note.html");
        assertThat(vault.diagnostics("slug-collision")).isEmpty();
    }

    @Test
    void attachmentKeepsItsExtensionInLowerCase() {
        plan("Images/Pasted image 2022.png", "png", "Docs/Report FINAL.PDF", "pdf", "files/LICENSE", "text");
        assertThat(out("Images/Pasted image 2022.png")).isEqualTo("images/pasted-image-2022.png");
        assertThat(out("Docs/Report FINAL.PDF")).isEqualTo("docs/report-final.pdf");
        assertThat(out("files/LICENSE")).isEqualTo("files/license");
    }

    @Test
    void punctuationAmpersandAndDotsInNames() {
        plan("Load balancing & Auto scaling.md", "", "Node.js basics.md", "", "C# and C++ (notes)!.md", "");
        assertThat(out("Load balancing & Auto scaling.md")).isEqualTo("load-balancing-and-auto-scaling.html");
        assertThat(out("Node.js basics.md")).isEqualTo("node-js-basics.html");
        assertThat(out("C# and C++ (notes)!.md")).isEqualTo("c-and-c-notes.html");
    }

    @Test
    void accentsAreKeptAndNormalised() {
        plan("Été/Café Crème.md", "", Normalizer.normalize("Été/Crème brûlée.md", Normalizer.Form.NFD), "");
        assertThat(out("Été/Café Crème.md")).isEqualTo("été/café-crème.html");
        assertThat(out("Été/Crème brûlée.md")).isEqualTo("été/crème-brûlée.html")
                .isEqualTo(Normalizer.normalize("été/crème-brûlée.html", Normalizer.Form.NFC));
    }

    @Test
    void emojiOnlyNamesGetAPlainWord() {
        plan("🚀.md", "", "🎉.png", "png", "📁/🔥.md", "", "📁/x.md", "");
        assertThat(out("🚀.md")).isEqualTo("note.html");
        assertThat(out("🎉.png")).isEqualTo("file.png");
        assertThat(out("📁/🔥.md")).isEqualTo("folder/note.html");
        assertThat(out("📁/x.md")).isEqualTo("folder/x.html");
    }

    @Test
    void emojiNextToWordsIsDropped() {
        plan("🚀 Launch plan.md", "");
        assertThat(out("🚀 Launch plan.md")).isEqualTo("launch-plan.html");
    }

    @Test
    void namesDifferingOnlyInCaseCollideAndTheSecondGetsASuffix() {
        plan("dir/Note.md", "", "dir/note.md", "");
        assertThat(out("dir/Note.md")).isEqualTo("dir/note.html");
        assertThat(out("dir/note.md")).isEqualTo("dir/note-2.html");
        assertThat(vault.diagnostics("slug-collision"))
                .extracting(Diagnostic::file, Diagnostic::severity, Diagnostic::line, Diagnostic::column, Diagnostic::message)
                .containsExactly(tuple(vault.file("dir/note.md"), Severity.INFO, 0, 0,
                        "another file already has the address dir/note.html; this one is published as dir/note-2.html"));
    }

    @Test
    void namesWithTheSameSlugCollide() {
        plan("A B.md", "", "a-b.md", "", "A & B.md", "", "a_b.md", "", "A, B!.md", "");
        assertThat(out("A B.md")).isEqualTo("a-b.html");
        assertThat(out("A, B!.md")).isEqualTo("a-b-2.html");
        assertThat(out("a-b.md")).isEqualTo("a-b-3.html");
        assertThat(out("A & B.md")).isEqualTo("a-and-b.html");
        assertThat(out("a_b.md")).isEqualTo("a_b.html");
        assertThat(vault.diagnostics("slug-collision")).hasSize(2)
                .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void collisionAcrossFoldersWithTheSameSlug() {
        plan("My Folder/Note.md", "", "my-folder/note.md", "", "my-folder/other.md", "");
        assertThat(out("My Folder/Note.md")).isEqualTo("my-folder/note.html");
        assertThat(out("my-folder/note.md")).isEqualTo("my-folder/note-2.html");
        assertThat(out("my-folder/other.md")).isEqualTo("my-folder/other.html");
    }

    @Test
    void sameNameInDifferentFoldersIsNoCollision() {
        plan("a/Note.md", "", "b/Note.md", "");
        assertThat(out("a/Note.md")).isEqualTo("a/note.html");
        assertThat(out("b/Note.md")).isEqualTo("b/note.html");
        assertThat(vault.diagnostics("slug-collision")).isEmpty();
    }

    @Test
    void attachmentThatLooksLikeAPageDoesNotTakeTheNotesAddress() {
        plan("Report.md", "", "report.html", "<p>old export</p>");
        assertThat(out("Report.md")).isEqualTo("report.html");
        assertThat(out("report.html")).isEqualTo("report-2.html");
    }

    @Test
    void notesNeverTakeTheSitesOwnPages() {
        plan("index.md", "", "404.md", "", "Index.md", "", "sub/index.md", "");
        assertThat(out("index.md")).isNotEqualTo("index.html").isEqualTo("index-3.html");
        assertThat(out("Index.md")).isEqualTo("index-2.html");
        assertThat(out("404.md")).isEqualTo("404-2.html");
        // Every folder's index.html is its folder page.
        assertThat(out("sub/index.md")).isEqualTo("sub/index-2.html");
    }

    @Test
    void rootAttachmentsNeverTakeTheSitesOwnFiles() {
        plan("sitemap.xml", "<x/>", "robots.txt", "x", "tags", "x", ".nojekyll", "x", "N.md", "");
        assertThat(out("sitemap.xml")).isEqualTo("sitemap-2.xml");
        assertThat(out("robots.txt")).isEqualTo("robots-2.txt");
        assertThat(out("tags")).isEqualTo("tags-2");
        // hidden files are not part of the vault at all
        assertThatThrownBy(() -> out(".nojekyll")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noteNamedLikeAReservedFolderIsAPageBesideIt() {
        plan("tags.md", "", "search.md", "", "assets.md", "");
        assertThat(out("tags.md")).isEqualTo("tags.html");
        assertThat(out("search.md")).isEqualTo("search.html");
        assertThat(out("assets.md")).isEqualTo("assets.html");
    }

    @Test
    void vaultFolderNamedLikeAReservedFolderDoesNotMergeIntoIt() {
        plan("Tags/aws.md", "", "search/x.png", "png", "_studysite/style.css", "body{}", "deep/tags/y.md", "");
        for (String reserved : SitePlan.RESERVED) {
            assertThat(out("Tags/aws.md")).doesNotStartWith(reserved + "/");
            assertThat(out("search/x.png")).doesNotStartWith(reserved + "/");
            assertThat(out("_studysite/style.css")).doesNotStartWith(reserved + "/");
        }
        assertThat(out("Tags/aws.md")).isEqualTo("tags-2/aws.html");
        assertThat(out("_studysite/style.css")).startsWith(SitePlan.THEME_FOLDER + "-2/");
        // only the site's top level is reserved
        assertThat(out("deep/tags/y.md")).isEqualTo("deep/tags/y.html");
    }

    @Test
    void fileNamedLikeAFolderDoesNotCollideWithIt() {
        plan("Images.png", "png", "Images/a.png", "png", "Images.md", "");
        assertThat(out("Images.png")).isEqualTo("images.png");
        assertThat(out("Images.md")).isEqualTo("images.html");
        assertThat(out("Images/a.png")).isEqualTo("images/a.png");
        assertThat(vault.diagnostics("slug-collision")).isEmpty();
    }

    @Test
    void fileWithoutExtensionNamedExactlyLikeAFolderMoves() {
        plan("images", "not a folder", "Images/a.png", "png");
        assertThat(out("Images/a.png")).isEqualTo("images/a.png");
        assertThat(out("images")).isEqualTo("images-2");
    }

    @Test
    void notesArePlacedBeforeAttachments() {
        plan("x/Doc.pdf", "pdf", "x/doc.pdf.md", "");
        assertThat(out("x/doc.pdf.md")).isEqualTo("x/doc-pdf.html");
        assertThat(out("x/Doc.pdf")).isEqualTo("x/doc.pdf");
    }

    @Test
    void everyOutputIsUniqueIgnoringCase() {
        plan("A.md", "", "a.md", "", "a-2.md", "", "A 2.md", "", "a.png", "png", "A.PNG", "png");
        var outputs = vault.notes().stream().map(n -> plan.outputOf(n.path()).toLowerCase()).toList();
        var attachments = vault.vault().attachments().stream().map(a -> plan.outputOf(a.path()).toLowerCase()).toList();
        assertThat(outputs).doesNotHaveDuplicates();
        assertThat(attachments).doesNotHaveDuplicates();
        // placed in path order: "A 2.md", "A.md", "a-2.md", "a.md"
        assertThat(out("A 2.md")).isEqualTo("a-2.html");
        assertThat(out("A.md")).isEqualTo("a.html");
        assertThat(out("a-2.md")).isEqualTo("a-2-2.html");
        assertThat(out("a.md")).isEqualTo("a-3.html");
        assertThat(out("A.PNG")).isEqualTo("a.png");
        assertThat(out("a.png")).isEqualTo("a-2.png");
    }

    @Test
    void samePlanForTheSameVault() {
        plan("b/Note.md", "", "a/note.md", "", "Note.md", "", "x.png", "png");
        SitePlan again = Vaults.load(root).plan();
        for (var n : vault.notes()) {
            assertThat(again.outputOf(n.path())).isEqualTo(plan.outputOf(n.path()));
        }
    }

    @Test
    void unknownPathIsAProgrammerError() {
        plan("N.md", "");
        assertThatThrownBy(() -> out("Other.md"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not planned: Other.md");
    }
}
