package io.studysite.cli;

import io.studysite.testing.TestVault;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exit codes of the jar run as a process: what is wrong in the vault is 0 or 1 by its severity, never 3; running
 * out of stack or memory outside any one note is studysite's own failure, 3, never "content errors".
 */
class ExitCodesIT {
    @TempDir
    Path tmp;

    record Run(int exitCode, String out, String err) {}

    private Run studysite(List<String> jvm, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", System.getProperty("studysite.jar")));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "stdout", ".txt");
        Path err = Files.createTempFile(tmp, "stderr", ".txt");
        Process process = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("studysite finished in time").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run studysite(String... args) throws IOException, InterruptedException {
        return studysite(List.of(), args);
    }

    @Test
    void aNoteNamedAtTheFileSystemsLimitIsPublished() throws Exception {
        String name = "n".repeat(252);
        TestVault.write(tmp.resolve("vault"), "Ordinary.md", "# Ordinary\n[[" + name + "]]\n", name + ".md", "# Long\n");

        Run run = studysite("build", "--content", "vault", "--out", "site");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("info[name-shortened]").doesNotContain("internal error");
        assertThat(tmp.resolve("site/ordinary.html")).exists();
    }

    @Test
    void anUnreadableFolderIsAWarningAndTheSiteIsWritten() throws Exception {
        Path vault = TestVault.write(tmp.resolve("vault"), "Ordinary.md", "# Ordinary\n", "locked/Inside.md", "# Inside\n");
        Files.setPosixFilePermissions(vault.resolve("locked"), PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(vault.resolve("locked")),
                    "this user reads folders whatever their permissions (root): nothing to check");
            Run run = studysite("build", "--content", "vault", "--out", "site");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).contains("vault/locked: warning[unreadable-file]: cannot read the folder (permission denied)");
            assertThat(tmp.resolve("site/ordinary.html")).exists();
        } finally {
            Files.setPosixFilePermissions(vault.resolve("locked"), PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void runningOutOfStackOutsideAnyNoteIsAnInternalErrorAndTheSiteStays() throws Exception {
        TestVault.write(tmp.resolve("vault"), "Note.md", "# Note\n");
        assertThat(studysite("build", "--content", "vault", "--out", "site").exitCode()).isZero();
        byte[] before = Files.readAllBytes(tmp.resolve("site/index.html"));
        // A theme whose home page includes itself: the listing pages are the build's, not one note's.
        TestVault.write(tmp.resolve("theme"), "templates/home.peb", "{% include \"home.peb\" %}");

        Run run = studysite(List.of("-Xmx256m"), "build", "--content", "vault", "--out", "site", "--theme", "theme");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("studysite: internal error: java.lang.StackOverflowError");
        assertThat(tmp.resolve("site/index.html")).hasBinaryContent(before);
    }

    @Test
    void runningOutOfMemoryIsAnInternalErrorNotAContentError() throws Exception {
        TestVault.write(tmp.resolve("vault"), "Note.md", "# Note\n" + "S3 and EC2 words. ".repeat(2_000) + "\n");

        Run run = studysite(List.of("-Xmx10m"), "build", "--content", "vault", "--out", "site");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("studysite: internal error: java.lang.OutOfMemoryError");
    }

    @Test
    void controlCharactersInNamesAndLinksReachTheTerminalEscaped() throws Exception {
        TestVault.write(tmp.resolve("vault"), "Note.md", "# Note\n![[img\u001bc.png]] [[Evil\u202egpj.md]]\n");

        Run run = studysite("check", "--content", "vault");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String all = run.out() + run.err();
        assertThat(all).contains("img\\x1bc.png", "Evil\\u202egpj.md");
        assertThat(all.chars()).noneMatch(c -> c == 0x1b || c == 0x202e);
    }

    @Test
    void serveRefusesAnOutputFolderThatHoldsTheVaultInsteadOfServingIt() throws Exception {
        TestVault.write(tmp.resolve("h/notes"), "Note.md", "# Note\n");
        Files.writeString(tmp.resolve("h/secret.txt"), "beside the vault");

        Run run = studysite("serve", "--content", "h/notes", "--out", "h", "--port", "0");

        assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
        assertThat(run.err()).contains("error[usage]: the output folder h contains the content folder h/notes");
        assertThat(tmp.resolve("h/secret.txt")).hasContent("beside the vault");
    }
}
