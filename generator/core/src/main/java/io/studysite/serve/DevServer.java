package io.studysite.serve;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.diag.Diagnostic;
import io.studysite.diag.DiagnosticFormatter;
import io.studysite.search.Json;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code studysite serve}: builds the site, serves it on loopback, rebuilds when the vault or the theme
 * changes and reloads the open pages. A build that fails (a broken template, a half-written file) keeps
 * the last good site served and shows its diagnostics in the pages; nothing here ends the server but
 * {@link #close()}.
 */
public final class DevServer implements AutoCloseable {
    /** How long a burst of saves must have settled before a rebuild starts. */
    static final long QUIET_MILLIS = 100;

    private final BuildOptions options;
    private final Consumer<String> log;
    private final LiveReload live = new LiveReload();
    private final SiteServer server;
    private final FolderWatcher watcher;
    private final ScheduledExecutorService background;
    private final DiagnosticFormatter formatter = new DiagnosticFormatter(Path.of(""));
    private volatile BuildResult last;

    private DevServer(BuildOptions options, InetSocketAddress address, Consumer<String> log) throws IOException {
        this.options = options;
        this.log = log;
        rebuild();
        this.server = new SiteServer(options.output(), address, live);
        List<Path> watched = new ArrayList<>(List.of(options.content()));
        options.theme().ifPresent(watched::add);
        this.background = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "studysite-rebuild");
            thread.setDaemon(true);
            return thread;
        });
        // Rebuilds run one at a time on one thread; changes during a rebuild make one more afterwards.
        this.watcher = new FolderWatcher(watched, QUIET_MILLIS, () -> background.execute(this::rebuild));
        background.scheduleAtFixedRate(live::heartbeat, 15, 15, TimeUnit.SECONDS);
    }

    /**
     * Builds {@code options} once and serves the result at {@code bind:port} (port 0 picks a free one).
     *
     * @param log where one line per build goes
     */
    public static DevServer start(BuildOptions options, String bind, int port, Consumer<String> log) throws IOException {
        return new DevServer(options, new InetSocketAddress(bind, port), log);
    }

    public URI address() {
        InetSocketAddress a = server.address();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** The result of the latest build. */
    public BuildResult lastBuild() {
        return last;
    }

    private void rebuild() {
        long start = System.nanoTime();
        BuildResult result;
        try {
            result = new SiteBuilder().build(options);
        } catch (RuntimeException | Error e) {
            // Never let one bad build end the session: report it like any diagnostic.
            live.built("[" + line("error", "error[internal]: the build failed: " + e) + "]", false);
            log.accept("build failed: " + e);
            return;
        }
        last = result;
        List<String> lines = new ArrayList<>();
        List<Diagnostic> diagnostics = result.diagnostics();
        for (Diagnostic d : diagnostics) {
            lines.add(line(d.severity().name().toLowerCase(java.util.Locale.ROOT), formatter.format(d)));
        }
        live.built("[" + String.join(",", lines) + "]", result.written());
        log.accept(String.format("%s in %d ms: %d notes, %d diagnostics%s", result.written() ? "built" : "not written",
                (System.nanoTime() - start) / 1_000_000, result.notes(), diagnostics.size(),
                result.written() ? "" : " (the last good site is still served)"));
    }

    private static String line(String severity, String text) {
        return "{\"severity\":" + Json.string(severity) + ",\"text\":" + Json.string(text) + "}";
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        background.shutdownNow();
        server.close();
    }
}
