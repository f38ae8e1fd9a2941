package io.studysite.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
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
 * <p>
 * Given the digests of the files already written ({@link #PackedFiles(Map, boolean)}), only the files whose data
 * changed are packed: an edit in {@code serve} changes a few shards of thousands.
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
    private final Map<String, Future<Packing>> files = new LinkedHashMap<>();
    /** The digests of the data of the files written before, by file; {@code null}: no digests, pack every file. */
    private final Map<String, byte[]> known;
    private final boolean pack;

    /** @param script the file's script, or {@code null} when it is not packed */
    private record Packing(String script, byte[] digest) {}

    /** Packs every file. */
    PackedFiles() {
        this(null, true);
    }

    /**
     * @param known the digests of the files as written before, by file name
     * @param pack  whether to pack the files whose data is not that of {@code known}; when not, only their digests are taken
     */
    PackedFiles(Map<String, byte[]> known, boolean pack) {
        this.known = known;
        this.pack = pack;
    }

    /** Packs {@code json} into the script of {@code file}, which hands it to the browser as {@code name}. */
    void put(String file, String name, String json) {
        waiting.acquireUninterruptibly();
        files.put(file, pool.submit(() -> {
            try {
                byte[] digest = known == null ? null : digest(json);
                boolean same = digest != null && Arrays.equals(digest, known.get(file));
                return new Packing(pack && !same ? SearchShards.script(name, "\"" + Packed.pack(json) + "\"") : null, digest);
            } finally {
                waiting.release();
            }
        }));
    }

    /** Every file packed, by name, in the order put. */
    Map<String, String> done() {
        Map<String, String> scripts = new LinkedHashMap<>();
        forEach((file, packing) -> {
            if (packing.script() != null) {
                scripts.put(file, packing.script());
            }
        });
        return scripts;
    }

    /** The digest of every file's data, by name, in the order put. */
    Map<String, byte[]> digests() {
        Map<String, byte[]> digests = new LinkedHashMap<>();
        forEach((file, packing) -> digests.put(file, packing.digest()));
        return digests;
    }

    private void forEach(java.util.function.BiConsumer<String, Packing> each) {
        try {
            for (Map.Entry<String, Future<Packing>> file : files.entrySet()) {
                each.accept(file.getKey(), file.getValue().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while packing the search shards", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    static byte[] digest(String data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
