package io.studysite.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shard scripts {@link Packed} on every core while the next shards are cut: deflating is most of the search
 * stage's CPU time. A few shards wait at most, so the unpacked data of the whole index is never held at once.
 * The files come out in the order they were put, whichever finishes first.
 */
final class PackedFiles implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final int threads = Runtime.getRuntime().availableProcessors();
    private final ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
        Thread thread = new Thread(runnable, "studysite-pack-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore waiting = new Semaphore(4 * threads);
    private final Map<String, Future<String>> files = new LinkedHashMap<>();

    /** Packs {@code json} into the script of {@code file}, which hands it to the browser as {@code name}. */
    void put(String file, String name, String json) {
        waiting.acquireUninterruptibly();
        files.put(file, pool.submit(() -> {
            try {
                return SearchShards.script(name, "\"" + Packed.pack(json) + "\"");
            } finally {
                waiting.release();
            }
        }));
    }

    /** Every file put, by name, in the order put. */
    Map<String, String> done() {
        Map<String, String> scripts = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Future<String>> file : files.entrySet()) {
                scripts.put(file.getKey(), file.getValue().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while packing the search shards", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
        return scripts;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
