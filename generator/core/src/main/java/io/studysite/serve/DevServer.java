package io.studysite.serve;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.diag.Diagnostic;
import io.studysite.diag.DiagnosticFormatter;
import io.studysite.incremental.FollowUp;
import io.studysite.incremental.IncrementalBuild;
import io.studysite.incremental.SiteState;
import io.studysite.output.OutputFolder;
import io.studysite.search.IncrementalIndex;
import io.studysite.search.Json;
import io.studysite.search.SearchIndex;
import io.studysite.search.Section;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code studysite serve}: builds the site, serves it on loopback, rebuilds when the vault or the theme
 * changes and reloads the open pages. An edit of existing notes rebuilds only the pages it affects
 * ({@link IncrementalBuild}) and reloads only those; anything else is a full build. The slow, vault-wide part of
 * an edit (service pages, global graph, search) follows on another thread once the pages have reloaded. A build
 * that fails (a broken template, a half-written file) keeps the last good site served and shows its diagnostics in
 * the pages; nothing here ends the server but {@link #close()}.
 */
public final class DevServer implements AutoCloseable {
    /** How long a burst of saves must have settled before a rebuild starts: an editor's save takes a few ms. */
    static final long QUIET_MILLIS = 50;
    /** How long edits must have paused before the follow-up work (search, service pages) starts. */
    static final long FOLLOW_UP_MILLIS = 500;

    private final BuildOptions options;
    private final Consumer<String> log;
    private final LiveReload live = new LiveReload();
    private final SiteServer server;
    private final FolderWatcher watcher;
    private final ScheduledExecutorService background;
    private final ScheduledExecutorService followUps;
    private final DiagnosticFormatter formatter = new DiagnosticFormatter(Path.of(""));
    /** Held while the site folder is written: a full build's swap and an edit's in-place writes never interleave. */
    private final Object siteLock = new Object();
    private volatile BuildResult last;
    private volatile SiteState state;
    /** Counts full builds: a follow-up rendered before the latest one is out of date. */
    private volatile int fullBuilds;
    private FollowUp pending = FollowUp.NONE;
    private ScheduledFuture<?> followUp;
    /** The sections the latest full build indexed, in note order: what its search index on disk holds. */
    private volatile List<Section> builtSections;
    /** The search data as the site holds it, kept on the follow-up thread; {@code null} until read. */
    private IncrementalIndex searchIndex;
    /** The full build {@link #searchIndex} started from. */
    private int searchIndexBuild = -1;

    private DevServer(BuildOptions options, InetSocketAddress address, Consumer<String> log) throws IOException {
        // A refused output folder (the vault's parent, say) would be served as it is, files outside the vault included.
        Optional<String> refusal = OutputFolder.refusal(options.content(), options.output());
        if (refusal.isPresent()) {
            throw new IllegalArgumentException(refusal.get());
        }
        this.options = options;
        this.log = log;
        fullBuild();
        this.server = new SiteServer(options.output(), address, live);
        List<Path> watched = new ArrayList<>(List.of(options.content()));
        options.theme().ifPresent(watched::add);
        this.background = Executors.newSingleThreadScheduledExecutor(daemon("studysite-rebuild"));
        this.followUps = Executors.newSingleThreadScheduledExecutor(daemon("studysite-follow-up"));
        followUps.execute(this::readSearchIndex);
        // Rebuilds run one at a time on one thread; changes during a rebuild make one more afterwards.
        this.watcher = new FolderWatcher(watched, QUIET_MILLIS, files -> background.execute(() -> rebuild(files)));
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

    private void rebuild(Set<Path> files) {
        SiteState current;
        synchronized (siteLock) {
            current = state;
        }
        if (current == null) {
            fullBuild();
            return;
        }
        long start = System.nanoTime();
        Optional<IncrementalBuild.Outcome> outcome;
        try {
            synchronized (siteLock) {
                outcome = IncrementalBuild.apply(current, files);
                outcome.filter(o -> o.result().written()).ifPresent(o -> state = o.state());
            }
        } catch (RuntimeException | Error e) {
            failed(e);
            return;
        }
        if (outcome.isEmpty()) {
            fullBuild();
            return;
        }
        IncrementalBuild.Outcome o = outcome.get();
        String stages = o.result().stageTimes().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().toMillis()).collect(java.util.stream.Collectors.joining(", "));
        report(o.result(), o.changed().stream().filter(page -> page.endsWith(".html")).toList(), start,
                "rebuilt " + o.changed().size() + " files (" + stages + " ms)");
        if (o.result().written() && !o.followUp().isNone()) {
            scheduleFollowUp(o.followUp());
        }
    }

    private void fullBuild() {
        long start = System.nanoTime();
        BuildResult result;
        try {
            synchronized (siteLock) {
                result = new SiteBuilder().build(options, built -> state = built);
                if (result.written()) {
                    builtSections = state.allSections();
                    fullBuilds++;
                    // The new site has every page: what was waiting to follow up is in it already.
                    synchronized (this) {
                        pending = FollowUp.NONE;
                    }
                }
            }
        } catch (RuntimeException | Error e) {
            failed(e);
            return;
        }
        report(result, null, start, "built");
        if (result.written() && followUps != null) {
            followUps.execute(this::readSearchIndex);
        }
    }

    /**
     * Reads the latest full build's search index into memory (seconds on a large vault), so an edit's follow-up
     * updates the search data instead of indexing the whole vault again. Runs on the follow-up thread.
     */
    private void readSearchIndex() {
        try {
            searchIndex();
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private IncrementalIndex searchIndex() {
        int build = fullBuilds;
        if (searchIndex == null || searchIndexBuild != build) {
            searchIndex = null;
            Path folder = SearchIndex.folderFor(options.output());
            // None before the first site is written.
            if (builtSections != null && Files.isDirectory(folder)) {
                searchIndex = IncrementalIndex.open(builtSections, folder);
                searchIndexBuild = build;
            }
        }
        return searchIndex;
    }

    /** Several edits in a row make one follow-up, once they pause. */
    private synchronized void scheduleFollowUp(FollowUp work) {
        pending = pending.merge(work);
        if (followUp != null) {
            followUp.cancel(false);
        }
        followUp = followUps.schedule(this::runFollowUp, FOLLOW_UP_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void runFollowUp() {
        long start = System.nanoTime();
        FollowUp work;
        synchronized (this) {
            work = pending;
            pending = FollowUp.NONE;
        }
        if (work.isNone()) {
            return;
        }
        try {
            int generation = fullBuilds;
            FollowUp.Rendered rendered = work.render(state, work.search() ? searchIndex() : null);
            List<String> changed;
            synchronized (siteLock) {
                if (generation != fullBuilds) {
                    // The search data in memory is ahead of the new site's: it is read again from the new build.
                    searchIndex = null;
                    return;
                }
                changed = rendered.writeTo();
            }
            List<String> pages = changed.stream().filter(page -> page.endsWith(".html")).toList();
            if (!pages.isEmpty()) {
                live.reload(pages);
            }
            log.accept(String.format("followed up in %d ms: %d files (%s%s%s; %s ms)", (System.nanoTime() - start) / 1_000_000,
                    changed.size(), work.services().size() + " service pages", work.graph() ? ", graph" : "",
                    work.search() ? ", search" : "", rendered.millis().entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "))));
        } catch (RuntimeException | Error e) {
            // The search data in memory may be ahead of the site: read it again from the last full build.
            searchIndex = null;
            failed(e);
        }
    }

    /**
     * @param pages the pages that changed, or {@code null} when the whole site did
     */
    private void report(BuildResult result, List<String> pages, long start, String what) {
        last = result;
        List<String> lines = new ArrayList<>();
        List<Diagnostic> diagnostics = result.diagnostics();
        for (Diagnostic d : diagnostics) {
            lines.add(line(d.severity().name().toLowerCase(java.util.Locale.ROOT), formatter.format(d)));
        }
        live.built("[" + String.join(",", lines) + "]", result.written(), pages);
        log.accept(String.format("%s in %d ms: %d notes, %d diagnostics%s", result.written() ? what : "not written",
                (System.nanoTime() - start) / 1_000_000, result.notes(), diagnostics.size(),
                result.written() ? "" : " (the last good site is still served)"));
    }

    private void failed(Throwable e) {
        // Never let one bad build end the session: report it like any diagnostic.
        live.built("[" + line("error", "error[internal]: the build failed: " + e) + "]", false, null);
        log.accept("build failed: " + e);
    }

    private static String line(String severity, String text) {
        return "{\"severity\":" + Json.string(severity) + ",\"text\":" + Json.string(text) + "}";
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        background.shutdownNow();
        followUps.shutdownNow();
        server.close();
    }
}
