package io.studysite.vault;

import io.studysite.config.SiteConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The day each file of the vault last changed, for notes whose front matter does not say: the last commit that
 * touched it when the vault is in a git work tree (read with one {@code git log} for the whole vault, not one per
 * note), else the file's modification time (read when asked, so a note saved while serving shows the new day).
 * A commit's day is the committer's own calendar day; a file time's is the day in UTC. With a
 * {@code SOURCE_DATE_EPOCH}, no day is later than it.
 */
public final class ChangeDates {
    /** No dates at all: {@code lastModified: off}. */
    public static final ChangeDates NONE = new ChangeDates(SiteConfig.LastModified.OFF, Map.of(), Optional.empty());

    private final SiteConfig.LastModified mode;
    private final Map<VaultPath, LocalDate> committed;
    private final Optional<LocalDate> latest;

    private ChangeDates(SiteConfig.LastModified mode, Map<VaultPath, LocalDate> committed, Optional<LocalDate> latest) {
        this.mode = mode;
        this.committed = Map.copyOf(committed);
        this.latest = latest;
    }

    /** Reads the vault's git history when {@code lastModified: git} asks for it and there is one. */
    public static ChangeDates of(Path vaultRoot, SiteConfig.PageSettings settings) {
        Optional<LocalDate> latest = settings.sourceDateEpoch().map(epoch -> epoch.atOffset(ZoneOffset.UTC).toLocalDate());
        Map<VaultPath, LocalDate> committed = settings.lastModified() == SiteConfig.LastModified.GIT
                ? gitLog(vaultRoot) : Map.of();
        return new ChangeDates(settings.lastModified(), committed, latest);
    }

    /** The day {@code file} (the vault's {@code path}) last changed, if the settings give days. */
    public Optional<LocalDate> of(VaultPath path, Path file) {
        Optional<LocalDate> day = switch (mode) {
            case OFF -> Optional.empty();
            case GIT -> Optional.ofNullable(committed.get(path)).or(() -> fileTime(file));
            case FILE -> fileTime(file);
        };
        return day.map(d -> latest.filter(d::isAfter).orElse(d));
    }

    private static Optional<LocalDate> fileTime(Path file) {
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            return Optional.of(modified.atOffset(ZoneOffset.UTC).toLocalDate());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Each path's newest commit day, from {@code git log} run in the vault: newest commits come first, so a path's
     * first appearance is its last change. Empty when git is missing, refuses the repository (not a work tree, another
     * owner's folder) or cannot be read: the file times stand in.
     */
    static Map<VaultPath, LocalDate> gitLog(Path vaultRoot) {
        List<String> command = List.of("git", "-C", vaultRoot.toString(), "-c", "core.quotepath=off", "log", "-z",
                "--format=%x01%cI", "--name-only", "--no-renames", "--relative", "--", ".");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return Map.of();
        }
        try {
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Map.of();
            }
            return parse(new String(out, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } catch (IOException e) {
            return Map.of();
        } finally {
            process.destroy();
        }
    }

    /** {@code \u0001DATE\0\nPATH\0PATH\0\u0001DATE\0…}: a date line per commit, then the paths it changed. */
    static Map<VaultPath, LocalDate> parse(String log) {
        Map<VaultPath, LocalDate> days = new HashMap<>();
        LocalDate day = null;
        for (String token : log.split("\0")) {
            String value = token.startsWith("\n") ? token.substring(1) : token;
            if (value.startsWith("\u0001")) {
                try {
                    day = LocalDate.parse(value.substring(1, Math.min(value.length(), 11)));
                } catch (DateTimeParseException e) {
                    day = null;
                }
            } else if (!value.isEmpty() && day != null) {
                days.putIfAbsent(VaultPath.of(value), day);
            }
        }
        return days;
    }
}
