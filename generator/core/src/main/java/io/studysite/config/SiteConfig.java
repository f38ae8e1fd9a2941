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
 * @param trustedHtml     {@code html: trusted}: the notes' raw HTML is written as is, scripts included; by default it is sanitized
 * @param services        which service catalog to cross-reference by, and the exam being studied for
 * @param pages           what note pages show beside the text: dates, the image for link previews, an edit link
 */
public record SiteConfig(
        String title,
        String description,
        Optional<String> baseUrl,
        Map<String, Dialect> dialectByFolder,
        Map<String, Severity> severityByCode,
        boolean jekyllHeadingsWithoutSpace,
        boolean trustedHtml,
        ServiceSettings services,
        PageSettings pages) {

    public static final String FILE_NAME = "studysite.yml";

    public SiteConfig {
        dialectByFolder = Map.copyOf(dialectByFolder);
        severityByCode = Map.copyOf(severityByCode);
    }

    public static SiteConfig defaults(String title) {
        return new SiteConfig(title, "", Optional.empty(), Map.of(), Map.of(), true, false, ServiceSettings.DEFAULTS, PageSettings.DEFAULTS);
    }

    public SiteConfig withPages(PageSettings newPages) {
        return new SiteConfig(title, description, baseUrl, dialectByFolder, severityByCode, jekyllHeadingsWithoutSpace,
                trustedHtml, services, newPages);
    }

    /** Where a note's "last modified" day comes from when its front matter does not say. */
    public enum LastModified {
        /** The last commit that changed the file when the vault is in a git work tree, else the file's time. */
        GIT,
        /** The file's modification time. */
        FILE,
        /** None: only front-matter dates are shown. */
        OFF
    }

    /**
     * What note pages show beside the text.
     *
     * @param lastModified    where undated notes' days come from
     * @param sourceDateEpoch the {@code SOURCE_DATE_EPOCH} of a reproducible build: no day from git or the file
     *                        system is later than it
     * @param image           {@code image:}, the picture link previews show for a page without one of its own:
     *                        an absolute URL or a file of the vault
     * @param editUrl         {@code editUrl:}, the address of a note's source in an editor, {@code {path}} standing
     *                        for its vault path
     */
    public record PageSettings(LastModified lastModified, Optional<java.time.Instant> sourceDateEpoch,
                               Optional<String> image, Optional<String> editUrl) {
        public static final PageSettings DEFAULTS =
                new PageSettings(LastModified.GIT, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The {@code services} settings.
     *
     * @param catalog a catalog file in the vault that replaces the bundled AWS one
     * @param extend  a catalog file in the vault whose services are added (same id replaces)
     * @param exam    the exam code whose in-scope services the services index checks coverage of
     * @param shown   whether the site has the cross-reference: always, never, or when the notes are about the catalog's cloud
     */
    public record ServiceSettings(Optional<String> catalog, Optional<String> extend, Optional<String> exam, Shown shown) {
        public static final ServiceSettings DEFAULTS = new ServiceSettings(Optional.empty(), Optional.empty(), Optional.empty(), Shown.AUTO);
    }

    /** {@code services: on}, {@code off} or {@code auto} (the default: decided from the notes). */
    public enum Shown {
        ON, OFF, AUTO;

        /** The setting a YAML value names ({@code on}, {@code true}, {@code off}, {@code false}, {@code auto}), if any. */
        public static Optional<Shown> parse(Object value) {
            return switch (String.valueOf(value).strip().toLowerCase(java.util.Locale.ROOT)) {
                case "on", "true", "yes" -> Optional.of(ON);
                case "off", "false", "no" -> Optional.of(OFF);
                case "auto" -> Optional.of(AUTO);
                default -> Optional.empty();
            };
        }
    }

    /** The dialect forced for a note in this vault folder, if the configuration names one. */
    public Optional<Dialect> dialectFor(String folder) {
        return dialectRuleFor(folder).map(dialectByFolder::get);
    }

    /** The {@code dialects:} folder that decides a note in this vault folder's dialect: the deepest that holds it. */
    public Optional<String> dialectRuleFor(String folder) {
        String best = null;
        for (String prefix : dialectByFolder.keySet()) {
            boolean matches = prefix.isEmpty() || folder.equals(prefix) || folder.startsWith(prefix + "/");
            if (matches && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return Optional.ofNullable(best);
    }
}
