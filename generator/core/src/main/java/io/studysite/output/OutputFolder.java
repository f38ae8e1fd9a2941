package io.studysite.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a folder may receive the site. Refuses the content folder itself, a folder that
 * contains it or lies inside it, and a non-empty folder that studysite did not build (it would be
 * replaced whole).
 */
public final class OutputFolder {
    /** Written into every site so a later build knows the folder is its own to replace. */
    public static final String MARKER = ".studysite-site";

    private OutputFolder() {}

    /** The reason the folder is refused, or empty when it is fine. */
    public static Optional<String> refusal(Path content, Path output) {
        Path c = realPath(content);
        Path o = realPath(output);
        if (o.equals(c)) {
            return Optional.of("the output folder " + output + " is the content folder; choose another, e.g. site/");
        }
        if (c.startsWith(o)) {
            return Optional.of("the output folder " + output + " contains the content folder " + content
                    + "; replacing it would delete your notes");
        }
        if (o.startsWith(c)) {
            return Optional.of("the output folder " + output + " lies inside the content folder " + content
                    + "; the site would be read back as notes. Choose a folder outside it");
        }
        if (Files.isDirectory(o) && !Files.exists(o.resolve(MARKER)) && !isEmpty(o)) {
            return Optional.of("the output folder " + output + " is not empty and was not built by studysite;"
                    + " it would be replaced whole. Empty it or choose another folder");
        }
        if (Files.exists(o) && !Files.isDirectory(o)) {
            return Optional.of("the output path " + output + " is a file, not a folder");
        }
        return Optional.empty();
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Real path where it exists, so symbolic links cannot hide that two folders are one, and a site is written where
     * an output folder that is a link leads (beside its target), never in place of the link, wherever the link is.
     */
    public static Path realPath(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        Path existing = absolute;
        Path rest = Path.of("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
