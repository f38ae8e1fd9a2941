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
                .containsExactly(tuple(vault.file("dir/note.md"), Severity.WARNING, 0, 0,
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
                .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
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
        plan("404.md", "", "robots.txt.md", "");
        assertThat(out("404.md")).isEqualTo("404-2.html");
        assertThat(vault.diagnostics("slug-collision")).extracting(Diagnostic::message)
                .containsExactly("another file already has the address 404.html; this one is published as 404-2.html");
    }

    @Test
    void aFoldersIndexNoteIsItsPageAndTheRootsIsTheHomePage() {
        plan("index.md", "", "sub/index.md", "", "sub/README.md", "", "docs/README.md", "", "docs/deep/index.md", "",
                "other/index.md", "---\npermalink: elsewhere\n---\n");
        assertThat(out("index.md")).isEqualTo("index.html");
        assertThat(out("sub/index.md")).isEqualTo("sub/index.html");
        // index.md wins over README.md; README.md stays a note of the folder
        assertThat(out("sub/README.md")).isEqualTo("sub/readme.html");
        assertThat(out("docs/README.md")).isEqualTo("docs/index.html");
        assertThat(out("docs/deep/index.md")).isEqualTo("docs/deep/index.html");
        // a permalink says where the note goes
        assertThat(out("other/index.md")).isEqualTo("elsewhere.html");
        assertThat(plan.folderNote("")).contains(VaultPath.of("index.md"));
        assertThat(plan.folderNote("docs")).contains(VaultPath.of("docs/README.md"));
        assertThat(plan.folderNote("other")).isEmpty();
        assertThat(vault.diagnostics("slug-collision")).isEmpty();
    }

    @Test
    void foldersThatShareAPageGiveItToOneNote() {
        plan("A/index.md", "", "a/index.md", "");
        assertThat(out("A/index.md")).isEqualTo("a/index.html");
        assertThat(out("a/index.md")).isEqualTo("a/index-2.html");
        assertThat(plan.folderNote("a")).isEmpty();
    }

    @Test
    void aRootReadmeIsTheHomePageWhenThereIsNoRootIndex() {
        plan("README.md", "", "Note.md", "");
        assertThat(out("README.md")).isEqualTo("index.html");
        assertThat(plan.isFolderNote(VaultPath.of("README.md"))).isTrue();
        assertThat(plan.isFolderNote(VaultPath.of("Note.md"))).isFalse();
    }

    @Test
    void rootAttachmentsNeverTakeTheSitesOwnFiles() {
        plan("sitemap.xml", "<x/>", "robots.txt", "x", ".nojekyll", "x", "N.md", "");
        assertThat(out("sitemap.xml")).isEqualTo("sitemap-2.xml");
        assertThat(out("robots.txt")).isEqualTo("robots-2.txt");
        // hidden files are not part of the vault at all
        assertThatThrownBy(() -> out(".nojekyll")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noteNamedLikeAGeneratedFolderIsAPageBesideIt() {
        plan("tags.md", "", "search.md", "", "assets.md", "");
        assertThat(out("tags.md")).isEqualTo("tags.html");
        assertThat(out("search.md")).isEqualTo("search.html");
        assertThat(out("assets.md")).isEqualTo("assets.html");
        assertThat(plan.addresses().tagIndex()).isEqualTo("tags/index.html");
        assertThat(plan.addresses().search()).isEqualTo("search/index.html");
    }

    @Test
    void vaultFoldersKeepTheirNamesAndTheGeneratedPagesMoveUnderTheReservedFolder() {
        plan("Tags/aws.md", "", "search/x.png", "png", "Services/S3.md", "", "deep/graph/y.md", "", "folders/z.md", "");
        assertThat(out("Tags/aws.md")).isEqualTo("tags/aws.html");
        assertThat(out("search/x.png")).isEqualTo("search/x.png");
        assertThat(out("Services/S3.md")).isEqualTo("services/s3.html");
        assertThat(out("folders/z.md")).isEqualTo("folders/z.html");
        assertThat(out("deep/graph/y.md")).isEqualTo("deep/graph/y.html");
        SiteAddresses addresses = plan.addresses();
        assertThat(addresses.tagIndex()).isEqualTo("_studysite/tags/index.html");
        assertThat(addresses.tagPage("aws/s3")).isEqualTo("_studysite/tags/aws/s3.html");
        assertThat(addresses.servicesIndex()).isEqualTo("_studysite/services/index.html");
        assertThat(addresses.servicePage("s3")).isEqualTo("_studysite/services/s3.html");
        assertThat(addresses.search()).isEqualTo("_studysite/search/index.html");
        // only the site's top level counts
        assertThat(addresses.graph()).isEqualTo("graph/index.html");
        assertThat(vault.diagnostics("generated-pages-moved")).extracting(Diagnostic::file, Diagnostic::severity, Diagnostic::message)
                .containsExactlyInAnyOrder(
                        tuple(null, Severity.INFO, "the vault has a folder tags/; the tag pages are at _studysite/tags/"),
                        tuple(null, Severity.INFO, "the vault has a folder services/; the service pages are at _studysite/services/"),
                        tuple(null, Severity.INFO, "the vault has a folder search/; the search page is at _studysite/search/"));
    }

    @Test
    void aVaultFolderOrFileNamedLikeTheReservedFolderIsRenamedWithAWarning() {
        plan("_studysite/style.css", "body{}", "_studysite/N.md", "[[x]]", "Top.md", "![[style.css]]");
        assertThat(out("_studysite/style.css")).isEqualTo("_studysite-2/style.css");
        assertThat(out("_studysite/N.md")).isEqualTo("_studysite-2/n.html");
        assertThat(vault.diagnostics("reserved-name")).extracting(Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple(Severity.WARNING, "the folder _studysite/ takes the name of studysite's own folder"
                        + " _studysite/; it is published as _studysite-2/"));
    }

    @Test
    void aFileNamedLikeTheReservedFolderIsRenamedWithAWarning() {
        plan("_studysite", "not a folder", "N.md", "");
        assertThat(out("_studysite")).isEqualTo("_studysite-2");
        assertThat(vault.diagnostics("reserved-name")).extracting(Diagnostic::severity).containsExactly(Severity.WARNING);
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
