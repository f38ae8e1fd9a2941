package io.studysite.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
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
 * Given what the files already written were made of ({@link #PackedFiles(SearchShards.Written, boolean)}), only
 * the files whose data changed are made and packed: an edit in {@code serve} changes a few shards of thousands.
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
    /** What the files written before were made of; {@code null}: no digests, pack every file. */
    private final SearchShards.Written written;
    private final boolean pack;
    /** The parts of each file put with its parts. */
    private final Map<String, List<?>> parts = new HashMap<>();
    /** The data of each section, or its length only when the files written before are known. */
    final IdentityHashMap<ExportedIndex.Doc, Integer> docLengths = new IdentityHashMap<>();
    private final IdentityHashMap<ExportedIndex.Doc, String> docJson = new IdentityHashMap<>();

    /** @param script the file's script, or {@code null} when it is not packed */
    private record Packing(String script, byte[] digest) {}

    /** Packs every file. */
    PackedFiles() {
        this(null, true);
    }

    /**
     * @param written what the files written before were made of
     * @param pack    whether to pack the files whose data is not that of {@code written}; when not, only their digests are taken
     */
    PackedFiles(SearchShards.Written written, boolean pack) {
        this.written = written;
        this.pack = pack;
    }

    /** Packs {@code json} into the script of {@code file}, which hands it to the browser as {@code name}. */
    void put(String file, String name, String json) {
        put(file, name, null, () -> json);
    }

    /**
     * Packs {@code json} into the script of {@code file}, unless the file written before was made of the same
     * {@code parts} (the same objects, in the same order): its data is the same then, and is not made again.
     */
    void put(String file, String name, List<?> parts, Supplier<String> json) {
        if (parts != null) {
            this.parts.put(file, parts);
            if (written != null && sameObjects(written.parts.get(file), parts) && written.digests.containsKey(file)) {
                files.put(file, CompletableFuture.completedFuture(new Packing(null, written.digests.get(file))));
                return;
            }
        }
        waiting.acquireUninterruptibly();
        files.put(file, pool.submit(() -> {
            try {
                String data = json.get();
                byte[] digest = written == null ? null : digest(data);
                boolean same = digest != null && Arrays.equals(digest, written.digests.get(file));
                return new Packing(pack && !same ? SearchShards.script(name, "\"" + Packed.pack(data) + "\"") : null, digest);
            } finally {
                waiting.release();
            }
        }));
    }

    private static boolean sameObjects(List<?> before, List<?> now) {
        if (before == null || before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (before.get(i) != now.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The length of a section's data; call for every section before any file is put that holds sections. */
    int docLength(ExportedIndex.Doc doc) {
        Integer known = written == null ? null : written.docLengths.get(doc);
        if (known == null) {
            String json = SearchShards.doc(doc);
            if (written == null) {
                docJson.put(doc, json);
            }
            known = json.length();
        }
        docLengths.put(doc, known);
        return known;
    }

    /** A section's data. */
    String docJson(ExportedIndex.Doc doc) {
        String json = docJson.get(doc);
        return json != null ? json : SearchShards.doc(doc);
    }

    /** The parts of each file put with its parts. */
    Map<String, List<?>> parts() {
        return parts;
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
