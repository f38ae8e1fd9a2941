package io.studysite.cli;

import io.studysite.testing.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code studysite serve}, run as a process: it serves, rebuilds on a save, and stops cleanly on a signal. */
class ServeCommandIT {
    private static final Pattern SERVING = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl-C to stop\\)");

    @Test
    void servesRebuildsAndStopsCleanlyLeavingNoTemporarySite(@TempDir Path tmp) throws Exception {
        Path vault = TestVault.write(tmp.resolve("vault"), "Note.md", "# Note\n\nFirst.\n");
        Path temp = Files.createDirectories(tmp.resolve("java-tmp"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temp, "-jar", System.getProperty("studysite.jar"),
                "serve", "--content", vault.toString(), "--port", "0").redirectErrorStream(true)
                // A file, not a pipe: the JDK closes a pipe under a reader when the process ends, losing its last lines.
                .redirectOutput(tmp.resolve("serve.log").toFile()).start();
        try {
            // A server that never says where it listens must not hang the build: it is killed after 90 s.
            CompletableFuture.delayedExecutor(90, TimeUnit.SECONDS).execute(process::destroyForcibly);
            String address = null;
            for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90); address == null && System.nanoTime() < deadline; ) {
                for (String line : Files.readAllLines(tmp.resolve("serve.log"))) {
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        address = m.group(1);
                    }
                }
                Thread.sleep(50);
            }
            assertThat(address).as("the serving line").isNotNull();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(address + "note.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("First.").contains("/_studysite-live/live.js");

            Files.writeString(vault.resolve("Note.md"), "# Note\n\nSecond.\n");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!http.send(HttpRequest.newBuilder(URI.create(address + "note.html")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().contains("Second.")) {
                assertThat(System.nanoTime()).as("rebuilt within 30 s").isLessThan(deadline);
                Thread.sleep(100);
            }
            try (Stream<Path> files = Files.list(temp)) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).anyMatch(name -> name.startsWith("studysite-serve-"));
            }

            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
            assertThat(Files.readAllLines(tmp.resolve("serve.log"))).contains("stopped");
            try (Stream<Path> files = Files.list(temp)) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).noneMatch(name -> name.startsWith("studysite-serve-"));
            }
            assertThat(TestVault.fingerprint(vault)).containsOnlyKeys("Note.md");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aPortAlreadyTakenIsAUsageErrorBeforeAnythingIsBuilt(@TempDir Path tmp) throws Exception {
        TestVault.write(tmp.resolve("vault"), "Note.md", "# Note\n");
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            StudysiteProcess.Run run = new StudysiteProcess(tmp.resolve("logs")).run(tmp,
                    "serve", "--content", "vault", "--out", "site", "--port", String.valueOf(port));
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).contains("error[usage]: cannot listen on 127.0.0.1:" + port + ": ");
            assertThat(tmp.resolve("site")).as("nothing built").doesNotExist();
        }
    }
}
