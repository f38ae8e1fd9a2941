package io.studysite.incremental;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.diag.Severity;
import io.studysite.search.IncrementalIndex;
import io.studysite.search.SearchIndex;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding an edit in place must give exactly the site a full build gives: every file of both is compared byte
 * for byte after each kind of edit, and the edit must rewrite only what it affects.
 */
class IncrementalBuildTest {
    @TempDir
    Path tmp;
    Path vault;
    Path site;
    SiteState state;
    IncrementalIndex searchIndex;

    @BeforeEach
    void build() throws IOException {
        vault = TestVault.write(tmp.resolve("vault"),
                "Storage/S3.md", "---\ntags: [aws/storage]\n---\n# S3\n\nAmazon S3 stores objects.\n\n## Lifecycle\n\nMove objects to Glacier.\n",
                "Storage/Embedder.md", "# Embedder\n\nBefore.\n\n![[S3#Lifecycle]]\n\nAfter, see [[Lambda]].\n",
                "Storage/Outer.md", "# Outer\n\n![[Embedder]]\n",
                "Compute/Lambda.md", "---\ntags: [aws/compute]\n---\n# Lambda\n\nAWS Lambda runs functions. See [[S3#Lifecycle]].\n",
                "Compute/EC2.md", "---\ntags: [aws/compute]\n---\n# EC2\n\nAmazon EC2 runs servers.\n",
                "Unrelated.md", "# Unrelated\n\nNothing to do with the others. $x^2$\n",
                "diagram.png", "not really a png");
        site = tmp.resolve("site");
        state = fullBuild(site).orElseThrow();
    }

