package io.studysite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a small multi-file vault described in one text block:
 * <pre>
 * === Note.md
 * # Title
 * [[Other]]
 * === sub/Other.md
 * text
 * </pre>
 * Each {@code === path} line starts a file; its text runs to the next such line. Files are UTF-8.
 */
public final class VaultFiles {
    private static final Pattern HEADER = Pattern.compile("^=== (.+)$", Pattern.MULTILINE);

    private VaultFiles() {}

    /** Writes every file of {@code spec} under {@code root} and returns {@code root}. */
    public static Path write(Path root, String spec) {
        Matcher m = HEADER.matcher(spec);
        String path = null;
        int bodyStart = 0;
        while (m.find()) {
            if (path != null) {
                file(root, path, spec.substring(bodyStart, m.start()));
            }
            path = m.group(1).strip();
            bodyStart = m.end() + 1 <= spec.length() ? m.end() + 1 : m.end();
        }
        if (path == null) {
            throw new IllegalArgumentException("no '=== path' line in the vault spec");
        }
        file(root, path, spec.substring(Math.min(bodyStart, spec.length())));
        return root;
    }

    /** Writes one UTF-8 file, creating its folders. */
    public static Path file(Path root, String path, String text) {
        return TestVault.write(root, path, text).resolve(path);
    }

    /** Writes one file with exactly these bytes, creating its folders. */
    public static Path bytes(Path root, String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
