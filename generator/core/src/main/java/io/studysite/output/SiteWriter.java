package io.studysite.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The write stage. Builds the new site in a fresh sibling folder and swaps it in whole at the end,
 * so a failed build leaves the previous site untouched and readers never see half a site.
 */
public final class SiteWriter implements AutoCloseable {
    private final Path output;
    private final Path staging;
    private final AtomicLong bytes = new AtomicLong();
    /** The folders made so far: most pages share theirs, and asking the file system again costs two system calls. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private SiteWriter(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /** Starts a new site for {@code output}; nothing visible changes until {@link #commit()}. */
    public static SiteWriter begin(Path output) {
        Path out = output.toAbsolutePath().normalize();
        try {
            Path staging = FolderSwap.stage(out);
            Files.writeString(staging.resolve(OutputFolder.MARKER), "built by studysite; replaced whole by each build\n");
            return new SiteWriter(out, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder next to " + out, e);
        }
    }

    public void write(String sitePath, String text) {
        write(sitePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String sitePath, byte[] content) {
        Path target = target(sitePath);
        try {
            folderOf(target);
            Files.write(target, content);
            bytes.addAndGet(content.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + sitePath, e);
        }
    }

    public void copy(String sitePath, InputStream in) {
        Path target = target(sitePath);
        try (in) {
            folderOf(target);
            bytes.addAndGet(Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + sitePath, e);
        }
    }

    public void copy(String sitePath, Path source) {
        Path target = target(sitePath);
        try {
            folderOf(target);
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            bytes.addAndGet(Files.size(target));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + sitePath, e);
        }
    }

    public long bytesWritten() {
        return bytes.get();
    }

    /** Swaps the new site in place of the old one. */
    public void commit() {
        FolderSwap.replace(output, staging);
        committed = true;
    }

    /** Discards the new site unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                FolderSwap.delete(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the unfinished site " + staging, e);
            }
        }
    }

    private void folderOf(Path target) throws IOException {
        Path folder = target.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    private Path target(String sitePath) {
        Path target = staging.resolve(sitePath).normalize();
        if (!target.startsWith(staging)) {
            throw new IllegalArgumentException("site path leaves the site: " + sitePath);
        }
        return target;
    }
}
