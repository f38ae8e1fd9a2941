package io.studysite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Small vaults written from text blocks, and folder fingerprints, for tests. */
public final class TestVault {
    private TestVault() {}

    /** Writes each path → text pair under {@code root}; a value of {@code bytes:…} is written as raw bytes. */
    public static Path write(Path root, Map<String, String> files) {
        files.forEach((path, text) -> {
            Path file = root.resolve(path);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return root;
    }

    public static Path write(Path root, String... pathsAndTexts) {
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return write(root, files);
    }

    /**
     * A symbolic link at {@code link} to {@code target}. Where the file system cannot make one (some Windows
     * accounts), the calling test is skipped, saying why: it is about links and has nothing to check without one.
     */
    public static Path symlink(Path link, Path target) {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("symbolic links are not available here: " + e);
            return null;
        }
    }

    /** SHA-256 of every file under {@code root}, by relative path: equal maps mean byte-identical trees. */
    public static Map<String, String> fingerprint(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), sha256(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The repository root, as the build passes it to tests. */
    public static Path repository() {
        String repo = System.getProperty("studysite.repo");
        if (repo == null) {
            throw new IllegalStateException("run through Maven: the system property studysite.repo is not set");
        }
        return Path.of(repo).toAbsolutePath().normalize();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
