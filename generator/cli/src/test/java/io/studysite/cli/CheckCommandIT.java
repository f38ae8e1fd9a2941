package io.studysite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studysite.cli.StudysiteProcess.Run;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code studysite check}, run as a process: what it prints, its exit code, and that it writes nothing. */
class CheckCommandIT {
    @TempDir
    Path tmp;

    Path work;
    StudysiteProcess studysite;

    @BeforeEach
    void setUp() throws Exception {
        work = Files.createDirectory(tmp.resolve("work"));
        studysite = new StudysiteProcess(tmp.resolve("logs"));
    }

    private static final String BROKEN = """
            # Note

            See [[Missing]].
            ![[diagram.png]]
            """;

    @Test
    void aCleanVaultHasNoProblems() throws Exception {
        TestVault.write(work.resolve("vault"), "A.md", "# A\n\n[[B]]\n", "B.md", "# B\n");
        Run run = studysite.run(work, "check", "--content", "vault");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly("no problems in 2 notes");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void warningsArePrintedWithFileLineColumnAndHintsAndOnlyFailWithStrict() throws Exception {
        TestVault.write(work.resolve("vault"), "Note.md", BROKEN);
        Run run = studysite.run(work, "check", "--content", "vault");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "vault/Note.md:3:5: warning[unresolved-link]: no note named \"Missing\"",
                "vault/Note.md:4:1: warning[missing-attachment]: \"diagram.png\" is not in the vault",
                "    hint: add the file to the vault, or fix the name",
                "2 warnings in 1 file");
        assertThat(run.err()).isEmpty();

        Run strict = studysite.run(work, "check", "--content", "vault", "--strict");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out().lines()).startsWith(run.out().lines().toArray(String[]::new))
                .endsWith("(--strict: warnings count as errors)");
    }

    @Test
    void anErrorLevelProblemFailsWithExitCodeOne() throws Exception {
        TestVault.write(work.resolve("vault"), "Note.md", BROKEN,
                "studysite.yml", "diagnostics:\n  unresolved-link: error\n");
        Run run = studysite.run(work, "check", "--content", "vault");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                "vault/Note.md:3:5: error[unresolved-link]: no note named \"Missing\"",
                "vault/Note.md:4:1: warning[missing-attachment]: \"diagram.png\" is not in the vault",
                "    hint: add the file to the vault, or fix the name",
                "1 error, 1 warning in 1 file");
    }

    @Test
    void jsonIsOneDocumentWithEveryDiagnosticFieldByField() throws Exception {
        TestVault.write(work.resolve("vault"),
                "Café.md", "# Café\n\nSee [[Say \"hi\" \\ été 😀]] and [[ctl\u0001x]].\n![[tab\there.png]]\n",
                "Other.md", "[[Missing]]\n",
                "studysite.yml", "diagnostics:\n  unresolved-link: error\n");
        Run run = studysite.run(work, "check", "--content", "vault", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).isEmpty();

        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("errors").intValue()).isEqualTo(3);
        assertThat(root.get("warnings").intValue()).isEqualTo(1);
        assertThat(root.get("infos").intValue()).isZero();
        JsonNode all = root.get("diagnostics");
        assertThat(all.size()).isEqualTo(4);
        assertDiagnostic(all.get(0), "vault/Café.md", 3, 5, "error", "unresolved-link",
                "no note named \"Say \"hi\" \\ été 😀\"", null);
        // Columns count UTF-16 code units, as editors do: the emoji before it counts twice.
        assertDiagnostic(all.get(1), "vault/Café.md", 3, 31, "error", "unresolved-link",
                "no note named \"ctl\u0001x\"", null);
        assertDiagnostic(all.get(2), "vault/Café.md", 4, 1, "warning", "missing-attachment",
                "\"tab\there.png\" is not in the vault", "add the file to the vault, or fix the name");
        assertDiagnostic(all.get(3), "vault/Other.md", 1, 1, "error", "unresolved-link", "no note named \"Missing\"", null);
    }

    private static void assertDiagnostic(JsonNode d, String file, int line, int column, String severity, String code,
                                         String message, String hint) {
        assertThat(d.get("file").textValue()).isEqualTo(file);
        assertThat(d.get("line").intValue()).isEqualTo(line);
        assertThat(d.get("column").intValue()).isEqualTo(column);
        assertThat(d.get("severity").textValue()).isEqualTo(severity);
        assertThat(d.get("code").textValue()).isEqualTo(code);
        assertThat(d.get("message").textValue()).isEqualTo(message);
        if (hint == null) {
            assertThat(d.get("hint").isNull()).as("hint is null").isTrue();
        } else {
            assertThat(d.get("hint").textValue()).isEqualTo(hint);
        }
    }

    @Test
    void checkWritesNothingInTheContentTheSiteOrAnywhereInTheWorkingDirectory() throws Exception {
        TestVault.write(work.resolve("content"), "Note.md", BROKEN, "Other.md", "# Other\n");
        Run build = studysite.run(work, "build");
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(work.resolve("content-site/index.html")).exists();
        Map<String, String> before = StudysiteProcess.snapshot(work);

        for (List<String> args : List.of(List.of("check"), List.of("check", "--strict"),
                List.of("check", "--format", "json"), List.of("check", "--content", "content", "--strict", "--format", "json"))) {
            Run run = studysite.run(work, args.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", args)).isIn(0, 1);
            assertThat(StudysiteProcess.snapshot(work)).as(String.join(" ", args)).isEqualTo(before);
        }
    }

    @Test
    void checkOfAFreshVaultLeavesNoSiteBehind() throws Exception {
        Path vault = TestVault.write(work.resolve("content"), "Note.md", BROKEN);
        Map<String, String> before = StudysiteProcess.snapshot(work);
        assertThat(studysite.run(work, "check").exitCode()).isZero();
        assertThat(StudysiteProcess.snapshot(work)).isEqualTo(before);
        assertThat(work.resolve("site")).doesNotExist();
        assertThat(vault.resolve("Note.md")).hasContent(BROKEN);
    }

    @Test
    void usageAndConfigurationErrorsExitWithTwo() throws Exception {
        Run missing = studysite.run(work, "check", "--content", "nope");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("error[usage]: the content folder nope does not exist");
        assertThat(missing.out()).isEmpty();

        Run format = studysite.run(work, "check", "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("Invalid value for option '--format'");

        TestVault.write(work.resolve("vault"), "Note.md", "# Note\n", "studysite.yml", "title: [\n");
        Run config = studysite.run(work, "check", "--content", "vault");
        assertThat(config.exitCode()).isEqualTo(2);
        assertThat(config.err()).contains("vault/studysite.yml:2:1: error[invalid-config]: not valid YAML");
        // For tools, a configuration error is still one JSON document.
        Run json = studysite.run(work, "check", "--content", "vault", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(2);
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("errors").intValue()).isEqualTo(1);
        assertThat(root.get("diagnostics").get(0).get("code").textValue()).isEqualTo("invalid-config");
        assertThat(root.get("diagnostics").get(0).get("file").textValue()).isEqualTo("vault/studysite.yml");
    }

    @Test
    void helpListsTheOptions() throws Exception {
        Run help = studysite.run(work, "check", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--content", "--strict", "--format", "--theme");
        assertThat(studysite.run(work, "--help").out()).contains("check", "init");
    }
}
