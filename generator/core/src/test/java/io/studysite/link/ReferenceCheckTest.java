package io.studysite.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.studysite.diag.Diagnostic;
import io.studysite.diag.Severity;
import io.studysite.vault.VaultPath;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceCheckTest {
    @TempDir
    Path root;

    private Vaults.Built vault;

    private LinkGraph check(String... pathsAndTexts) {
        vault = Vaults.build(root, pathsAndTexts);
        assertThat(vault.diagnostics().sorted()).as("loading and parsing the test vault").isEmpty();
        return vault.check();
    }

    private List<Diagnostic> all() {
        return vault.diagnostics().sorted();
    }

    private static VaultPath p(String path) {
        return VaultPath.of(path);
    }

    @Test
    void cleanVaultHasNoDiagnostics() {
        check("Home.md", """
                # Home
                [[Other]] [[Other#Part]] [o](Other.md#part) ![[pic.png|200]] ![](pic.png) [[#Home]]
                """,
                "Other.md", "## Part\n",
                "pic.png", "png");
        assertThat(all()).isEmpty();
    }

    @Test
    void unresolvedLink() {
        check("Home.md", "Intro\nsee [[Nowhere]] and [x](Gone.md)\n");
        assertThat(all()).extracting(Diagnostic::file, Diagnostic::line, Diagnostic::column, Diagnostic::severity,
                        Diagnostic::code, Diagnostic::message, Diagnostic::hint)
                .containsExactly(
                        tuple(vault.file("Home.md"), 2, 5, Severity.WARNING, "unresolved-link",
                                "no note named \"Nowhere\"", null),
                        tuple(vault.file("Home.md"), 2, 21, Severity.WARNING, "unresolved-link",
                                "no note named \"Gone.md\"", null));
    }

    @Test
    void missingAttachmentForEmbeds() {
        check("Home.md", "![[Pasted image 20220205104444.png]]\n\n![alt](img/missing.png)\n");
        assertThat(all()).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::severity, Diagnostic::code,
                        Diagnostic::message, Diagnostic::hint)
                .containsExactly(
                        tuple(1, 1, Severity.WARNING, "missing-attachment",
                                "\"Pasted image 20220205104444.png\" is not in the vault",
                                "add the file to the vault, or fix the name"),
                        tuple(3, 1, Severity.WARNING, "missing-attachment",
                                "\"img/missing.png\" is not in the vault",
                                "add the file to the vault, or fix the name"));
    }

    @Test
    void missingAttachmentForLinksToFiles() {
        check("Home.md", "[[Slides.pdf]] and [doc](Report%201.docx)\n");
        assertThat(all()).extracting(Diagnostic::column, Diagnostic::code, Diagnostic::message)
                .containsExactly(
                        tuple(1, "missing-attachment", "\"Slides.pdf\" is not in the vault"),
                        tuple(20, "missing-attachment", "\"Report 1.docx\" is not in the vault"));
    }

    @Test
    void missingNoteWithDotsInTheNameIsAnUnresolvedLink() {
        check("Home.md", "[[Node.js basics]]\n");
        assertThat(all()).extracting(Diagnostic::code, Diagnostic::message)
                .containsExactly(tuple("unresolved-link", "no note named \"Node.js basics\""));
    }

    @Test
    void ambiguousLinkNamesTheCandidatesAndGivesAHint() {
        check("Home.md", "\n  [[Dup]]\n", "b/Dup.md", "", "a/Dup.md", "");
        assertThat(all()).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::severity, Diagnostic::code,
                        Diagnostic::message, Diagnostic::hint)
                .containsExactly(tuple(2, 3, Severity.WARNING, "ambiguous-link",
                        "\"Dup\" matches 2 files (a/Dup.md, b/Dup.md); linking to a/Dup.md",
                        "write the folder too, e.g. [[a/Dup]]"));
    }

    @Test
    void ambiguousLinkFromTheFolderOfOneOfTheCandidates() {
        check("b/Home.md", "[[Dup]]\n", "b/Dup.md", "", "a/Dup.md", "");
        assertThat(all()).extracting(Diagnostic::code, Diagnostic::message, Diagnostic::hint)
                .containsExactly(tuple("ambiguous-link",
                        "\"Dup\" matches 2 files (b/Dup.md, a/Dup.md); linking to b/Dup.md",
                        "write the folder too, e.g. [[b/Dup]]"));
    }

    @Test
    void theHintResolvesWithoutAmbiguity() {
        LinkGraph graph = check("Home.md", "[[Dup]]\n", "b/Dup.md", "", "a/Dup.md", "");
        String hint = all().get(0).hint();
        String suggested = hint.substring(hint.indexOf("[[") + 2, hint.indexOf("]]"));
        Resolution r = graph.resolver().resolve(p("Home.md"), suggested);
        assertThat(r.path()).isEqualTo(p("a/Dup.md"));
        assertThat(r.ambiguous()).isFalse();
    }

    @Test
    void ambiguousAttachmentHintKeepsTheExtension() {
        LinkGraph graph = check("Home.md", "![[shot.png]]\n", "b/shot.png", "png", "a/shot.png", "png");
        assertThat(all()).extracting(Diagnostic::code, Diagnostic::message, Diagnostic::hint)
                .containsExactly(tuple("ambiguous-link",
                        "\"shot.png\" matches 2 files (a/shot.png, b/shot.png); linking to a/shot.png",
                        "write the folder too, e.g. [[a/shot.png]]"));
        Resolution r = graph.resolver().resolve(p("Home.md"), "a/shot.png");
        assertThat(r.path()).isEqualTo(p("a/shot.png"));
        assertThat(r.ambiguous()).isFalse();
    }

    @Test
    void aliasLinkIsInfo() {
        check("Home.md", "[[EC2]]\n", "aws/Elastic Compute Cloud.md", "---\naliases: [EC2]\n---\n");
        assertThat(all()).extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::message, Diagnostic::hint)
                .containsExactly(tuple(Severity.INFO, "alias-link",
                        "\"EC2\" is an alias of aws/Elastic Compute Cloud.md; Obsidian itself does not resolve aliases",
                        null));
    }

    @Test
    void unresolvedHeading() {
        check("Home.md", "[[Other#Nope]] [[Other#Part]] [[Other#Part#Sub]] [[Other#Sub#Part]]\n",
                "Other.md", "# Part\n## Sub\n");
        assertThat(all()).extracting(Diagnostic::column, Diagnostic::severity, Diagnostic::code, Diagnostic::message)
                .containsExactly(
                        tuple(1, Severity.WARNING, "unresolved-heading",
                                "note \"Other\" has no heading \"Nope\"; linking to the note"),
                        tuple(50, Severity.WARNING, "unresolved-heading",
                                "note \"Other\" has no heading \"Sub#Part\"; linking to the note"));
    }

    @Test
    void unresolvedHeadingInTheSameNote() {
        check("Home.md", "# Top\n[[#Top]] [[#Bottom]]\n");
        assertThat(all()).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::code, Diagnostic::message)
                .containsExactly(tuple(2, 10, "unresolved-heading",
                        "note \"Home\" has no heading \"Bottom\"; linking to the note"));
    }

    @Test
    void headingOfAMarkdownLinkIsCheckedAfterDecoding() {
        check("Home.md", "[a](Other.md#Some%20Part) [b](Other.md#Missing%20Part)\n", "Other.md", "## Some part!\n");
        assertThat(all()).extracting(Diagnostic::column, Diagnostic::code, Diagnostic::message)
                .containsExactly(tuple(27, "unresolved-heading",
                        "note \"Other\" has no heading \"Missing Part\"; linking to the note"));
    }

    @Test
    void githubStyleDocsLinkToHtmlAnchorsAndHeadingSlugsWithoutWarnings() {
        check("kms/key-policy.md", """
                # Default key policy<a name="key-policy-default"></a>
                See [the statement](#key-policy-default-allow-root) and [the box](#box).
                ## Allows access to the account<a name="key-policy-default-allow-root"></a>
                <div id="box">boxed</div>

                ## Setup
                ## Setup
                """,
                "kms/concepts.md", """
                [a](key-policy.md#key-policy-default) [b](./key-policy.md#setup-1) [c](key-policy.md#nowhere)
                [d](getting-started.md) [e](../lambda/getting-started.md#general-info)
                """,
                "kms/getting-started.md", "",
                "sqs/getting-started.md", "",
                "lambda/getting-started.md", "## General info\n");
        assertThat(all()).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::code, Diagnostic::message)
                .containsExactly(tuple(1, 68, "unresolved-heading",
                        "note \"key-policy\" has no heading \"nowhere\"; linking to the note"));
    }

    @Test
    void aMarkdownPathReadingTwoWaysIsAmbiguousWithAHintForMarkdown() {
        check("f/x.md", "[x](a/b.md) [y](./a/b.md)\n", "a/b.md", "", "f/a/b.md", "");
        assertThat(all()).extracting(Diagnostic::column, Diagnostic::code, Diagnostic::message, Diagnostic::hint)
                .containsExactly(tuple(1, "ambiguous-link",
                        "\"a/b.md\" matches 2 files (a/b.md, f/a/b.md); linking to a/b.md",
                        "start the path with ./ or ../ to read it from the note's folder, e.g. (../a/b.md)"));
    }

    @Test
    void blockReferencesToMissingBlocksAreReported() {
        check("Home.md", "[[Other#^abc]]\n[[#^own]]\n[[Other#^nope]]\n", "Other.md", "text ^abc\n");
        assertThat(all()).extracting(Diagnostic::line, Diagnostic::severity, Diagnostic::code, Diagnostic::message)
                .containsExactly(
                        tuple(2, Severity.WARNING, "unresolved-block", "note \"Home\" has no block ^own; linking to the note"),
                        tuple(3, Severity.WARNING, "unresolved-block", "note \"Other\" has no block ^nope; linking to the note"));
    }

    @Test
    void anchorsOnAttachmentsAreNotHeadings() {
        check("Home.md", "![[Doc.pdf#page=3]] [[Doc.pdf#height=400]]\n", "Doc.pdf", "pdf");
        assertThat(all()).isEmpty();
    }

    @Test
    void anchorOfAMissingNoteIsOnlyAnUnresolvedLink() {
        check("Home.md", "[[Nowhere#Part]]\n");
        assertThat(all()).extracting(Diagnostic::code).containsExactly("unresolved-link");
        assertThat(all().get(0).message()).isEqualTo("no note named \"Nowhere\"");
    }

    @Test
    void severalProblemsOfOneReference() {
        check("Home.md", "[[Same#Nope]]\n", "a/One.md", "---\naliases: [Same]\n---\n",
                "b/Two.md", "---\naliases: [Same]\n---\n");
        assertThat(all()).extracting(Diagnostic::code)
                .containsExactlyInAnyOrder("ambiguous-link", "alias-link", "unresolved-heading");
    }

    @Test
    void diagnosticsAreSortedByFileThenPosition() {
        check("b.md", "[[X2]]\n[[X1]]\n", "a.md", "text [[Y2]] [[Y1]]\n");
        assertThat(all()).extracting(d -> root.relativize(d.file()).toString(), Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("a.md", 1, 6), tuple("a.md", 1, 13), tuple("b.md", 1, 1), tuple("b.md", 2, 1));
    }

    @Test
    void backlinksAreSortedDeduplicatedAndWithoutSelfLinks() {
        LinkGraph graph = check(
                "Target.md", "[[Target]] [[#Top]] [[Target#Top]]\n# Top\n",
                "z/Zed.md", "[[Target]]\n",
                "b.md", "[[Target]] [[Target#Top]] [t](Target.md) ![[Target]]\n",
                "A.md", "[[target]] [[b]]\n",
                "Lonely.md", "[[Missing]] ![[pic.png]]\n",
                "pic.png", "png");
        assertThat(graph.backlinksOf(p("Target.md"))).containsExactly(p("A.md"), p("b.md"), p("z/Zed.md"));
        assertThat(graph.backlinksOf(p("b.md"))).containsExactly(p("A.md"));
        assertThat(graph.backlinksOf(p("A.md"))).isEmpty();
        assertThat(graph.backlinksOf(p("Lonely.md"))).isEmpty();
        assertThat(graph.backlinksOf(p("Missing.md"))).isEmpty();
        assertThat(graph.backlinks()).containsOnlyKeys(p("Target.md"), p("b.md"));
    }

    @Test
    void backlinksViaAliasAndAmbiguousLinks() {
        LinkGraph graph = check(
                "Home.md", "[[EC2]] [[Dup]]\n",
                "aws/Elastic Compute Cloud.md", "---\naliases: [EC2]\n---\n",
                "a/Dup.md", "", "b/Dup.md", "");
        assertThat(graph.backlinksOf(p("aws/Elastic Compute Cloud.md"))).containsExactly(p("Home.md"));
        assertThat(graph.backlinksOf(p("a/Dup.md"))).containsExactly(p("Home.md"));
        assertThat(graph.backlinksOf(p("b/Dup.md"))).isEmpty();
    }

    @Test
    void usedAttachmentsAreOnlyThoseANoteReferences() {
        LinkGraph graph = check(
                "Home.md", "![[used.png]] [[Slides.pdf]] [pic](img/linked.jpg) ![[missing.png]]\n",
                "Other.md", "![](../img/deep.gif)\n",
                "used.png", "png", "Slides.pdf", "pdf", "img/linked.jpg", "jpg", "unused.png", "png",
                "img/deep.gif", "gif", "img/unused.gif", "gif");
        assertThat(graph.usedAttachments()).containsExactlyInAnyOrder(
                p("used.png"), p("Slides.pdf"), p("img/linked.jpg"));
        assertThat(all()).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
                tuple("missing-attachment", "\"missing.png\" is not in the vault"),
                tuple("missing-attachment", "\"../img/deep.gif\" is not in the vault"));
    }

    @Test
    void usedAttachmentsViaRelativePath() {
        LinkGraph graph = check("notes/Home.md", "![](../img/deep.gif)\n", "img/deep.gif", "gif");
        assertThat(graph.usedAttachments()).containsExactly(p("img/deep.gif"));
        assertThat(all()).isEmpty();
    }

    @Test
    void graphKeepsThePlanAndTheResolver() {
        LinkGraph graph = check("Folder/My Note.md", "");
        assertThat(graph.plan().outputOf(p("Folder/My Note.md"))).isEqualTo("folder/my-note.html");
        assertThat(graph.resolver().resolve(p("Folder/My Note.md"), "my note").path()).isEqualTo(p("Folder/My Note.md"));
    }

    @Test
    void configuredSeverityApplies() {
        vault = Vaults.build(root, "Home.md", "[[Nowhere]]\n");
        var diagnostics = new io.studysite.diag.Diagnostics(java.util.Map.of("unresolved-link", Severity.ERROR));
        new ReferenceCheck(vault.resolver(), diagnostics).run(vault.notes(), vault.plan());
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code, Diagnostic::severity)
                .containsExactly(tuple("unresolved-link", Severity.ERROR));
        assertThat(diagnostics.hasErrors()).isTrue();
    }
}
