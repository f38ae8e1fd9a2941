package io.studysite.cli;

import java.nio.file.Path;

/**
 * Where a site goes when no {@code --out} is given: {@code <content>-site} beside the content folder. Named after
 * the vault, it cannot be a folder of a repository that merely holds a vault (such as this one's own {@code site/}),
 * nor lie inside the vault; and {@code build}, {@code search} and {@code init}'s advice all agree on it.
 */
final class DefaultSite {
    static final String DESCRIPTION = "<content>-site, beside the content folder";

    private DefaultSite() {}

    static Path beside(Path content) {
        Path vault = content.toAbsolutePath().normalize();
        String name = vault.getFileName() == null ? "notes" : vault.getFileName().toString();
        Path site = vault.resolveSibling(name + "-site");
        // Shown as the user wrote the content folder: relative stays relative.
        return content.isAbsolute() ? site : Path.of("").toAbsolutePath().relativize(site);
    }
}
