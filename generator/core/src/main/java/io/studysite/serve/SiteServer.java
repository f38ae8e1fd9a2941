package io.studysite.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP side of {@code studysite serve}: the site folder's files (GET and HEAD only), with a small
 * script added to every HTML page that reloads it after a rebuild and shows the build's diagnostics,
 * and the event stream that script listens to. Everything else is 404 or 405, and a request to a name other than
 * localhost is 403 ({@link HostHeader}).
 */
final class SiteServer implements AutoCloseable {
    static final String LIVE = "/_studysite-live/";
    private static final byte[] LIVE_TAG = ("<script src=\"" + LIVE + "live.js\"></script>").getBytes(StandardCharsets.UTF_8);

    private final HttpServer http;
    private final ExecutorService workers;
    private final StaticFiles files;
    private final HostHeader hosts;
    private final LiveReload live;
    private final byte[] liveScript;

    SiteServer(Path site, InetSocketAddress address, LiveReload live) throws IOException {
        this.files = new StaticFiles(site);
        this.hosts = new HostHeader(address.getAddress());
        this.live = live;
        try (InputStream in = SiteServer.class.getResourceAsStream("/studysite/serve/live.js")) {
            this.liveScript = in.readAllBytes();
        }
        this.http = HttpServer.create(address, 64);
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "studysite-serve");
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(workers);
        http.createContext("/", this::handle);
        http.start();
    }

    InetSocketAddress address() {
        return http.getAddress();
    }

    private void handle(HttpExchange exchange) {
        boolean streaming = false;
        try {
            if (!hosts.accepts(exchange.getRequestHeaders().getFirst("Host"))) {
                send(exchange, 403, "text/plain; charset=utf-8", ("this server answers only requests to localhost\n")
                        .getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals(LIVE + "events")) {
                stream(exchange);
                streaming = true;
                return;
            }
            if (path.equals(LIVE + "live.js")) {
                send(exchange, 200, "text/javascript; charset=utf-8", liveScript, head);
                return;
            }
            Optional<Path> file = files.resolve(path);
            if (file.isEmpty()) {
                notFound(exchange, head);
                return;
            }
            serve(exchange, file.get(), head);
        } catch (IOException | UncheckedIOException e) {
            // The reader closed the page mid-answer, or the file went away during a rebuild: nothing to do.
        } finally {
            // An event stream lives until the page or the server goes.
            if (!streaming) {
                exchange.close();
            }
        }
    }

    private void serve(HttpExchange exchange, Path file, boolean head) throws IOException {
        String etag = "W/\"" + Files.size(file) + "-" + Files.getLastModifiedTime(file).toMillis() + "\"";
        Headers headers = exchange.getResponseHeaders();
        headers.set("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            headers.set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        String type = StaticFiles.contentType(file);
        byte[] body = Files.readAllBytes(file);
        send(exchange, 200, type, type.startsWith("text/html") ? withLiveScript(body) : body, head);
    }

    private void notFound(HttpExchange exchange, boolean head) throws IOException {
        Optional<Path> page = files.resolve("/404.html");
        byte[] body = page.isPresent() ? withLiveScript(Files.readAllBytes(page.get())) : "not found\n".getBytes(StandardCharsets.UTF_8);
        send(exchange, 404, page.isPresent() ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", body, head);
    }

    /** Keeps the response open as a server-sent-events stream; {@link LiveReload} writes to it from then on. */
    private void stream(HttpExchange exchange) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/event-stream; charset=utf-8");
        headers.set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        live.join(exchange.getResponseBody());
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("X-Content-Type-Options", "nosniff");
        // A dev server: the browser may keep files but must ask each time whether they changed.
        headers.putIfAbsent("Cache-Control", java.util.List.of("no-cache"));
        if (head) {
            headers.set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    /** The live-reload script goes just before {@code </body>} (or at the end of a page without one). */
    private static byte[] withLiveScript(byte[] html) {
        int at = lastIndexOfIgnoreCase(html, "</body>".getBytes(StandardCharsets.US_ASCII));
        if (at < 0) {
            at = html.length;
        }
        byte[] out = new byte[html.length + LIVE_TAG.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(LIVE_TAG, 0, out, at, LIVE_TAG.length);
        System.arraycopy(html, at, out, at + LIVE_TAG.length, html.length - at);
        return out;
    }

    private static int lastIndexOfIgnoreCase(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (Character.toLowerCase(haystack[i + j]) != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public void close() {
        live.closeAll();
        http.stop(0);
        workers.shutdownNow();
    }
}
