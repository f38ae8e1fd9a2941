package io.studysite.cli;

import io.studysite.testing.SiteLinkChecker;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The runnable jar, run as a user runs it: a separate process, its exit code, stdout and stderr. */
class CliIT {
    @TempDir
    Path tmp;

    record Run(int exitCode, String out, String err) {}

    private Run studysite(Path workingDirectory, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("studysite.jar");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        command.addAll(List.of(args));
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("studysite finished in time").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void buildsTheSampleVaultAndReportsDiagnosticsRelativeToTheWorkingDirectory() throws Exception {
        Path repo = TestVault.repository();
        Path site = tmp.resolve("site");
        Run run = studysite(repo, "build", "--content", "content", "--out", site.toString(), "--verbose");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("built 2 notes into " + site.resolve("index.html"));
        List<String> lines = run.err().lines().toList();
        assertThat(lines).contains(
                "content/AWS Developer Associate.md:1:1: warning[unresolved-link]: no note named \"Sviluppo\"",
                "content/AWS Developer Associate.md:63:1: warning[missing-attachment]: \"Pasted image 20220205104444.png\" is not in the vault",
                "    hint: add the file to the vault, or fix the name");
        assertThat(lines).contains("content/aws-certified-developer-notes.md: info[jekyll-dialect]: treated as Jekyll: Liquid tag {% include toc %} on line 8");
        assertThat(lines).anyMatch(l -> l.matches("20 warnings, 1 info message in 2 files"));
        assertThat(lines).anyMatch(l -> l.matches("  parse +\\d+ ms"));
        SiteLinkChecker.Report links = SiteLinkChecker.check(site);
        assertThat(links.ok()).as(links.describe()).isTrue();
    }

    @Test
    void strictMakesWarningsFailWithExitCodeOneAndWritesNothing() throws Exception {
        Path vault = TestVault.write(tmp.resolve("vault"), "Note.md", "[[Missing]]\n");
        Run run = studysite(tmp, "build", "--content", "vault", "--out", "site", "--strict");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("vault/Note.md:1:1: warning[unresolved-link]: no note named \"Missing\"");
        assertThat(tmp.resolve("site")).doesNotExist();
        assertThat(vault.resolve("Note.md")).hasContent("[[Missing]]\n");
    }

    @Test
    void aOneNoteVaultIsCountedInTheSingular() throws Exception {
        TestVault.write(tmp.resolve("vault"), "Note.md", "# Note\n");
        Run run = studysite(tmp, "build", "--content", "vault", "--out", "site");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("built 1 note into ");
    }

    @Test
    void byDefaultTheSiteGoesBesideTheContentNamedAfterItAndSearchFindsItThere() throws Exception {
        // A repository that keeps its vault in content/ and has a site/ folder of its own, like this one.
        Path project = TestVault.write(tmp.resolve("project"), "content/Lambda.md", "# Lambda\n\nFunctions run on demand.\n",
                "site/pom.xml", "<project/>\n");
        Run build = studysite(project, "build");
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.out()).startsWith("built 1 note into " + project.resolve("content-site").resolve("index.html"));
        assertThat(TestVault.fingerprint(project.resolve("site"))).containsOnlyKeys("pom.xml");
        Run search = studysite(project, "search", "functions");
        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(search.out()).contains("Lambda", "content-site" + java.io.File.separator + "lambda.html");

        Run fromInside = studysite(project.resolve("content"), "build", "--content", ".");
        assertThat(fromInside.exitCode()).as(fromInside.err()).isZero();
        assertThat(fromInside.out()).startsWith("built 1 note into " + project.resolve("content-site").resolve("index.html"));
        assertThat(TestVault.fingerprint(project.resolve("content"))).containsOnlyKeys("Lambda.md");
    }

    @Test
    void anOutputFolderInsideTheContentIsAUsageError() throws Exception {
        TestVault.write(tmp.resolve("vault"), "Note.md", "# Note\n");
        Run run = studysite(tmp, "build", "--content", "vault", "--out", "vault/site");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error[usage]: the output folder vault/site lies inside the content folder");
        assertThat(tmp.resolve("vault/site")).doesNotExist();
    }

