package io.studysite.config;

import io.studysite.diag.Severity;

import java.util.Map;
import java.util.Optional;

/**
 * The site's settings from {@code studysite.yml}.
 *
 * @param dialectByFolder vault folder ("" for the root, else "a/b") to the dialect its notes are written in,
 *                        overriding detection; the deepest matching folder wins
 * @param severityByCode  diagnostic code to the severity the user wants for it
 * @param jekyllHeadingsWithoutSpace whether {@code #EC2} is a heading in Jekyll notes (kramdown's own parser says yes)
 */
public record SiteConfig(
        String title,
        String description,
        Optional<String> baseUrl,
        Map<String, Dialect> dialectByFolder,
        Map<String, Severity> severityByCode,
        boolean jekyllHeadingsWithoutSpace) {

    public static final String FILE_NAME = "studysite.yml";

    public SiteConfig {
        dialectByFolder = Map.copyOf(dialectByFolder);
        severityByCode = Map.copyOf(severityByCode);
    }

    public static SiteConfig defaults(String title) {
        return new SiteConfig(title, "", Optional.empty(), Map.of(), Map.of(), true);
    }

    /** The dialect forced for a note in this vault folder, if the configuration names one. */
    public Optional<Dialect> dialectFor(String folder) {
        String best = null;
        for (String prefix : dialectByFolder.keySet()) {
            boolean matches = prefix.isEmpty() || folder.equals(prefix) || folder.startsWith(prefix + "/");
            if (matches && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return Optional.ofNullable(best).map(dialectByFolder::get);
    }
}
