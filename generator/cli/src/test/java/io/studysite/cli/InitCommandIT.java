package io.studysite.cli;

import io.studysite.cli.StudysiteProcess.Run;
import io.studysite.testing.SiteLinkChecker;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code studysite init}, run as a process: the starter vault, and what it refuses to touch. */
class InitCommandIT {
    @TempDir
    Path tmp;

    Path work;
    StudysiteProcess studysite;

    @BeforeEach
    void setUp() throws Exception {
        work = Files.createDirectory(tmp.resolve("work"));
        studysite = new StudysiteProcess(tmp.resolve("logs"));
    }

    @Test
    void createsTheStarterVaultAndPrintsTheNextCommands() throws Exception {
        Run run = studysite.run(work, "init", "notes");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        Path vault = work.resolve("notes");
        try (var files = Files.list(vault)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("studysite.yml", "Welcome.md", "Study plan.md");
        }
        assertThat(Files.readString(vault.resolve("studysite.yml"))).contains("\ntitle: \"notes\"\n",
                "# description:", "# baseUrl:", "#   exam: DVA-C02", "# diagnostics:");
        assertThat(Files.readString(vault.resolve("Welcome.md"))).contains("[[Study plan]]", "\n## S3\n",
                "> [!tip]", "#aws", "```bash");
        assertThat(run.out().lines()).contains(
                "created a starter vault in notes:",
                "  notes/studysite.yml", "  notes/Welcome.md", "  notes/Study plan.md",
                "  studysite check --content notes",
                "  studysite build --content notes --out notes-site");
    }

    @Test
    void theStarterVaultBuildsAndChecksWithoutASingleDiagnostic() throws Exception {
        assertThat(studysite.run(work, "init", "notes").exitCode()).isZero();

        Run check = studysite.run(work, "check", "--content", "notes", "--strict");
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out().lines()).containsExactly("no problems in 2 notes");

        Run build = studysite.run(work, "build", "--content", "notes", "--out", "notes-site", "--strict");
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.err()).as("no diagnostics").isEmpty();
        assertThat(build.out()).startsWith("built 2 notes into ");

        Path site = work.resolve("notes-site");
        SiteLinkChecker.Report links = SiteLinkChecker.check(site);
        assertThat(links.ok()).as(links.describe()).isTrue();
        Document welcome = Jsoup.parse(site.resolve("welcome.html").toFile(), "UTF-8");
        assertThat(welcome.select("a[href=study-plan.html]")).isNotEmpty();
        assertThat(welcome.select("h2#s3")).hasSize(1);
        assertThat(welcome.select(".callout")).hasSize(1);
        assertThat(welcome.select("a[href=tags/aws.html]")).isNotEmpty();
        assertThat(welcome.select("pre code")).isNotEmpty();
        Document s3 = Jsoup.parse(site.resolve("services/s3.html").toFile(), "UTF-8");
        assertThat(s3.select("a[href*=welcome.html]")).isNotEmpty();
        Document plan = Jsoup.parse(site.resolve("study-plan.html").toFile(), "UTF-8");
        assertThat(plan.select("a[href=welcome.html#s3]")).isNotEmpty();
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndTouchesNothing() throws Exception {
        Path vault = TestVault.write(work.resolve("notes"), "Welcome.md", "mine\n");
        Map<String, String> before = StudysiteProcess.snapshot(work);
        Run run = studysite.run(work, "init", "notes");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("studysite: error[usage]: notes is not empty; init creates a vault only in a new or empty folder, and never overwrites anything");
        assertThat(run.out()).isEmpty();
        assertThat(StudysiteProcess.snapshot(work)).isEqualTo(before);
        assertThat(vault.resolve("Welcome.md")).hasContent("mine\n");

        Files.writeString(work.resolve("a-file"), "x", StandardCharsets.UTF_8);
        Run file = studysite.run(work, "init", "a-file");
        assertThat(file.exitCode()).isEqualTo(2);
        assertThat(file.err()).contains("a-file exists and is not a folder");
        assertThat(work.resolve("a-file")).hasContent("x");

        Files.createDirectories(work.resolve("hidden"));
        Files.writeString(work.resolve("hidden/.obsidian"), "", StandardCharsets.UTF_8);
        assertThat(studysite.run(work, "init", "hidden").exitCode()).isEqualTo(2);
    }

    @Test
    void fillsAnEmptyFolderAndQuotesNamesTheShellWouldSplit() throws Exception {
        Files.createDirectories(work.resolve("my notes"));
        Run run = studysite.run(work, "init", "my notes/");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(work.resolve("my notes/studysite.yml"))).contains("\ntitle: \"my notes\"\n");
        assertThat(run.out().lines()).contains(
                "  studysite check --content 'my notes'",
                "  studysite build --content 'my notes' --out 'my notes-site'");
    }

    @Test
    void initWithoutAFolderIsAUsageError() throws Exception {
        Run run = studysite.run(work, "init");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter: 'DIR'");
    }
}
