package io.studysite.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Changes some files of a built site in place, for the dev server's incremental rebuilds. Each file is
 * written beside its target and moved over it, so a reader gets the old file or the new one, never half;
 * a file whose content did not change is left alone, so its modification time and ETag stay.
 */
public final class SiteUpdate {
    private final Path site;
    private final AtomicLong bytes = new AtomicLong();
    private final Set<String> changed = java.util.Collections.synchronizedSet(new LinkedHashSet<>());

    public SiteUpdate(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    public void write(String sitePath, String text) {
        write(sitePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String sitePath, byte[] content) {
        Path target = target(sitePath);
        try {
            if (Files.isRegularFile(target) && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content)) {
                return;
            }
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".update-", ".tmp");
            Files.write(temporary, content);
            FolderSwap.move(temporary, target);
            bytes.addAndGet(content.length);
            changed.add(sitePath);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + sitePath, e);
        }
    }

    /** Copies a file into the site unless it is there already (attachments a page has just started to use). */
    public void copyIfMissing(String sitePath, Path source) {
        Path target = target(sitePath);
        if (Files.exists(target)) {
            return;
        }
        try {
            write(sitePath, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + sitePath, e);
        }
    }

    /** Removes a file the site no longer has. */
    public void delete(String sitePath) {
        try {
            if (Files.deleteIfExists(target(sitePath))) {
                changed.add(sitePath);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + sitePath, e);
        }
    }

    /** The site paths written or deleted so far, in order. */
    public List<String> changed() {
        synchronized (changed) {
            return List.copyOf(changed);
        }
    }

    public long bytesWritten() {
        return bytes.get();
    }

    private Path target(String sitePath) {
        Path target = site.resolve(sitePath).normalize();
        if (!target.startsWith(site) || target.equals(site)) {
            throw new IllegalArgumentException("site path leaves the site: " + sitePath);
        }
        return target;
    }
}
