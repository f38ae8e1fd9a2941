package io.studysite.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and their subfolders (new ones too) and calls back once a burst of changes has settled:
 * an editor's save, which may write, rename and delete several files, makes one rebuild, not five. It reports
 * the files that changed, the folders created, and the watched roots themselves when events were lost.
 */
final class FolderWatcher implements AutoCloseable {
    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final long quietMillis;
    private final List<Path> roots;
    private final Consumer<Set<Path>> onChange;
    private final Set<Path> changed = new LinkedHashSet<>();
    private final Thread thread;

    FolderWatcher(List<Path> roots, long quietMillis, Consumer<Set<Path>> onChange) throws IOException {
        this.roots = List.copyOf(roots);
        this.watcher = FileSystems.getDefault().newWatchService();
        this.quietMillis = quietMillis;
        this.onChange = onChange;
        for (Path root : roots) {
            registerTree(root);
        }
        this.thread = new Thread(this::run, "studysite-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
                folders.put(folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY), folder);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey first = watcher.take();
                take(first);
                // Settle: wait until nothing has changed for quietMillis.
                WatchKey next;
                while ((next = watcher.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                    take(next);
                }
                Set<Path> burst = Set.copyOf(changed);
                changed.clear();
                onChange.accept(burst);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopped.
        }
    }

    private void take(WatchKey key) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.addAll(roots);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (Files.isDirectory(path) && event.kind() == StandardWatchEventKinds.ENTRY_MODIFY) {
                continue;  // a folder's own times, not its content
            }
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // Gone again already: the next event says so.
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watcher.close();
    }
}
