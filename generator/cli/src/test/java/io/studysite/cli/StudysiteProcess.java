package io.studysite.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.studysite.testing.TestVault;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the shaded jar as a user does, as a separate process; its stdout and stderr are kept in {@code logs},
 * outside the folder it runs in, so a test can assert that a command wrote nothing there.
 */
final class StudysiteProcess {
    record Run(int exitCode, String out, String err) {}

    private final Path logs;

    StudysiteProcess(Path logs) {
        this.logs = logs;
    }

    Run run(Path workingDirectory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", System.getProperty("studysite.jar")));
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = logs.resolve("stdout.txt");
        Path err = logs.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("studysite finished in time").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Every file (by content hash) and every folder under {@code root}: equal snapshots mean nothing was written. */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> all = new TreeMap<>(TestVault.fingerprint(root));
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isDirectory).forEach(d -> all.put(root.relativize(d) + "/", "folder"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