    private Optional<SiteState> fullBuild(Path output) {
        AtomicReference<SiteState> kept = new AtomicReference<>();
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, output), kept::set);
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        if (output.equals(site)) {
            // As the dev server does: later edits update the search data of this build.
            searchIndex = IncrementalIndex.open(kept.get().allSections(), SearchIndex.folderFor(site));
        }
        return Optional.ofNullable(kept.get());
    }

    /** Saves {@code text} as {@code note}, rebuilds in place, runs the follow-up. */
    private IncrementalBuild.Outcome edit(String note, String text) throws IOException {
        Path file = vault.resolve(note);
        Files.writeString(file, text);
        IncrementalBuild.Outcome outcome = IncrementalBuild.apply(state, Set.of(file)).orElseThrow();
        state = outcome.state();
        if (outcome.result().written()) {
            outcome.followUp().render(state, searchIndex).writeTo();
        }
        return outcome;
    }

    private void assertSameAsFullBuild() throws IOException {
        Path expected = tmp.resolve("expected-" + System.nanoTime());
        fullBuild(expected);
        Map<String, byte[]> want = files(expected);
        Map<String, byte[]> got = files(site);
        assertThat(got.keySet()).containsExactlyElementsOf(want.keySet());
        want.forEach((path, bytes) -> assertThat(Arrays.equals(got.get(path), bytes))
                .as("%s differs:%n%s%nexpected:%n%s", path, new String(got.get(path)), new String(bytes)).isTrue());
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void aTextEditRewritesTheNoteItsEmbeddersAndTheirFollowUpsAndNothingElse() throws IOException {
        IncrementalBuild.Outcome outcome = edit("Storage/S3.md",
                "---\ntags: [aws/storage]\n---\n# S3\n\nAmazon S3 stores objects durably.\n\n## Lifecycle\n\nMove old objects to Glacier.\n");
        assertThat(outcome.result().outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(outcome.changed()).contains("storage/s3.html", "storage/embedder.html", "storage/outer.html")
                .doesNotContain("compute/ec2.html", "unrelated.html", "compute/lambda.html", "index.html")
                .anyMatch(path -> path.startsWith("_studysite/previews/"));
        assertThat(outcome.followUp().search()).isTrue();
        assertThat(outcome.followUp().services()).isNotEmpty();
        assertThat(Files.readString(site.resolve("storage/outer.html"))).contains("Move old objects to Glacier");
        assertSameAsFullBuild();
    }

    @Test
    void aTextEditRefreshesTheHoverPreviewsOfNotesEmbeddingItThroughOthers() throws IOException {
        // Enough notes for several preview chunks, so the embedders' previews live in other chunks than the note's.
        for (int i = 0; i < 40; i++) {
            Files.writeString(vault.resolve("Filler " + i + ".md"), "# Filler " + i + "\n\nText " + i + ".\n");
        }
        state = fullBuild(site).orElseThrow();
        edit("Storage/S3.md",
                "---\ntags: [aws/storage]\n---\n# S3\n\nAmazon S3 stores objects.\n\n## Lifecycle\n\nMove old objects to Deep Archive.\n");
        assertSameAsFullBuild();
    }

    @Test
    void movedHeadingsRewriteTheLinkingPagesAndReportTheirBrokenAnchors() throws IOException {
        IncrementalBuild.Outcome outcome = edit("Storage/S3.md",
                "---\ntags: [aws/storage]\n---\n# S3\n\nAmazon S3 stores objects.\n\n## Storage classes\n\nMove objects to Glacier.\n");
        assertThat(outcome.changed()).contains("compute/lambda.html", "storage/embedder.html");
        assertThat(outcome.result().diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("unresolved-heading");
            assertThat(d.file().toString()).endsWith("Lambda.md");
        });
        assertSameAsFullBuild();

        IncrementalBuild.Outcome fixed = edit("Storage/S3.md",
                "---\ntags: [aws/storage]\n---\n# S3\n\nAmazon S3 stores objects.\n\n## Lifecycle\n\nMove objects to Glacier.\n");
        assertThat(fixed.result().diagnostics()).noneMatch(d -> d.code().equals("unresolved-heading"));
        assertSameAsFullBuild();
    }

    @Test
    void newAndRemovedLinksRewriteBacklinksAndLocalGraphs() throws IOException {
        IncrementalBuild.Outcome outcome = edit("Compute/EC2.md",
                "---\ntags: [aws/compute]\n---\n# EC2\n\nAmazon EC2 runs servers; [[Lambda]] runs functions, [[Unrelated]] too.\n");
        assertThat(outcome.changed()).contains("compute/ec2.html", "compute/lambda.html", "unrelated.html");
        assertThat(outcome.followUp().graph()).isTrue();
        assertSameAsFullBuild();

        edit("Compute/EC2.md", "---\ntags: [aws/compute]\n---\n# EC2\n\nAmazon EC2 runs servers.\n");
        assertSameAsFullBuild();
    }

    @Test
    void tagChangesRewriteTheTagPagesAndRemoveAnEmptiedOne() throws IOException {
        edit("Compute/EC2.md", "---\ntags: [aws/compute, servers]\n---\n# EC2\n\nAmazon EC2 runs servers.\n");
        assertThat(site.resolve("tags/servers.html")).exists();
        assertSameAsFullBuild();

        edit("Compute/EC2.md", "---\ntags: [aws/storage]\n---\n# EC2\n\nAmazon EC2 runs servers.\n");
        assertThat(site.resolve("tags/servers.html")).doesNotExist();
        assertSameAsFullBuild();
    }

    @Test
    void servicesNamedOrNoLongerNamedAndNewLibrariesAndAttachmentsFollow() throws IOException {
        edit("Unrelated.md", "# Unrelated\n\nNow about Amazon DynamoDB tables and ![[diagram.png]].\n\n```java\nclass A {}\n```\n");
        assertSameAsFullBuild();
        edit("Unrelated.md", "# Unrelated\n\nNothing to do with the others.\n");
        assertSameAsFullBuild();
    }

    @Test
    void folderNotesAndGeneratedPagesMovedAsideStayAsAFullBuildMakesThem() throws IOException {
        TestVault.write(vault, "index.md", "---\ntags: [home]\n---\n# Welcome\n\nStart at [[Storage/index|storage]].\n",
                "Storage/index.md", "# Storage\n\nAll about storing.\n",
                "search/Queries.md", "# Queries\n\nAmazon Athena queries S3.\n",
                "services/Queues.md", "# Queues\n\nAmazon SQS queues.\n");
        state = fullBuild(site).orElseThrow();
        assertThat(site.resolve("_studysite/search/index.html")).isRegularFile();

        IncrementalBuild.Outcome home = edit("index.md",
                "---\ntags: [home, start]\n---\n# Welcome\n\nStart at [[Storage/index|storage]] or [[Lambda]].\n");
        assertThat(home.changed()).contains("index.html", "compute/lambda.html");
        assertThat(Files.readString(site.resolve("index.html"))).contains("Start at");
        assertSameAsFullBuild();

        edit("Storage/index.md", "# Storage\n\nAll about storing, in Amazon DynamoDB too.\n");
        assertThat(Files.readString(site.resolve("storage/index.html"))).contains("Amazon DynamoDB");
        assertSameAsFullBuild();

        edit("services/Queues.md", "# Queues\n\nAmazon SQS queues and Amazon SNS topics.\n");
        assertThat(site.resolve("_studysite/services/sns.html")).isRegularFile();
        assertSameAsFullBuild();
    }

    @Test
    void brokenLinksAreReportedAndFixedWithTheNote() throws IOException {
        IncrementalBuild.Outcome broken = edit("Unrelated.md", "# Unrelated\n\nSee [[Nowhere]].\n");
        assertThat(broken.result().diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("unresolved-link"));
        IncrementalBuild.Outcome fixed = edit("Unrelated.md", "# Unrelated\n\nSee [[EC2]].\n");
        assertThat(fixed.result().diagnostics()).noneMatch(d -> d.code().equals("unresolved-link"));
        assertSameAsFullBuild();
    }

    @Test
    void anErrorKeepsTheLastGoodSiteAndStateUntilFixed() throws IOException {
        Files.writeString(vault.resolve("studysite.yml"), "diagnostics:\n  unresolved-link: error\n");
        state = fullBuild(site).orElseThrow();
        String before = Files.readString(site.resolve("unrelated.html"));
        SiteState good = state;

        IncrementalBuild.Outcome broken = edit("Unrelated.md", "# Unrelated\n\nSee [[Nowhere]].\n");
        assertThat(broken.result().outcome()).isEqualTo(BuildResult.Outcome.CONTENT_ERRORS);
        assertThat(broken.result().written()).isFalse();
        assertThat(broken.result().diagnostics()).anySatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
        assertThat(broken.state()).isSameAs(good);
        assertThat(broken.changed()).isEmpty();
        assertThat(Files.readString(site.resolve("unrelated.html"))).isEqualTo(before);

        IncrementalBuild.Outcome fixed = edit("Unrelated.md", "# Unrelated\n\nSee [[EC2]].\n");
        assertThat(fixed.result().written()).isTrue();
        assertThat(fixed.result().diagnostics()).isEmpty();
        assertSameAsFullBuild();
    }

    @Test
    void whatOnlyAFullBuildCanTellIsLeftToOne() throws IOException {
        assertNeedsFullBuild("Compute/EC2.md", "---\ntitle: Elastic Compute Cloud\ntags: [aws/compute]\n---\n# EC2\n");
        assertNeedsFullBuild("Compute/EC2.md", "---\naliases: [Servers]\ntags: [aws/compute]\n---\n# EC2\n");
        assertNeedsFullBuild("New.md", "# New\n");
        assertNeedsFullBuild("Compute/Lambda.md", "---\ndraft: true\n---\n# Lambda\n");
        assertNeedsFullBuild("diagram.png", "changed");
        assertNeedsFullBuild(".obsidian/app.json", "{\"strictLineBreaks\": true}");
        assertNeedsFullBuild("New folder/Note.md", "# Note\n");

        Path deleted = vault.resolve("Unrelated.md");
        Files.delete(deleted);
        assertThat(IncrementalBuild.apply(state, Set.of(deleted))).isEmpty();
        Path folder = Files.createDirectories(vault.resolve("Empty folder"));
        assertThat(IncrementalBuild.apply(state, Set.of(folder))).isEmpty();
        assertThat(IncrementalBuild.apply(state, Set.of(tmp.resolve("theme/templates/note.peb")))).isEmpty();
    }

    @Test
    void aLinkAddedInAPropertyGivesTheSameSiteAsAFullBuild() throws IOException {
        IncrementalBuild.Outcome outcome = edit("Compute/EC2.md",
                "---\ntags: [aws/compute]\nup: \"[[Unrelated]]\"\n---\n# EC2\n\nAmazon EC2 runs servers.\n");
        assertThat(outcome.changed()).contains("unrelated.html", "compute/ec2.html");
        assertSameAsFullBuild();
    }

    @Test
    void removingTheLastWikilinkChangesWhereTitlesComeFromSoNeedsAFullBuild() throws IOException {
        vault = TestVault.write(tmp.resolve("plain"), "A.md", "# Alpha\n\nSee [[B]].\n", "B.md", "# Beta\n");
        state = fullBuild(tmp.resolve("plain-site")).orElseThrow();
        assertNeedsFullBuild("A.md", "# Alpha\n\nSee [B](B.md).\n");
        assertThat(IncrementalBuild.apply(state, Set.of(vault.resolve("A.md")))).isPresent();
    }

    private void assertNeedsFullBuild(String path, String text) throws IOException {
        Path file = vault.resolve(path);
        Files.createDirectories(file.getParent());
        String before = Files.exists(file) ? Files.readString(file) : null;
        Files.writeString(file, text);
        assertThat(IncrementalBuild.apply(state, Set.of(file))).as(path).isEmpty();
        if (before == null) {
            Files.delete(file);
        } else {
            Files.writeString(file, before);
        }
    }

    @Test
    void hiddenFilesChangeNothing() throws IOException {
        Path swap = vault.resolve("Storage/.S3.md.swp");
        Files.writeString(swap, "editor state");
        IncrementalBuild.Outcome outcome = IncrementalBuild.apply(state, Set.of(swap)).orElseThrow();
        assertThat(outcome.changed()).isEmpty();
        assertThat(outcome.followUp().isNone()).isTrue();
    }

    @Test
    void severalNotesSavedTogetherRebuildTogether() throws IOException {
        Path a = vault.resolve("Compute/EC2.md");
        Path b = vault.resolve("Storage/S3.md");
        Files.writeString(a, "---\ntags: [aws/compute]\n---\n# EC2\n\nAmazon EC2 and [[S3]].\n");
        Files.writeString(b, "---\ntags: [aws/storage]\n---\n# S3\n\nObjects, see [[EC2]].\n\n## Lifecycle\n\nGlacier.\n");
        IncrementalBuild.Outcome outcome = IncrementalBuild.apply(state, Set.of(a, b)).orElseThrow();
        state = outcome.state();
        outcome.followUp().render(state, searchIndex).writeTo();
        assertThat(outcome.changed()).contains("compute/ec2.html", "storage/s3.html");
        assertSameAsFullBuild();
        assertThat(List.of(outcome.result().stageTimes().keySet().toArray())).contains("parse", "render");
    }
}
