package io.studysite.cli;

import io.studysite.testing.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code studysite} launcher script that the package leaves beside the jar, run as a user runs it. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the POSIX sh launcher; Windows uses studysite.cmd")
class LauncherIT {
    @TempDir
    Path tmp;

    record Run(int exitCode, String out, String err) {}

    private Run launch(Path script, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectOutput(tmp.resolve("stdout.txt").toFile()).redirectError(tmp.resolve("stderr.txt").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("studysite finished in time").isTrue();
        return new Run(process.exitValue(), Files.readString(tmp.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    private static Path launcher() {
        return Path.of(System.getProperty("studysite.launcher"));
    }

    @Test
    void bothScriptsSitBesideTheJarAndTheShellOneIsExecutable() throws IOException {
        assertThat(launcher()).isExecutable().hasParent(Path.of(System.getProperty("studysite.jar")).getParent());
        assertThat(Files.readString(launcher().resolveSibling("studysite.cmd"))).contains("studysite.jar", "JAVA_OPTS");
        assertThat(Files.readString(launcher())).doesNotContain("@project.version@");
    }

    @Test
    void runsTheJarBesideItThroughASymlinkAndKeepsAClassArchiveForLaterRuns() throws Exception {
        TestVault.write(tmp.resolve("vault"), "Note.md", "# Note\n");
        Path link = TestVault.symlink(Files.createDirectories(tmp.resolve("bin")).resolve("studysite"), launcher());

        Run first = launch(link, Map.of(), "build", "--content", "vault", "--out", "site");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("built 1 note into " + tmp.resolve("site").resolve("index.html"));
        assertThat(first.err()).isEmpty();
        try (var archives = Files.list(tmp.resolve("cache/studysite"))) {
            assertThat(archives.map(p -> p.getFileName().toString()).toList()).singleElement().asString().endsWith(".jsa");
        }

        Path classes = tmp.resolve("classes.log");
        Run second = launch(link, Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + classes), "build", "--content", "vault", "--out", "site");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(Files.readString(classes)).as("classes mapped from the archive").contains("io.studysite.cli.Main source: shared objects file (top)");
    }

    @Test
    void passesArgumentsAsTheyAreAndHonoursJavaOpts() throws Exception {
        TestVault.write(tmp.resolve("my vault"), "Note.md", "# Note\n");
        Run spaced = launch(launcher(), Map.of(), "check", "--content", "my vault");
        assertThat(spaced.exitCode()).as(spaced.err()).isZero();

        Run withOptions = launch(launcher(), Map.of("JAVA_OPTS", "-showversion"), "--version");
        assertThat(withOptions.exitCode()).as(withOptions.err()).isZero();
        assertThat(withOptions.err()).contains("version \"" + System.getProperty("java.version"));
        assertThat(withOptions.out()).startsWith("studysite ");
    }

    @Test
    void anUnwritableCacheOnlyCostsTheArchive() throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("cache-file"), "");
        Run run = launch(launcher(), Map.of("XDG_CACHE_HOME", notAFolder.toString()), "--version");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
    }
}
