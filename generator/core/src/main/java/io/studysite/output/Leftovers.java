package io.studysite.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a build that was killed or crashed left beside a folder {@link FolderSwap} replaces: its half-built
 * {@code .NAME.new-…} and, when it died between the two moves of a swap, the previous folder as
 * {@code .NAME.old-…}. Only names {@link FolderSwap} makes for that very folder are touched, and only those of a
 * process that is no longer running (names without a process id come from older versions of studysite).
 */
final class Leftovers {
    private Leftovers() {}

    /** Puts a previous folder a killed swap left aside back in place, then deletes the rest a dead build left. */
    static void clean(Path target) throws IOException {
        Pattern ours = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "\\.(new|old)-(?:(\\d{1,18})-)?\\d+");
        List<Path> news = new ArrayList<>();
        List<Path> olds = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path sibling : siblings.toList()) {
                Matcher m = ours.matcher(sibling.getFileName().toString());
                if (m.matches() && !Files.isSymbolicLink(sibling) && Files.isDirectory(sibling) && ownerIsGone(m.group(2))) {
                    (m.group(1).equals("new") ? news : olds).add(sibling);
                }
            }
        }
        if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Optional<Path> latest = olds.stream().max(Comparator.comparing(Leftovers::modified));
            if (latest.isPresent()) {
                FolderSwap.move(latest.get(), target);
                olds.remove(latest.get());
            }
        }
        for (Path leftover : Stream.concat(news.stream(), olds.stream()).toList()) {
            FolderSwap.delete(leftover);
        }
    }

    private static boolean ownerIsGone(String pid) {
        if (pid == null) {
            return true;
        }
        long owner = Long.parseLong(pid);
        return owner != ProcessHandle.current().pid() && ProcessHandle.of(owner).map(p -> !p.isAlive()).orElse(true);
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
