import io.studysite.BuildOptions;
import io.studysite.serve.DevServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Edit-to-reload time of {@code studysite serve}: starts the dev server on a vault (into a temporary site),
 * listens to the page event stream as an open page does, then appends a line to one note N times and
 * measures from each save to the "reload" event, the moment an open page starts reloading.
 *
 *   java -cp generator/cli/target/studysite.jar bench/ServeBench.java VAULT [RUNS]
 *
 * The vault is copied first: the benchmark never edits the vault it is given.
 */
public class ServeBench {
    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("studysite-serve-bench-");
        Path vault = work.resolve("vault");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = vault.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target); else Files.copy(p, target);
            }
        }
        Path note;
        try (Stream<Path> notes = Files.walk(vault)) {
            note = notes.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        long t0 = System.nanoTime();
        try (DevServer server = DevServer.start(BuildOptions.of(vault, work.resolve("site")), "127.0.0.1", 0, line -> System.out.println("  " + line))) {
            System.out.printf("first build and start: %d ms (%d notes)%n", (System.nanoTime() - t0) / 1_000_000, server.lastBuild().notes());
            HttpResponse<Stream<String>> events = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.address() + "_studysite-live/events")).build(), HttpResponse.BodyHandlers.ofLines());
            Iterator<String> lines = events.body().iterator();
            for (int run = 1; run <= runs; run++) {
                long saved = System.nanoTime();
                Files.writeString(note, Files.readString(note) + "\nSaved in run " + run + ".\n");
                while (!lines.next().equals("event: reload")) {
                    // diagnostics and keep-alives come first
                }
                System.out.printf("run %d: edit to reload %d ms (%s)%n", run, (System.nanoTime() - saved) / 1_000_000, vault.relativize(note));
            }
        }
    }
}
