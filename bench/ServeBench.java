import io.studysite.BuildOptions;
import io.studysite.serve.DevServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Edit-to-reload time of {@code studysite serve}: starts the dev server on a vault (into a temporary site),
 * listens to the page event stream as an open page does, then appends a line to one note N times and
 * measures from each save to the "reload" event, the moment an open page starts reloading, and to the end of
 * the follow-up (service pages, graph, search) that comes after it; each edit waits for the last one's follow-up.
 *
 *   java -cp generator/cli/target/studysite.jar bench/ServeBench.java VAULT [RUNS]
 *
 * The vault is copied first: the benchmark never edits the vault it is given.
 */
public class ServeBench {
    /** A reload of everything ({@code {}}) or of some note pages, not only of service or graph pages. */
    static boolean reloadsNotes(String data) {
        if (data.equals("data: {}")) return true;
        java.util.regex.Matcher page = java.util.regex.Pattern.compile("\"([^\"]+\\.html)\"").matcher(data);
        while (page.find()) {
            if (!page.group(1).startsWith("services/") && !page.group(1).startsWith("graph/")) return true;
        }
        return false;
    }

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
        BlockingQueue<String> followUps = new LinkedBlockingQueue<>();
        try (DevServer server = DevServer.start(BuildOptions.of(vault, work.resolve("site")), "127.0.0.1", 0, line -> {
            System.out.println("  " + line);
            if (line.startsWith("followed up")) followUps.add(line);
        })) {
            System.out.printf("first build and start: %d ms (%d notes)%n", (System.nanoTime() - t0) / 1_000_000, server.lastBuild().notes());
            HttpResponse<Stream<String>> events = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.address() + "_studysite-live/events")).build(), HttpResponse.BodyHandlers.ofLines());
            Iterator<String> lines = events.body().iterator();
            for (int run = 1; run <= runs; run++) {
                long saved = System.nanoTime();
                Files.writeString(note, Files.readString(note) + "\nSaved in run " + run + ".\n");
                // Diagnostics and keep-alives come first, and the last edit's follow-up may have reloaded its service pages.
                while (!(lines.next().equals("event: reload") && reloadsNotes(lines.next()))) {
                }
                System.out.printf("run %d: edit to reload %d ms (%s)%n", run, (System.nanoTime() - saved) / 1_000_000, vault.relativize(note));
                // The service pages, graph and search follow in the background; the next edit waits for them.
                String followUp = followUps.poll(10, TimeUnit.MINUTES);
                System.out.printf("run %d: edit to follow-up done %d ms%n", run, (System.nanoTime() - saved) / 1_000_000);
                if (followUp == null) throw new IllegalStateException("no follow-up within 10 minutes");
            }
        }
    }
}