    @Test
    void aMissingContentFolderAndAnUnknownOptionAreUsageErrors() throws Exception {
        assertThat(studysite(tmp, "build", "--content", "nope").exitCode()).isEqualTo(2);
        Run unknown = studysite(tmp, "build", "--frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void helpAndVersionExitCleanly() throws Exception {
        Run help = studysite(tmp, "build", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--content", "--out", "--theme", "--strict", "--verbose");
        Run version = studysite(tmp, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out().strip()).matches("studysite \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void searchListsNotesWithTheirBestSectionsUnderneath() throws Exception {
        Path repo = TestVault.repository();
        Path site = tmp.resolve("site");
        assertThat(studysite(repo, "build", "--content", "content", "--out", site.toString()).exitCode()).isZero();
        Run run = studysite(repo, "search", "cloudformation", "--out", site.toString(), "--limit", "20");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // One line per note (its title, never repeated below), its best sections indented under it.
        List<String> notes = run.out().lines().filter(l -> !l.startsWith(" ") && !l.isBlank()).toList();
        assertThat(notes).hasSize(2).allMatch(l -> l.matches(".+  \\(\\d+ sections?\\)"));
        assertThat(notes).anyMatch(l -> l.startsWith("AWS Developer Associate  ("));
        assertThat(notes).anyMatch(l -> l.startsWith("aws certified Developper notes  ("));
        List<String> sections = run.out().lines().filter(l -> l.matches("  \\S.*  \\([0-9.]+\\)")).toList();
        assertThat(sections).hasSizeBetween(2, 6).anyMatch(l -> l.startsWith("  CloudFormation (IaaS)  ("));
        assertThat(sections).noneMatch(l -> l.contains("aws certified Developper notes ›") || l.contains("AWS Developer Associate ›"));
        assertThat(run.out()).contains("aws-certified-developer-notes.html#cloudformation-1");
        // The limit counts notes.
        List<String> one = studysite(repo, "search", "cloudformation", "--out", site.toString(), "--limit", "1").out()
                .lines().filter(l -> !l.startsWith(" ") && !l.isBlank()).toList();
        assertThat(one).containsExactly(notes.get(0));
    }

    @Test
    void searchPrintsJsonAndFiltersByTag() throws Exception {
        Path repo = TestVault.repository();
        Path site = tmp.resolve("site");
        studysite(repo, "build", "--content", "content", "--out", site.toString());
        Run run = studysite(repo, "search", "dynamodb", "--out", site.toString(), "--tag", "certification", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).startsWith("{\"query\": \"dynamodb\", \"respelt\": false").endsWith("]}");
        assertThat(run.out()).contains("\"note\": \"aws-certified-developer-notes.md\"")
                .doesNotContain("\"note\": \"AWS Developer Associate.md\"");
        assertThat(run.out()).contains("\"place\": \"aws certified Developper notes › DynamoDB\"", "\"headings\": [\"DynamoDB\"]");
        assertThat(run.out()).containsOnlyOnce("\"title\": \"aws certified Developper notes\"");
    }

    @Test
    void searchWithPrefixFindsDynamoDbFromDynamo() throws Exception {
        Path repo = TestVault.repository();
        Path site = tmp.resolve("site");
        studysite(repo, "build", "--content", "content", "--out", site.toString());
        Run run = studysite(repo, "search", "dynamo", "--prefix", "--out", site.toString(), "--limit", "50");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("aws certified Developper notes  (", "\n  DynamoDB  (", "\n  Serverless stack › DynamoDB  (");
        // Submitted, a last word no note uses is a prefix too: the same results as the search page's.
        assertThat(studysite(repo, "search", "dynamo", "--out", site.toString(), "--limit", "50").out()).isEqualTo(run.out());
    }

    @Test
    void aMisspeltSearchShowsTheRespellingsResultsUnlessAskedForTheWordsAsTyped() throws Exception {
        Path repo = TestVault.repository();
        Path site = tmp.resolve("site");
        studysite(repo, "build", "--content", "content", "--out", site.toString());
        Run respelt = studysite(repo, "search", "cloudfromation", "--out", site.toString());
        assertThat(respelt.out()).startsWith("showing results for \"cloudformation\": no note matches \"cloudfromation\"")
                .contains("AWS Developer Associate  (");
        assertThat(studysite(repo, "search", "cloudfromation", "--as-typed", "--out", site.toString()).out())
                .isEqualTo("no note matches \"cloudfromation\"\ndid you mean: cloudformation\n");
        assertThat(studysite(repo, "search", "cloudfromation", "--json", "--out", site.toString()).out())
                .startsWith("{\"query\": \"cloudformation\", \"respelt\": true");
    }

    @Test
    void searchWithoutABuiltSiteIsAUsageError() throws Exception {
        Run run = studysite(tmp, "search", "lambda", "--out", "nowhere");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no search index for nowhere; build the site first");
    }
}
