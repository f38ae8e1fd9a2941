package io.studysite.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Replaces a folder whole: the new content is built in a hidden sibling and moved into place at the
 * end, so readers never see half of it and a failed build leaves the previous one untouched. The siblings are
 * named {@code .NAME.new-PID-RANDOM} and {@code .NAME.old-PID-RANDOM} after the building process, so that the next
 * build can tell what a killed one left behind ({@link Leftovers}).
 */
public final class FolderSwap {
    private static final SecureRandom RANDOM = new SecureRandom();

    private FolderSwap() {}

    /**
     * A fresh, empty sibling of {@code target} to build in, with the permissions any new folder gets
     * (not createTempDirectory's owner-only ones, which the swap would hand on and lock a web server out).
     */
    public static Path stage(Path target) {
        Path out = target.toAbsolutePath().normalize();
        String prefix = "." + out.getFileName() + ".new-" + ProcessHandle.current().pid() + "-";
        try {
            Files.createDirectories(out.getParent());
            Leftovers.clean(out);
            while (true) {
                try {
                    return Files.createDirectory(out.resolveSibling(prefix + Long.toUnsignedString(RANDOM.nextLong())));
                } catch (FileAlreadyExistsException taken) {
                    // another build's staging folder; draw again
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder next to " + out, e);
        }
    }

    /** Moves {@code staged} into the place of {@code target}, putting the old one back if that fails. */
    public static void replace(Path target, Path staged) {
        String staging = staged.getFileName().toString();
        Path previous = target.resolveSibling("." + target.getFileName() + ".old-" + staging.substring(staging.lastIndexOf(".new-") + 5));
        try {
            boolean existed = Files.exists(target);
            if (existed) {
                move(target, previous);
            }
            try {
                move(staged, target);
            } catch (IOException e) {
                if (existed) {
                    move(previous, target);  // a failed swap changes nothing
                }
                throw e;
            }
            if (existed) {
                delete(previous);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new " + target.getFileName() + " into place", e);
        }
    }

    /** Deletes a folder and everything in it; nothing happens when it does not exist. */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Renames {@code from} to {@code to} in one step where the file system can, else moves it. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
