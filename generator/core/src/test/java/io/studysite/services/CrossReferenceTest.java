package io.studysite.services;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.diag.Diagnostic;
import io.studysite.incremental.IncrementalBuild;
import io.studysite.incremental.SiteState;
import io.studysite.testing.SiteLinkChecker;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The cross-reference appears only in a vault about the catalog's cloud, or when studysite.yml says so. */
class CrossReferenceTest {
    /** Notes like Obsidian's help vault: "Connect cards", "Open search", "Override config folder", "Supporting organizations". */
    static final Path HELP_VAULT = TestVault.repository().resolve("generator/core/src/test/resources/vaults/obsidian-help");

    @TempDir
    Path tmp;

    @Test
    void aVaultAboutSomethingElseHasNoServicesLinkPagesOrChips() throws IOException {
        Path site = tmp.resolve("site");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(copy(HELP_VAULT), site));

        assertThat(result.written()).isTrue();
        assertThat(site.resolve("services")).doesNotExist();
        for (Path page : pages(site)) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            assertThat(html.select(".site-nav a").eachText()).as(page.toString()).doesNotContain("Services");
            assertThat(html.select(".service-chip, .note-services, .heading-services")).as(page.toString()).isEmpty();
            assertThat(html.select("a[href*=services/]")).as(page.toString()).isEmpty();
        }
        assertThat(SiteLinkChecker.check(site).problems()).isEmpty();
        assertThat(services(result.diagnostics())).singleElement().satisfies(d -> assertThat(d.message()).isEqualTo(
                "the service cross-reference is off: 1 of 43 notes (2 %) name 1 AWS service in their title, file name,"
                        + " folder, tags or headings (auto needs 25 % of the notes and 1 service);"
                        + " set services: on in studysite.yml to show it"));
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("services-off")).singleElement()
                .satisfies(d -> assertThat(d.file()).isNull());
    }

    @Test
    void theSampleVaultAboutAwsHasTheCrossReferenceAndSaysWhyWhenVerbose() throws IOException {
        Path site = tmp.resolve("site");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(TestVault.repository().resolve("content"), site));

        assertThat(site.resolve("services/index.html")).exists();
        assertThat(site.resolve("services/lambda.html")).exists();
        assertThat(Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").select(".site-nav a").eachText()).contains("Services");
        assertThat(services(result.diagnostics())).isEmpty();
        assertThat(result.verbose()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("services-on");
            assertThat(d.message()).startsWith("the service cross-reference is on: 2 of 2 notes (100 %) name ")
                    .endsWith("; set services: off in studysite.yml to hide it");
        });
    }

    @Test
    void servicesOnInStudysiteYmlShowsItForAnyVault() throws IOException {
        Path vault = copy(HELP_VAULT);
        Files.writeString(vault.resolve("studysite.yml"), "services: on\n");
        Path site = tmp.resolve("site");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, site));

        assertThat(site.resolve("services/index.html")).exists();
        assertThat(Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").select(".site-nav a").eachText()).contains("Services");
        assertThat(services(result.diagnostics())).isEmpty();
        assertThat(result.verbose()).singleElement().satisfies(d -> assertThat(d.message()).startsWith(
                "the service cross-reference is on because studysite.yml says services: on; 1 of 43 notes"));
    }

    @Test
    void servicesOffInStudysiteYmlHidesItForAnAwsVault() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"), "studysite.yml", "services:\n  show: off\n",
                "Lambda.md", "# AWS Lambda\n## Amazon SQS triggers\ntext\n");
        Path site = tmp.resolve("site");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, site));

        assertThat(site.resolve("services")).doesNotExist();
        assertThat(Jsoup.parse(site.resolve("lambda.html").toFile(), "UTF-8").select(".service-chip, .site-nav a:contains(Services)")).isEmpty();
        assertThat(services(result.diagnostics())).isEmpty();
        assertThat(result.verbose()).singleElement().satisfies(d -> assertThat(d.message()).isEqualTo(
                "the service cross-reference is off because studysite.yml says services: off; 1 of 1 note (100 %) name"
                        + " 2 AWS services in their title, file name, folder, tags or headings"));
    }

    @Test
    void aVaultThatNamesNoServiceSaysWhyOnlyWhenVerbose() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"), "Recipes.md", "# Recipes\n## Bread\nFlour.\n");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));

        assertThat(tmp.resolve("site/services")).doesNotExist();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.verbose()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("services-off");
            assertThat(d.message()).startsWith("the service cross-reference is off: 0 of 1 note (0 %) name an AWS service");
        });
    }

    @Test
    void aLowerCaseFolderTagOrFileNameNamesTheService() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"),
                "services/storage/s3/s3.md", "Buckets and keys.\n",
                "queues.md", "---\ntags: [sqs]\n---\nMessages.\n",
                "dynamodb.md", "Tables.\n",
                "Shopping list.md", "Milk.\n");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));

        assertThat(services(result.diagnostics())).isEmpty();
        assertThat(result.verbose()).singleElement().satisfies(d -> assertThat(d.message())
                .startsWith("the service cross-reference is on: 3 of 4 notes (75 %) name 3 AWS services"));
    }

    @Test
    void oneWordNamedInManyNotesIsNotEnough() throws IOException {
        // npm's documentation names its "workspaces" in 35 of 91 notes, and no other service.
        Path vault = TestVault.write(tmp.resolve("vault"),
                "npm-install.md", "## Workspaces\ntext\n", "npm-ci.md", "## Workspaces\ntext\n",
                "npm-link.md", "## Workspaces\ntext\n", "npm-ls.md", "## Workspaces\ntext\n",
                "npm-run.md", "## Workspaces\ntext\n", "npm-help.md", "## Usage\ntext\n");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));

        assertThat(tmp.resolve("site/services")).doesNotExist();
        assertThat(services(result.diagnostics())).singleElement().satisfies(d -> assertThat(d.message())
                .startsWith("the service cross-reference is off: 5 of 6 notes (83 %) name 1 AWS service")
                .contains("(auto needs 25 % of the notes and 2 services)"));
    }

    @Test
    void anEditThatMakesTheVaultAboutAwsNeedsAFullBuild() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"),
                "Recipes.md", "# Recipes\n## Bread\nFlour.\n", "Garden.md", "# Garden\n## Tomatoes\nWater.\n");
        AtomicReference<SiteState> kept = new AtomicReference<>();
        new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")), kept::set);
        assertThat(kept.get().allSections()).allSatisfy(s -> assertThat(s.services()).isEmpty());

        Path recipes = vault.resolve("Recipes.md");
        Files.writeString(recipes, "# Recipes\n## Bread\nFlour, see AWS Lambda.\n");
        IncrementalBuild.Outcome unchanged = IncrementalBuild.apply(kept.get(), Set.of(recipes)).orElseThrow();
        assertThat(unchanged.result().written()).isTrue();

        Files.writeString(recipes, "# Recipes\n## AWS Lambda\n## Amazon S3\n## Amazon SQS\n");
        assertThat(IncrementalBuild.apply(unchanged.state(), Set.of(recipes))).as("the cross-reference appears").isEmpty();
    }

    private Path copy(Path vault) {
        Path to = tmp.resolve("vault");
        try (Stream<Path> walk = Files.walk(vault)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(vault.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    private static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static List<Diagnostic> services(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.code().startsWith("services-")).toList();
    }
}
