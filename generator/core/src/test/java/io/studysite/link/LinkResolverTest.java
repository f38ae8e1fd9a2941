package io.studysite.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.studysite.vault.VaultPath;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkResolverTest {
    @TempDir
    Path root;

    private static VaultPath p(String path) {
        return VaultPath.of(path);
    }

    private static List<VaultPath> paths(String... values) {
        return java.util.Arrays.stream(values).map(VaultPath::of).toList();
    }

    private LinkResolver resolver(String... pathsAndTexts) {
        return Vaults.build(root, pathsAndTexts).resolver();
    }

    private static void assertNote(Resolution r, String path) {
        assertThat(r.kind()).isEqualTo(Resolution.Kind.NOTE);
        assertThat(r.path()).isEqualTo(p(path));
        assertThat(r.found()).isTrue();
        assertThat(r.ambiguous()).isFalse();
        assertThat(r.candidates()).containsExactly(p(path));
        assertThat(r.viaAlias()).isFalse();
    }

    private static void assertAttachment(Resolution r, String path) {
        assertThat(r.kind()).isEqualTo(Resolution.Kind.ATTACHMENT);
        assertThat(r.path()).isEqualTo(p(path));
        assertThat(r.ambiguous()).isFalse();
        assertThat(r.candidates()).containsExactly(p(path));
    }

    private static void assertMissing(Resolution r) {
        assertThat(r).isEqualTo(Resolution.MISSING);
        assertThat(r.kind()).isEqualTo(Resolution.Kind.MISSING);
        assertThat(r.path()).isNull();
        assertThat(r.candidates()).isEmpty();
        assertThat(r.found()).isFalse();
        assertThat(r.ambiguous()).isFalse();
    }

    @Nested
    class ByPath {
        @Test
        void exactVaultPathWinsOverTheSameNameElsewhere() {
            LinkResolver resolver = resolver(
                    "Home.md", "",
                    "folder/Note.md", "",
                    "other/Note.md", "",
                    "Note.md", "");
            assertNote(resolver.resolve(p("Home.md"), "folder/Note"), "folder/Note.md");
            assertNote(resolver.resolve(p("Home.md"), "other/Note"), "other/Note.md");
            assertNote(resolver.resolve(p("other/Note.md"), "folder/Note"), "folder/Note.md");
        }

        @Test
        void exactVaultPathWithTheExtension() {
            LinkResolver resolver = resolver("Home.md", "", "folder/Note.md", "", "other/Note.md", "");
            assertNote(resolver.resolve(p("Home.md"), "folder/Note.md"), "folder/Note.md");
        }

        @Test
        void exactVaultPathIgnoresCase() {
            LinkResolver resolver = resolver("Home.md", "", "Folder/My Note.md", "", "Other/My Note.md", "");
            assertNote(resolver.resolve(p("Home.md"), "folder/my note"), "Folder/My Note.md");
            assertNote(resolver.resolve(p("Home.md"), "FOLDER/MY NOTE.MD"), "Folder/My Note.md");
        }

        @Test
        void markdownExtensionToo() {
            LinkResolver resolver = resolver("Home.md", "", "docs/Guide.markdown", "");
            assertNote(resolver.resolve(p("Home.md"), "docs/Guide.markdown"), "docs/Guide.markdown");
            assertNote(resolver.resolve(p("Home.md"), "docs/Guide"), "docs/Guide.markdown");
            assertNote(resolver.resolve(p("Home.md"), "Guide"), "docs/Guide.markdown");
        }

        @Test
        void backslashesAreFolderSeparators() {
            LinkResolver resolver = resolver("Home.md", "", "folder/Note.md", "", "other/Note.md", "");
            assertNote(resolver.resolve(p("Home.md"), "folder\\Note"), "folder/Note.md");
        }

        @Test
        void surroundingSpacesAreIgnored() {
            LinkResolver resolver = resolver("Home.md", "", "folder/Note.md", "");
            assertNote(resolver.resolve(p("Home.md"), "  Note "), "folder/Note.md");
        }

        @Test
        void pathRelativeToTheLinkingNote() {
            LinkResolver resolver = resolver(
                    "a/b/From.md", "",
                    "a/other/Note.md", "",
                    "other/Note.md", "",
                    "x/other/Note.md", "");
            assertNote(resolver.resolve(p("a/b/From.md"), "../other/Note"), "a/other/Note.md");
            assertNote(resolver.resolve(p("a/b/From.md"), "../other/Note.md"), "a/other/Note.md");
            assertNote(resolver.resolve(p("a/b/From.md"), "../../x/other/Note"), "x/other/Note.md");
        }

        @Test
        void dotSlashNamesTheLinkingNotesFolder() {
            LinkResolver resolver = resolver(
                    "a/b/From.md", "",
                    "a/b/Note.md", "",
                    "Note.md", "",
                    "c/Note.md", "");
            assertNote(resolver.resolve(p("a/b/From.md"), "./Note"), "a/b/Note.md");
            assertNote(resolver.resolve(p("a/b/From.md"), "./Note.md"), "a/b/Note.md");
            assertNote(resolver.resolve(p("c/Other.md"), "./Note"), "c/Note.md");
        }

        @Test
        void exactVaultPathIsTriedBeforeTheRelativePath() {
            // "sub/Note" from inside "a" could mean a/sub/Note.md; the vault path comes first.
            LinkResolver resolver = resolver("a/From.md", "", "sub/Note.md", "", "a/sub/Note.md", "");
            assertNote(resolver.resolve(p("a/From.md"), "sub/Note"), "sub/Note.md");
            assertNote(resolver.resolve(p("a/From.md"), "./sub/Note"), "a/sub/Note.md");
        }

        @Test
        void leavingTheVaultIsMissing() {
            LinkResolver resolver = resolver("Home.md", "", "Note.md", "", "a/From.md", "", "pic.png", "png");
            assertMissing(resolver.resolve(p("Home.md"), "../Note"));
            assertMissing(resolver.resolve(p("a/From.md"), "../../Note"));
            assertMissing(resolver.resolve(p("a/From.md"), "../../pic.png"));
            assertMissing(resolver.resolve(p("Home.md"), "../pic.png"));
            // one level up from a/ is the vault root: fine
            assertNote(resolver.resolve(p("a/From.md"), "../Note"), "Note.md");
            assertAttachment(resolver.resolve(p("a/From.md"), "../pic.png"), "pic.png");
        }

        @Test
        void partialPathMatchesTheEndOfAVaultPath() {
            LinkResolver resolver = resolver(
                    "Home.md", "",
                    "Work/Projects/Note.md", "",
                    "Work/Archive/Note.md", "");
            assertNote(resolver.resolve(p("Home.md"), "Projects/Note"), "Work/Projects/Note.md");
            assertNote(resolver.resolve(p("Home.md"), "projects/note.md"), "Work/Projects/Note.md");
        }

        @Test
        void partialPathMatchesWholeFolderNamesOnly() {
            LinkResolver resolver = resolver("Home.md", "", "Work/Projects/Note.md", "");
            assertMissing(resolver.resolve(p("Home.md"), "jects/Note"));
            assertMissing(resolver.resolve(p("Home.md"), "Other/Note"));
        }

        @Test
        void partialPathMatchingSeveralNotesIsAmbiguous() {
            LinkResolver resolver = resolver(
                    "Home.md", "",
                    "Work/Projects/Note.md", "",
                    "Home/Projects/Note.md", "");
            Resolution r = resolver.resolve(p("Home.md"), "Projects/Note");
            assertThat(r.path()).isEqualTo(p("Home/Projects/Note.md"));
            assertThat(r.ambiguous()).isTrue();
            assertThat(r.candidates()).containsExactly(p("Home/Projects/Note.md"), p("Work/Projects/Note.md"));
        }

        @Test
        void emptyTargetIsTheLinkingNoteItself() {
            LinkResolver resolver = resolver("a/Self.md", "", "Other.md", "");
            assertNote(resolver.resolve(p("a/Self.md"), ""), "a/Self.md");
            assertNote(resolver.resolve(p("a/Self.md"), "  "), "a/Self.md");
        }
    }

    @Nested
    class ByName {
        @Test
        void uniqueNameAnywhereCaseInsensitively() {
            LinkResolver resolver = resolver("Home.md", "", "deep/down/My Note.md", "");
            assertNote(resolver.resolve(p("Home.md"), "my note"), "deep/down/My Note.md");
            assertNote(resolver.resolve(p("Home.md"), "MY NOTE"), "deep/down/My Note.md");
            assertNote(resolver.resolve(p("Home.md"), "My Note.md"), "deep/down/My Note.md");
        }

        @Test
        void nonAsciiNamesMatchCaseInsensitively() {
            LinkResolver resolver = resolver("Home.md", "", "été/Ärger über Öl.md", "");
            assertNote(resolver.resolve(p("Home.md"), "ärger ÜBER öl"), "été/Ärger über Öl.md");
        }

        @Test
        void decomposedFileNameMatchesComposedLink() {
            String nfd = Normalizer.normalize("Café crème", Normalizer.Form.NFD);
            assertThat(nfd).isNotEqualTo("Café crème");
            LinkResolver resolver = resolver("Home.md", "", "notes/" + nfd + ".md", "");
            assertNote(resolver.resolve(p("Home.md"), "Café crème"), "notes/Café crème.md");
        }

        @Test
        void composedFileNameMatchesDecomposedLink() {
            LinkResolver resolver = resolver("Home.md", "", "notes/Café crème.md", "");
            String nfd = Normalizer.normalize("café CRÈME", Normalizer.Form.NFD);
            assertNote(resolver.resolve(p("Home.md"), nfd), "notes/Café crème.md");
            assertNote(resolver.resolve(p("Home.md"), Normalizer.normalize("notes/Café crème", Normalizer.Form.NFD)),
                    "notes/Café crème.md");
        }

        @Test
        void dotsInANoteNameAreNotAnExtension() {
            LinkResolver resolver = resolver("Home.md", "", "dev/Node.js basics.md", "", "dev/Version 2.0.md", "");
            assertNote(resolver.resolve(p("Home.md"), "Node.js basics"), "dev/Node.js basics.md");
            assertNote(resolver.resolve(p("Home.md"), "node.js basics.md"), "dev/Node.js basics.md");
            assertNote(resolver.resolve(p("Home.md"), "Version 2.0"), "dev/Version 2.0.md");
        }

        @Test
        void noteNamedLikeAFileWithAnExtension() {
            LinkResolver resolver = resolver("Home.md", "", "dev/Node.js.md", "", "report.pdf.md", "");
            assertNote(resolver.resolve(p("Home.md"), "Node.js"), "dev/Node.js.md");
            assertNote(resolver.resolve(p("Home.md"), "report.pdf"), "report.pdf.md");
        }

        @Test
        void missingNote() {
            LinkResolver resolver = resolver("Home.md", "", "Other.md", "");
            assertMissing(resolver.resolve(p("Home.md"), "Nowhere"));
            assertMissing(resolver.resolve(p("Home.md"), "folder/Other"));
            assertMissing(resolver.resolve(p("Home.md"), "Othe"));
        }

        @Test
        void noteWinsOverAnAttachmentOfTheSameStem() {
            LinkResolver resolver = resolver("Home.md", "", "Photo.md", "", "Photo.png", "png");
            assertNote(resolver.resolve(p("Home.md"), "Photo"), "Photo.md");
            assertAttachment(resolver.resolve(p("Home.md"), "Photo.png"), "Photo.png");
        }
    }

    @Nested
    class Duplicates {
        private LinkResolver dupes() {
            return resolver(
                    "Home.md", "",
                    "b/Other.md", "",
                    "b/c/Other.md", "",
                    "a/Dup.md", "",
                    "b/Dup.md", "",
                    "b/c/Dup.md", "");
        }

        @Test
        void linkingNotesFolderWins() {
            Resolution r = dupes().resolve(p("b/Other.md"), "Dup");
            assertThat(r.kind()).isEqualTo(Resolution.Kind.NOTE);
            assertThat(r.path()).isEqualTo(p("b/Dup.md"));
            assertThat(r.ambiguous()).isTrue();
            assertThat(r.viaAlias()).isFalse();
            assertThat(r.candidates()).containsExactly(p("b/Dup.md"), p("a/Dup.md"), p("b/c/Dup.md"));
        }

        @Test
        void deeperLinkingNoteGetsItsOwnFolder() {
            Resolution r = dupes().resolve(p("b/c/Other.md"), "dup");
            assertThat(r.path()).isEqualTo(p("b/c/Dup.md"));
            assertThat(r.candidates()).containsExactly(p("b/c/Dup.md"), p("a/Dup.md"), p("b/Dup.md"));
        }

        @Test
        void thenShortestPathThenAlphabetical() {
            Resolution r = dupes().resolve(p("Home.md"), "Dup");
            assertThat(r.path()).isEqualTo(p("a/Dup.md"));
            assertThat(r.ambiguous()).isTrue();
            assertThat(r.candidates()).containsExactly(p("a/Dup.md"), p("b/Dup.md"), p("b/c/Dup.md"));
        }

        @Test
        void vaultPathOfARootNoteComesFirstButTheNameStaysAmbiguous() {
            LinkResolver resolver = resolver("Dup.md", "", "b/Dup.md", "", "b/Other.md", "", "c/Other.md", "");
            Resolution fromB = resolver.resolve(p("b/Other.md"), "Dup");
            assertThat(fromB.path()).isEqualTo(p("Dup.md"));
            assertThat(fromB.ambiguous()).isTrue();
            assertThat(fromB.candidates()).containsExactly(p("Dup.md"), p("b/Dup.md"));
            Resolution fromC = resolver.resolve(p("c/Other.md"), "dup.md");
            assertThat(fromC.path()).isEqualTo(p("Dup.md"));
            assertThat(fromC.candidates()).containsExactly(p("Dup.md"), p("b/Dup.md"));
        }

        @Test
        void aPathWithAFolderIsNotAmbiguous() {
            LinkResolver resolver = resolver("Dup.md", "", "b/Dup.md", "", "b/Other.md", "");
            assertNote(resolver.resolve(p("b/Other.md"), "b/Dup"), "b/Dup.md");
            assertNote(resolver.resolve(p("b/Other.md"), "./Dup"), "b/Dup.md");
            assertNote(resolver.resolve(p("b/Other.md"), "../Dup"), "Dup.md");
            assertNote(resolver.resolve(p("b/Other.md"), "/Dup"), "Dup.md");
        }

        @Test
        void shortestPathBeatsAlphabeticalOrder() {
            LinkResolver resolver = resolver("Home.md", "", "aaa/Dup.md", "", "zz/Dup.md", "");
            Resolution r = resolver.resolve(p("Home.md"), "Dup");
            assertThat(r.path()).isEqualTo(p("zz/Dup.md"));
            assertThat(r.candidates()).containsExactly(p("zz/Dup.md"), p("aaa/Dup.md"));
        }

        @Test
        void sameNameDifferentCaseInOneFolderIsAmbiguous() {
            LinkResolver resolver = resolver("Home.md", "", "x/Note.md", "", "x/note.md", "");
            Resolution r = resolver.resolve(p("Home.md"), "x/NOTE");
            assertThat(r.ambiguous()).isTrue();
            assertThat(r.candidates()).containsExactlyInAnyOrder(p("x/Note.md"), p("x/note.md"));
            assertThat(r.path()).isEqualTo(p("x/Note.md"));
        }

        @Test
        void theAnswerDoesNotDependOnAskingOrder() {
            LinkResolver resolver = dupes();
            Resolution first = resolver.resolve(p("Home.md"), "Dup");
            resolver.resolve(p("b/Other.md"), "Dup");
            assertThat(resolver.resolve(p("Home.md"), "Dup")).isEqualTo(first);
        }
    }

    @Nested
    class MarkdownLinks {
        @Test
        void aPathBesideTheLinkingNoteIsNotAmbiguous() {
            LinkResolver resolver = resolver(
                    "kms/concepts.md", "", "kms/getting-started.md", "", "sqs/getting-started.md", "",
                    "lambda/getting-started.md", "", "kms/img/key.png", "png", "sqs/img/key.png", "png");
            assertNote(resolver.resolve(p("kms/concepts.md"), "getting-started.md", true), "kms/getting-started.md");
            assertAttachment(resolver.resolve(p("kms/concepts.md"), "img/key.png", true), "kms/img/key.png");
            // The same name as a wikilink still names three notes.
            Resolution wikilink = resolver.resolve(p("kms/concepts.md"), "getting-started");
            assertThat(wikilink.path()).isEqualTo(p("kms/getting-started.md"));
            assertThat(wikilink.ambiguous()).isTrue();
        }

        @Test
        void aPathNamingOneFileFromTheRootAndAnotherFromTheNoteTakesTheVaultPathAndIsAmbiguous() {
            // Obsidian reads a/b.md from the vault root first; GitHub from the note's folder.
            LinkResolver resolver = resolver("f/x.md", "", "a/b.md", "", "f/a/b.md", "");
            Resolution r = resolver.resolve(p("f/x.md"), "a/b.md", true);
            assertThat(r.path()).isEqualTo(p("a/b.md"));
            assertThat(r.candidates()).containsExactly(p("a/b.md"), p("f/a/b.md"));
            assertNote(resolver.resolve(p("f/x.md"), "./a/b.md", true), "f/a/b.md");
            assertNote(resolver.resolve(p("f/x.md"), "/a/b.md", true), "a/b.md");
        }

        @Test
        void dotSlashPathsAreOnlyEverRelative() {
            LinkResolver resolver = resolver("f/x.md", "", "Note.md", "", "g/Note.md", "");
            assertMissing(resolver.resolve(p("f/x.md"), "./Note.md", true));
            assertNote(resolver.resolve(p("f/x.md"), "../Note.md", true), "Note.md");
            assertMissing(resolver.resolve(p("f/x.md"), "../Other/Note.md", true));
        }

        @Test
        void pathBetweenNotes() {
            assertThat(LinkResolver.pathBetween(p("kms/a.md"), p("kms/b.md"))).isEqualTo("./b.md");
            assertThat(LinkResolver.pathBetween(p("kms/a.md"), p("lambda/x/y.md"))).isEqualTo("../lambda/x/y.md");
            assertThat(LinkResolver.pathBetween(p("a.md"), p("f/a/b.md"))).isEqualTo("./f/a/b.md");
            assertThat(LinkResolver.pathBetween(p("f/g/x.md"), p("f/a/b.md"))).isEqualTo("../a/b.md");
        }
    }

    @Nested
    class Aliases {
        private static final String EC2 = """
                ---
                aliases: [EC2, Virtual Servers]
                ---
                """;

        @Test
        void aliasResolvesWhenNoFileHasTheName() {
            LinkResolver resolver = resolver("Home.md", "", "aws/Elastic Compute Cloud.md", EC2);
            Resolution r = resolver.resolve(p("Home.md"), "ec2");
            assertThat(r.kind()).isEqualTo(Resolution.Kind.NOTE);
            assertThat(r.path()).isEqualTo(p("aws/Elastic Compute Cloud.md"));
            assertThat(r.viaAlias()).isTrue();
            assertThat(r.ambiguous()).isFalse();
            assertThat(resolver.resolve(p("Home.md"), "Virtual Servers").viaAlias()).isTrue();
        }

        @Test
        void fileNameBeatsAlias() {
            LinkResolver resolver = resolver("Home.md", "", "aws/Elastic Compute Cloud.md", EC2, "misc/EC2.md", "");
            assertNote(resolver.resolve(p("Home.md"), "EC2"), "misc/EC2.md");
        }

        @Test
        void theRealNameStillResolvesWithoutAlias() {
            LinkResolver resolver = resolver("Home.md", "", "aws/Elastic Compute Cloud.md", EC2);
            assertNote(resolver.resolve(p("Home.md"), "Elastic Compute Cloud"), "aws/Elastic Compute Cloud.md");
        }

        @Test
        void sharedAliasIsAmbiguous() {
            LinkResolver resolver = resolver("Home.md", "", "b/One.md", "---\naliases: [Same]\n---\n",
                    "a/Two.md", "---\nalias: Same\n---\n");
            Resolution r = resolver.resolve(p("Home.md"), "same");
            assertThat(r.viaAlias()).isTrue();
            assertThat(r.ambiguous()).isTrue();
            assertThat(r.candidates()).containsExactly(p("a/Two.md"), p("b/One.md"));
        }

        @Test
        void aliasWithAFolderIsNotLookedUp() {
            LinkResolver resolver = resolver("Home.md", "", "aws/Elastic Compute Cloud.md", EC2);
            assertMissing(resolver.resolve(p("Home.md"), "aws/EC2"));
        }
    }

    @Nested
    class Attachments {
        @Test
        void byNameAnywhere() {
            LinkResolver resolver = resolver("notes/Home.md", "", "assets/img/Pasted image 20220205104444.png", "png");
            assertAttachment(resolver.resolve(p("notes/Home.md"), "Pasted image 20220205104444.png"),
                    "assets/img/Pasted image 20220205104444.png");
            assertAttachment(resolver.resolve(p("notes/Home.md"), "pasted IMAGE 20220205104444.PNG"),
                    "assets/img/Pasted image 20220205104444.png");
        }

        @Test
        void wikilinkToAFileWithAnExtension() {
            LinkResolver resolver = resolver("Home.md", "", "figures/Figure 1.png", "png");
            assertAttachment(resolver.resolve(p("Home.md"), "Figure 1.png"), "figures/Figure 1.png");
        }

        @Test
        void byExactPathAndByRelativePath() {
            LinkResolver resolver = resolver(
                    "notes/Home.md", "",
                    "assets/x.png", "png",
                    "notes/x.png", "png",
                    "notes/img/x.png", "png");
            assertAttachment(resolver.resolve(p("notes/Home.md"), "assets/x.png"), "assets/x.png");
            assertAttachment(resolver.resolve(p("notes/Home.md"), "../assets/x.png"), "assets/x.png");
            assertAttachment(resolver.resolve(p("notes/Home.md"), "./img/x.png"), "notes/img/x.png");
            assertAttachment(resolver.resolve(p("notes/Home.md"), "img/x.png"), "notes/img/x.png");
        }

        @Test
        void partialPathForAnAttachment() {
            LinkResolver resolver = resolver("Home.md", "", "a/images/x.png", "png", "b/other/x.png", "png");
            assertAttachment(resolver.resolve(p("Home.md"), "images/x.png"), "a/images/x.png");
            assertMissing(resolver.resolve(p("Home.md"), "ages/x.png"));
        }

        @Test
        void siteRootPathNamesAVaultPath() {
            LinkResolver resolver = resolver("_posts/2020-01-01-post.md", "", "assets/x.png", "png",
                    "_posts/assets/x.png", "png");
            assertAttachment(resolver.resolve(p("_posts/2020-01-01-post.md"), "/assets/x.png"), "assets/x.png");
        }

        @Test
        void siteRootPathWhoseFoldersDifferFallsBackToTheFileName() {
            // A Jekyll site whose vault is a sub-folder of the site: /images/x.png is found by its name.
            LinkResolver resolver = resolver("_posts/post.md", "", "media/x.png", "png");
            assertAttachment(resolver.resolve(p("_posts/post.md"), "/images/x.png"), "media/x.png");
        }

        @Test
        void siteRootPathFallbackWithSeveralNamesakesIsAmbiguous() {
            LinkResolver resolver = resolver("_posts/post.md", "", "media/x.png", "png", "old/x.png", "png");
            Resolution r = resolver.resolve(p("_posts/post.md"), "/images/x.png");
            assertThat(r.ambiguous()).isTrue();
            assertThat(r.candidates()).containsExactly(p("old/x.png"), p("media/x.png"));
        }

        @Test
        void siteRootPathIsNotRelativeToTheNote() {
            LinkResolver resolver = resolver("_posts/post.md", "", "_posts/Note.md", "");
            assertMissing(resolver.resolve(p("_posts/post.md"), "/Note"));
            assertNote(resolver.resolve(p("_posts/post.md"), "/_posts/Note"), "_posts/Note.md");
            assertNote(resolver.resolve(p("_posts/post.md"), "//_posts/Note.md"), "_posts/Note.md");
        }

        @Test
        void missingAttachment() {
            LinkResolver resolver = resolver("Home.md", "", "a.png", "png");
            assertMissing(resolver.resolve(p("Home.md"), "b.png"));
            assertMissing(resolver.resolve(p("Home.md"), "other/a.png"));
        }

        @Test
        void attachmentWithoutExtensionByName() {
            LinkResolver resolver = resolver("Home.md", "", "files/LICENSE", "text");
            assertAttachment(resolver.resolve(p("Home.md"), "LICENSE"), "files/LICENSE");
        }

        @Test
        void sameNamedAttachmentsPreferTheLinkingNotesFolder() {
            LinkResolver resolver = resolver("deep/notes/N.md", "", "a/shot.png", "png", "deep/notes/shot.png", "png");
            Resolution r = resolver.resolve(p("deep/notes/N.md"), "shot.png");
            assertThat(r.path()).isEqualTo(p("deep/notes/shot.png"));
            assertThat(r.candidates()).containsExactly(p("deep/notes/shot.png"), p("a/shot.png"));
        }

        @Test
        void defaultAttachmentFolderIsTheVaultRoot() {
            LinkResolver resolver = resolver("n/N.md", "", "a/shot.png", "png", "shot.png", "png");
            Resolution r = resolver.resolve(p("n/N.md"), "shot.png");
            assertThat(r.path()).isEqualTo(p("shot.png"));
            assertThat(r.ambiguous()).isTrue();
            assertThat(r.candidates()).containsExactly(p("shot.png"), p("a/shot.png"));
        }

        @Test
        void fixedAttachmentFolderWinsOverAShorterPath() {
            LinkResolver resolver = resolver(
                    ".obsidian/app.json", "{\"attachmentFolderPath\": \"attachments\"}",
                    "notes/N.md", "",
                    "a/shot.png", "png",
                    "attachments/shot.png", "png");
            Resolution r = resolver.resolve(p("notes/N.md"), "shot.png");
            assertThat(r.path()).isEqualTo(p("attachments/shot.png"));
            assertThat(r.candidates()).containsExactly(p("attachments/shot.png"), p("a/shot.png"));
        }

        @Test
        void withoutTheSettingTheShorterPathWins() {
            LinkResolver resolver = resolver(
                    "notes/N.md", "",
                    "a/shot.png", "png",
                    "attachments/shot.png", "png");
            assertThat(resolver.resolve(p("notes/N.md"), "shot.png").path()).isEqualTo(p("a/shot.png"));
        }

        @Test
        void fixedAttachmentFolderWithSlashesIsTrimmed() {
            LinkResolver resolver = resolver(
                    ".obsidian/app.json", "{\"attachmentFolderPath\": \"/Files/Images/\"}",
                    "notes/N.md", "",
                    "a/shot.png", "png",
                    "Files/Images/shot.png", "png");
            assertThat(resolver.resolve(p("notes/N.md"), "shot.png").path()).isEqualTo(p("Files/Images/shot.png"));
        }

        @Test
        void besideTheNote() {
            LinkResolver resolver = resolver(
                    ".obsidian/app.json", "{\"attachmentFolderPath\": \"./\"}",
                    "notes/deep/N.md", "",
                    "a/shot.png", "png",
                    "notes/deep/shot.png", "png");
            assertThat(resolver.resolve(p("notes/deep/N.md"), "shot.png").path()).isEqualTo(p("notes/deep/shot.png"));
        }

        @Test
        void subFolderBesideTheNote() {
            LinkResolver resolver = resolver(
                    ".obsidian/app.json", "{\"attachmentFolderPath\": \"./assets\"}",
                    "notes/N.md", "",
                    "other/M.md", "",
                    "a/shot.png", "png",
                    "other/assets/shot.png", "png",
                    "notes/assets/shot.png", "png");
            Resolution fromNotes = resolver.resolve(p("notes/N.md"), "shot.png");
            assertThat(fromNotes.path()).isEqualTo(p("notes/assets/shot.png"));
            assertThat(fromNotes.candidates())
                    .containsExactly(p("notes/assets/shot.png"), p("a/shot.png"), p("other/assets/shot.png"));
            assertThat(resolver.resolve(p("other/M.md"), "shot.png").path()).isEqualTo(p("other/assets/shot.png"));
        }

        @Test
        void subFolderBesideARootNote() {
            LinkResolver resolver = resolver(
                    ".obsidian/app.json", "{\"attachmentFolderPath\": \"./att/\"}",
                    "N.md", "",
                    "a/shot.png", "png",
                    "att/shot.png", "png");
            assertThat(resolver.resolve(p("N.md"), "shot.png").path()).isEqualTo(p("att/shot.png"));
        }

        @Test
        void attachmentFolderDoesNotAffectNotes() {
            LinkResolver resolver = resolver(
                    ".obsidian/app.json", "{\"attachmentFolderPath\": \"attachments\"}",
                    "notes/N.md", "",
                    "a/Dup.md", "",
                    "attachments/Dup.md", "");
            assertThat(resolver.resolve(p("notes/N.md"), "Dup").path()).isEqualTo(p("a/Dup.md"));
        }

        @Test
        void obsidianConfigFolderIsNotPartOfTheVault() {
            LinkResolver resolver = resolver(
                    ".obsidian/app.json", "{}",
                    ".obsidian/icon.png", "png",
                    "N.md", "");
            assertMissing(resolver.resolve(p("N.md"), "icon.png"));
            assertMissing(resolver.resolve(p("N.md"), "app.json"));
        }
    }

    @Nested
    class NamesFile {
        @Test
        void extensionsThatNameFiles() {
            assertThat(LinkResolver.namesFile("x.png")).isTrue();
            assertThat(LinkResolver.namesFile("folder/Doc.PDF")).isTrue();
            assertThat(LinkResolver.namesFile("Figure 1.png")).isTrue();
            assertThat(LinkResolver.namesFile("archive.tar.gz")).isTrue();
            assertThat(LinkResolver.namesFile("data.mp3")).isTrue();
        }

        @Test
        void notesAndNamesWithDotsDoNot() {
            assertThat(LinkResolver.namesFile("Note")).isFalse();
            assertThat(LinkResolver.namesFile("Note.md")).isFalse();
            assertThat(LinkResolver.namesFile("Note.markdown")).isFalse();
            assertThat(LinkResolver.namesFile("Node.js basics")).isFalse();
            assertThat(LinkResolver.namesFile("Mr. Smith")).isFalse();
            assertThat(LinkResolver.namesFile(".hidden")).isFalse();
            assertThat(LinkResolver.namesFile("a.b/Note")).isFalse();
            assertThat(LinkResolver.namesFile("trailing.")).isFalse();
            assertThat(LinkResolver.namesFile("x.averyverylongthing")).isFalse();
        }
    }
}
