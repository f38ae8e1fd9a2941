package io.studysite.serve;

import io.studysite.BuildOptions;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded load on loopback: 8 clients fetch every file of the sample site for 30 seconds, while the
 * vault is saved every few seconds so rebuilds run under load too. No request may fail.
 */
class ServeLoadIT {
    private static final Duration LOAD = Duration.ofSeconds(30);

    @Test
    void thirtySecondsOfParallelRequestsWithoutAnError(@TempDir Path tmp) throws Exception {
        Path vault = TestVault.write(tmp.resolve("vault"), "Note.md", "# Note\n\nVersion 0.\n", "Other.md", "# Other\n\n[[Note]]\n");
        try (DevServer server = DevServer.start(BuildOptions.of(vault, tmp.resolve("site")), "127.0.0.1", 0, line -> { })) {
            List<String> paths = new ArrayList<>();
            Path site = tmp.resolve("site");
            try (Stream<Path> files = Files.walk(site)) {
                files.filter(Files::isRegularFile).map(p -> site.relativize(p).toString()).filter(p -> !p.startsWith("_studysite/search"))
                        .forEach(paths::add);
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            AtomicLong requests = new AtomicLong();
            List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            long end = System.nanoTime() + LOAD.toNanos();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                int offset = c;
                running.add(clients.submit(() -> {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        String path = paths.get(i % paths.size());
                        try {
                            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(server.address() + path))
                                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                            // A rebuild swaps the folder: a request at that instant may miss the page, never fail otherwise.
                            if (response.statusCode() != 200 && response.statusCode() != 404) {
                                failures.add(path + ": " + response.statusCode());
                            }
                        } catch (Exception e) {
                            failures.add(path + ": " + e);
                        }
                        requests.incrementAndGet();
                    }
                }));
            }
            for (int save = 1; System.nanoTime() < end; save++) {
                Thread.sleep(3000);
                Files.writeString(vault.resolve("Note.md"), "# Note\n\nVersion " + save + ".\n");
            }
            for (Future<?> f : running) {
                f.get();
            }
            clients.shutdown();
            System.out.printf("serve: %d requests in %d s from 8 clients, %d failures%n", requests.get(), LOAD.toSeconds(), failures.size());
            assertThat(failures).isEmpty();
            assertThat(requests.get()).isGreaterThan(1000);
        }
    }
}
