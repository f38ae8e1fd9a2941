package io.studysite.serve;

import io.studysite.BuildOptions;
import io.studysite.search.Packed;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dev server over real HTTP on loopback: what it serves, what it refuses, and rebuilding on change. */
class DevServerTest {
    @TempDir
    Path tmp;
    Path vault;
    DevServer server;
    final List<String> log = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException {
        vault = TestVault.write(tmp.resolve("vault"),
                "Note.md", "# Note\n\nFirst version, see [[Other]].\n",
                "Other.md", "# Other\n\nThe other note.\n",
                "Café crème.md", "# Café crème\n\nAccents.\n");
        Files.writeString(tmp.resolve("secret.txt"), "outside the site");
        server = DevServer.start(BuildOptions.of(vault, tmp.resolve("site")), "127.0.0.1", 0, log::add);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private HttpResponse<String> get(String rawPath) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.address() + rawPath.substring(1))).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends a raw request line, for paths HttpClient would refuse or normalise. */
    private String rawStatusLine(String target) throws IOException {
        return rawStatusLine(target, "Host: localhost\r\n");
    }

    private String rawStatusLine(String target, String hostHeader) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\n" + hostHeader + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
        }
    }

    @Test
    void servesTheSiteOnLoopbackWithTypesCachingHeadersAndTheLiveScript() throws Exception {
        assertThat(server.address().getHost()).isEqualTo("127.0.0.1");
        HttpResponse<String> page = get("/note.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(page.body()).contains("First version").contains("<script src=\"/_studysite-live/live.js\"></script></body>");
        assertThat(Files.readString(tmp.resolve("site/note.html"))).doesNotContain("_studysite-live");

        assertThat(get("/").body()).contains("<main id=\"content\" class=\"home\"");
        assertThat(get("/caf%C3%A9-cr%C3%A8me.html").statusCode()).isEqualTo(200);
        assertThat(get("/_studysite/style.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get("/_studysite/page.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(get("/_studysite-live/live.js").body()).contains("EventSource");

        String etag = page.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(server.address() + "note.html"))
                .header("If-None-Match", etag).GET().build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        HttpResponse<String> head = send(HttpRequest.newBuilder(URI.create(server.address() + "note.html"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
            HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(server.address() + "note.html"))
                    .method(method, HttpRequest.BodyPublishers.ofString("x")).build());
            assertThat(refused.statusCode()).as(method).isEqualTo(405);
            assertThat(refused.headers().firstValue("Allow")).hasValue("GET, HEAD");
        }
    }

    @Test
    void nothingOutsideTheSiteFolderIsServed() throws Exception {
        Path site = tmp.resolve("site");
        Files.createSymbolicLink(tmp.resolve("link-out"), tmp.resolve("secret.txt"));
        // A link inside the site that leads out (made after the build, as a user or a tool might).
        Files.createSymbolicLink(site.resolve("escape.txt"), tmp.resolve("secret.txt"));
        for (String target : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt",
                "/_studysite/..%2f..%2fsecret.txt", "/..%5csecret.txt", "/%252e%252e/secret.txt", "/note.html%00.txt",
                "/escape.txt", "/%c0%ae%c0%ae/secret.txt")) {
            assertThat(rawStatusLine(target)).as(target).isEqualTo("HTTP/1.1 404 Not Found");
        }
        // Malformed escapes: refused before they reach the files.
        for (String target : List.of("/%", "/%zz", "/note%.html")) {
            assertThat(rawStatusLine(target)).as(target).isIn("HTTP/1.1 400 Bad Request", "HTTP/1.1 404 Not Found");
        }
        assertThat(get("/missing.html").body()).contains("Page not found");
    }

    @Test
    void onlyRequestsToLoopbackNamesAreAnswered() throws Exception {
        int port = server.address().getPort();
        for (String host : List.of("localhost", "localhost:" + port, "LocalHost:" + port, "127.0.0.1:" + port, "127.0.0.1",
                "[::1]:" + port, "[::1]")) {
            assertThat(rawStatusLine("/note.html", "Host: " + host + "\r\n")).as(host).isEqualTo("HTTP/1.1 200 OK");
        }
        // A page elsewhere that rebinds its own name to 127.0.0.1 sends that name.
        for (String host : List.of("attacker.example", "attacker.example:" + port, "localhost.attacker.example",
                "127.0.0.1.nip.io:" + port, "192.168.1.20:" + port, "localhost:x", "[::1]x", "")) {
            assertThat(rawStatusLine("/note.html", "Host: " + host + "\r\n")).as(host).isEqualTo("HTTP/1.1 403 Forbidden");
        }
        assertThat(rawStatusLine("/note.html", "")).isEqualTo("HTTP/1.1 403 Forbidden");
    }

    @Test
    void anOutputFolderThatHoldsTheVaultIsRefusedNotServed() throws Exception {
        Map<String, String> before = TestVault.fingerprint(tmp);
        for (Path out : List.of(tmp, vault, vault.resolve("site"))) {
            assertThatThrownBy(() -> DevServer.start(BuildOptions.of(vault, out), "127.0.0.1", 0, log::add))
                    .as(out.toString()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("content folder");
        }
        assertThat(TestVault.fingerprint(tmp)).isEqualTo(before);
    }

    @Test
    void aSaveRebuildsAndABurstOfSavesRebuildsOnce() throws Exception {
        long builds = builds();
        // Still linking: without any [[wikilink]] left the folder would stop being an Obsidian vault (a full build).
        Files.writeString(vault.resolve("Note.md"), "# Note\n\nSecond version, see [[Other]].\n");
        waitFor(() -> body("/note.html").contains("Second version"));
        // The page is written before the build's log line is.
        waitFor(() -> builds() > builds);
        Thread.sleep(DevServer.QUIET_MILLIS * 5);
        assertThat(builds()).isEqualTo(builds + 1);
        assertThat(log).anyMatch(line -> line.startsWith("rebuilt "));

        long before = builds();
        for (int i = 0; i < 5; i++) {
            Files.writeString(vault.resolve("Note.md"), "# Note\n\nBurst " + i + ", see [[Other]].\n");
        }
        waitFor(() -> body("/note.html").contains("Burst 4"));
        waitFor(() -> builds() > before);
        Thread.sleep(DevServer.QUIET_MILLIS * 5);
        assertThat(builds()).isEqualTo(before + 1);
        // Then the search follows once the edits pause.
        waitFor(() -> shard("/_studysite/search/docs-0.js").contains("Burst 4"));
        // As for builds, the files are written before the follow-up's log line is.
        waitFor(() -> log.stream().anyMatch(line -> line.startsWith("followed up")));
    }

    /** Builds and rebuilds so far, not the follow-ups (search, service pages) that come after an edit. */
    private long builds() {
        return log.stream().filter(line -> !line.startsWith("followed up")).count();
    }

    @Test
    void deletedAndBrokenNotesGiveDiagnosticsNeverACrash() throws Exception {
        Files.delete(vault.resolve("Other.md"));
        waitFor(() -> server.lastBuild().diagnostics().stream().anyMatch(d -> d.code().equals("unresolved-link")));
        assertThat(status("/other.html")).isEqualTo(404);

        // A note saved half-way: its front matter stops mid-list.
        Files.writeString(vault.resolve("Half.md"), "---\ntags: [a, b\n---\n# Half\n");
        waitFor(() -> server.lastBuild().diagnostics().stream().anyMatch(d -> d.file() != null && d.file().endsWith("Half.md")));
        assertThat(status("/note.html")).isEqualTo(200);

        // A folder that appears later is watched too.
        TestVault.write(vault, "New/Deep.md", "# Deep\n\nNew folder.\n");
        waitFor(() -> body("/new/deep.html").contains("New folder"));
    }

    @Test
    void openPagesHearTheDiagnosticsAndAReloadAfterEachBuild() throws Exception {
        HttpResponse<java.util.stream.Stream<String>> events = http.send(
                HttpRequest.newBuilder(URI.create(server.address() + "_studysite-live/events")).GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(events.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        var lines = events.body().iterator();
        assertThat(lines.next()).isEqualTo("event: diagnostics");
        assertThat(lines.next()).isEqualTo("data: []");
        Files.writeString(vault.resolve("Note.md"), "# Note\n\nNow links to [[Nowhere]].\n");
        String event = "";
        while (!event.equals("event: reload")) {
            event = lines.next();
            if (event.startsWith("data: [{")) {
                assertThat(event).contains("\"severity\":\"warning\"").contains("Note.md:3:").contains("unresolved-link");
            }
        }
    }

    private String body(String path) {
        try {
            return get(path).body();
        } catch (Exception e) {
            return "";
        }
    }

    /** A packed search shard's JSON, or "" while it is not there. */
    private String shard(String path) {
        String script = body(path);
        int start = script.indexOf(",\"");
        try {
            return start < 0 ? "" : Packed.unpack(script.substring(start + 2, script.lastIndexOf('"')));
        } catch (IllegalArgumentException halfWritten) {
            return "";
        }
    }

    private int status(String path) {
        try {
            return get(path).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
