package io.studysite.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where Chromium and its driver are on this machine: the paths named by STUDYSITE_CHROMIUM and
 * STUDYSITE_CHROMEDRIVER, else the first executable of the usual names on the PATH, else the places
 * Debian, macOS and Windows install them.
 */
final class BrowserBinaries {
    private static final List<String> BROWSER_NAMES =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");
    private static final List<String> DRIVER_NAMES = List.of("chromedriver");

    private final Map<String, String> env;

    BrowserBinaries(Map<String, String> env) {
        this.env = env;
    }

    Optional<Path> browser() {
        return find("STUDYSITE_CHROMIUM", BROWSER_NAMES, List.of(
                "/usr/bin/chromium",
                "/Applications/Chromium.app/Contents/MacOS/Chromium",
                "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
                under("ProgramFiles", "Google\\Chrome\\Application\\chrome.exe"),
                under("ProgramFiles(x86)", "Google\\Chrome\\Application\\chrome.exe"),
                under("LOCALAPPDATA", "Chromium\\Application\\chrome.exe")));
    }

    Optional<Path> driver() {
        return find("STUDYSITE_CHROMEDRIVER", DRIVER_NAMES, List.of(
                "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver", "/opt/homebrew/bin/chromedriver",
                "/usr/local/bin/chromedriver"));
    }

    private Optional<Path> find(String variable, List<String> names, List<String> usualPlaces) {
        String named = env.get(variable);
        if (named != null && !named.isBlank()) {
            return executable(named);
        }
        List<String> candidates = new ArrayList<>();
        for (String folder : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isBlank()) {
                names.forEach(name -> {
                    candidates.add(folder + File.separator + name);
                    candidates.add(folder + File.separator + name + ".exe");
                });
            }
        }
        candidates.addAll(usualPlaces);
        return candidates.stream().map(this::executable).flatMap(Optional::stream).findFirst();
    }

    private String under(String variable, String relative) {
        String base = env.get(variable);
        return base == null ? "" : base + "\\" + relative;
    }

    private Optional<Path> executable(String candidate) {
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(candidate);
            return Files.isRegularFile(path) && Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
