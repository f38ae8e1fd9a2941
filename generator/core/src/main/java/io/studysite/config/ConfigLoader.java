package io.studysite.config;

import io.studysite.diag.Diagnostic;
import io.studysite.diag.DiagnosticCode;
import io.studysite.diag.Severity;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads {@code studysite.yml} and {@code .obsidian/app.json}. A broken site configuration is an
 * error (exit 2); broken Obsidian settings only warn, since Obsidian itself falls back to defaults.
 */
public final class ConfigLoader {
    private static final Set<String> KNOWN_KEYS =
            Set.of("title", "description", "baseUrl", "dialects", "diagnostics", "jekyll", "html", "services",
                    "lastModified", "image", "editUrl");

    /** The configuration and what was wrong with it. */
    public record Loaded(SiteConfig site, ObsidianSettings obsidian, List<Diagnostic> problems) {}

    private final Function<String, String> environment;

    public ConfigLoader() {
        this(System::getenv);
    }

    /** @param environment the environment variables ({@code SOURCE_DATE_EPOCH}) */
    public ConfigLoader(Function<String, String> environment) {
        this.environment = environment;
    }

    public Loaded load(Path vaultRoot) {
        List<Diagnostic> problems = new ArrayList<>();
        SiteConfig site = loadSite(vaultRoot, problems);
        Optional<Instant> epoch = sourceDateEpoch(problems);
        if (epoch.isPresent()) {
            SiteConfig.PageSettings pages = site.pages();
            site = site.withPages(new SiteConfig.PageSettings(pages.lastModified(), epoch, pages.image(), pages.editUrl()));
        }
        ObsidianSettings obsidian = loadObsidian(vaultRoot.resolve(".obsidian").resolve("app.json"), problems);
        return new Loaded(site, obsidian, List.copyOf(problems));
    }

    private SiteConfig loadSite(Path vaultRoot, List<Diagnostic> problems) {
        Path file = vaultRoot.resolve(SiteConfig.FILE_NAME);
        String defaultTitle = vaultRoot.toAbsolutePath().normalize().getFileName() == null
                ? "Notes" : vaultRoot.toAbsolutePath().normalize().getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return SiteConfig.defaults(defaultTitle);
        }
        Optional<String> outside = VaultFile.leavesVault(vaultRoot, file);
        if (outside.isPresent()) {
            problems.add(problem(file, Severity.WARNING, "symbolic-link",
                    SiteConfig.FILE_NAME + " " + outside.get() + "; it is not read, and the defaults apply"));
            return SiteConfig.defaults(defaultTitle);
        }
        Map<String, Object> map = readMap(file, problems, Severity.ERROR);
        if (map == null) {
            return SiteConfig.defaults(defaultTitle);
        }
        for (String key : map.keySet()) {
            if (!KNOWN_KEYS.contains(key)) {
                problems.add(problem(file, Severity.WARNING, "unknown-config-key",
                        "unknown key \"" + key + "\" (known: " + String.join(", ", KNOWN_KEYS.stream().sorted().toList()) + ")"));
            }
        }
        String title = scalar(file, map, "title", defaultTitle, problems);
        String description = scalar(file, map, "description", "", problems);
        Optional<String> baseUrl = baseUrl(file, scalar(file, map, "baseUrl", "", problems).strip(), problems);

        Map<String, Dialect> dialects = dialects(vaultRoot, file, section(file, map, "dialects", problems), problems);
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : section(file, map, "diagnostics", problems).entrySet()) {
            if (DiagnosticCode.of(e.getKey()).isEmpty()) {
                problems.add(new Diagnostic(file, 0, 0, Severity.ERROR, "invalid-config",
                        "diagnostics: \"" + e.getKey() + "\" is not a diagnostic code",
                        DiagnosticCode.closestTo(e.getKey()).map(c -> "did you mean " + c.code() + "?")
                                .orElse("the codes are listed in README's Diagnostics table")));
                continue;
            }
            try {
                severities.put(e.getKey(), Severity.parse(String.valueOf(e.getValue())));
            } catch (IllegalArgumentException ex) {
                problems.add(problem(file, Severity.ERROR, "invalid-config",
                        "diagnostics: \"" + e.getValue() + "\" is not a severity (use error, warning or info)"));
            }
        }
        Object headings = section(file, map, "jekyll", problems).get("headingsWithoutSpace");
        boolean headingsWithoutSpace = true;
        if (headings instanceof Boolean b) {
            headingsWithoutSpace = b;
        } else if (headings != null) {
            problems.add(problem(file, Severity.ERROR, "invalid-config",
                    "jekyll: headingsWithoutSpace: expected true or false, found " + describe(headings)));
        }
        Object html = map.get("html");
        boolean trustedHtml = "trusted".equals(html);
        if (html != null && !trustedHtml && !"sanitized".equals(html)) {
            problems.add(problem(file, Severity.ERROR, "invalid-config",
                    "html: expected sanitized (the default: scripts and event handlers are removed) or trusted, found " + describe(html)));
        }
        // "services: on" is short for "services: {show: on}".
        Object servicesValue = map.get("services");
        boolean shorthand = servicesValue != null && !(servicesValue instanceof Map<?, ?>) && !(servicesValue instanceof List<?>);
        Map<String, Object> services = shorthand ? Map.of("show", servicesValue) : section(file, map, "services", problems);
        for (String key : services.keySet()) {
            if (!Set.of("catalog", "extend", "exam", "show").contains(key)) {
                problems.add(problem(file, Severity.WARNING, "unknown-config-key",
                        "services: unknown key \"" + key + "\" (known: catalog, exam, extend, show)"));
            }
        }
        SiteConfig.Shown shown = SiteConfig.Shown.AUTO;
        if (services.get("show") != null) {
            shown = SiteConfig.Shown.parse(services.get("show")).orElse(null);
            if (shown == null) {
                problems.add(problem(file, Severity.ERROR, "invalid-config", (shorthand ? "services: " : "services: show: ")
                        + "expected on, off or auto, found " + describe(services.get("show"))));
                shown = SiteConfig.Shown.AUTO;
            }
        }
        SiteConfig.ServiceSettings serviceSettings = new SiteConfig.ServiceSettings(
                optional(file, services, "catalog", problems), optional(file, services, "extend", problems),
                optional(file, services, "exam", problems), shown);
        return new SiteConfig(title, description, baseUrl, dialects, severities, headingsWithoutSpace, trustedHtml, serviceSettings,
                pages(file, map, problems));
    }

    /** {@code lastModified}, {@code image} and {@code editUrl}, with {@code SOURCE_DATE_EPOCH} from the environment. */
    private SiteConfig.PageSettings pages(Path file, Map<String, Object> map, List<Diagnostic> problems) {
        String mode = scalar(file, map, "lastModified", "git", problems).strip().toLowerCase(Locale.ROOT);
        SiteConfig.LastModified lastModified = switch (mode) {
            case "git" -> SiteConfig.LastModified.GIT;
            case "file" -> SiteConfig.LastModified.FILE;
            case "off", "false" -> SiteConfig.LastModified.OFF;
            default -> {
                problems.add(problem(file, Severity.ERROR, "invalid-config", "lastModified: expected git (the default: the last "
                        + "commit, else the file's time), file or off, found " + describe(map.get("lastModified"))));
                yield SiteConfig.LastModified.GIT;
            }
        };
        Optional<String> editUrl = optional(file, map, "editUrl", problems).map(String::strip);
        if (editUrl.isPresent() && !editUrl.get().contains("{path}")) {
            problems.add(new Diagnostic(file, 0, 0, Severity.ERROR, "invalid-config",
                    "editUrl: \"" + editUrl.get() + "\" has no {path}, which stands for the note's path in the vault",
                    "e.g. https://github.com/user/notes/edit/main/{path}"));
            editUrl = Optional.empty();
        }
        return new SiteConfig.PageSettings(lastModified, Optional.empty(),
                optional(file, map, "image", problems).map(String::strip), editUrl);
    }

    /** {@code SOURCE_DATE_EPOCH}, the reproducible-builds convention: seconds since 1970, in UTC. */
    private Optional<Instant> sourceDateEpoch(List<Diagnostic> problems) {
        String value = environment.apply("SOURCE_DATE_EPOCH");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            problems.add(new Diagnostic(null, 0, 0, Severity.ERROR, "invalid-config",
                    "SOURCE_DATE_EPOCH: \"" + value + "\" is not a number of seconds since 1970", null));
            return Optional.empty();
        }
    }

    /** {@code dialects:}: vault folder to dialect. A folder outside the vault or named twice is an error. */
    private static Map<String, Dialect> dialects(Path vaultRoot, Path file, Map<String, Object> section,
                                                 List<Diagnostic> problems) {
        Map<String, Dialect> dialects = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : section.entrySet()) {
            Optional<String> folder = VaultFolder.normalise(e.getKey());
            if (folder.isEmpty()) {
                problems.add(problem(file, Severity.ERROR, "invalid-config", "dialects: \"" + e.getKey()
                        + "\" is not a folder inside the vault (write it relative to the vault, e.g. blog/posts; \".\" is the root)"));
                continue;
            }
            Dialect dialect;
            try {
                dialect = Dialect.parse(String.valueOf(e.getValue()));
            } catch (IllegalArgumentException ex) {
                problems.add(problem(file, Severity.ERROR, "invalid-config",
                        "dialects: \"" + e.getValue() + "\" is not a dialect (use obsidian or jekyll)"));
                continue;
            }
            Dialect before = dialects.put(folder.get(), dialect);
            if (before != null && before != dialect) {
                problems.add(problem(file, Severity.ERROR, "invalid-config", "dialects: the folder \""
                        + VaultFolder.display(folder.get()) + "\" is named twice, as " + before.label() + " and " + dialect.label()));
            } else if (!Files.isDirectory(vaultRoot.resolve(folder.get()))) {
                problems.add(problem(file, Severity.WARNING, "unknown-config-key",
                        "dialects: there is no folder \"" + VaultFolder.display(folder.get()) + "\" in the vault"));
            }
        }
        return dialects;
    }

    /**
     * The address the site is published at, for the sitemap and canonical links: an absolute http(s) URL
     * without query or fragment, kept with a trailing '/' so site paths can be appended to it.
     */
    private static Optional<String> baseUrl(Path file, String value, List<Diagnostic> problems) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String problem;
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                problem = "must start with https:// or http://";
            } else if (uri.getRawAuthority() == null || uri.getHost() == null) {
                problem = "has no host name";
            } else if (uri.getRawUserInfo() != null) {
                problem = "may not contain a user name or password";
            } else if (uri.getRawQuery() != null || value.contains("?")) {
                problem = "may not have a query (?…)";
            } else if (uri.getRawFragment() != null || value.contains("#")) {
                problem = "may not have a fragment (#…)";
            } else {
                // Non-ASCII in the path is percent-encoded as UTF-8; what is encoded already stays as written.
                String ascii = scheme + uri.toASCIIString().substring(scheme.length());
                return Optional.of(ascii.endsWith("/") ? ascii : ascii + "/");
            }
        } catch (URISyntaxException e) {
            problem = "is not a valid URL: " + e.getReason()
                    + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "") + " (percent-encode spaces as %20)";
        }
        problems.add(new Diagnostic(file, 0, 0, Severity.ERROR, "invalid-config",
                "baseUrl: \"" + value + "\" " + problem,
                "use the address the site is published at, e.g. https://user.github.io/notes/"));
        return Optional.empty();
    }

    private ObsidianSettings loadObsidian(Path appJson, List<Diagnostic> problems) {
        if (!Files.isRegularFile(appJson)) {
            return ObsidianSettings.DEFAULTS;
        }
        Optional<String> outside = VaultFile.leavesVault(appJson.getParent().getParent(), appJson);
        if (outside.isPresent()) {
            problems.add(problem(appJson, Severity.WARNING, "symbolic-link",
                    ".obsidian/app.json " + outside.get() + "; it is not read, and Obsidian's defaults apply"));
            return ObsidianSettings.DEFAULTS;
        }
        Map<String, Object> map = readMap(appJson, problems, Severity.WARNING);
        if (map == null) {
            return ObsidianSettings.DEFAULTS;
        }
        boolean strict = Boolean.parseBoolean(String.valueOf(map.getOrDefault("strictLineBreaks", "false")));
        String attachments = text(map.get("attachmentFolderPath"), ObsidianSettings.DEFAULTS.attachmentFolderPath());
        return new ObsidianSettings(strict, attachments);
    }

    private static Map<String, Object> readMap(Path file, List<Diagnostic> problems, Severity severity) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            problems.add(problem(file, severity, "invalid-config", "cannot read: " + e.getMessage()));
            return null;
        }
        try {
            Object value = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(text);
            if (value == null) {
                return Map.of();
            }
            if (value instanceof Map<?, ?> m) {
                return withStringKeys(m);
            }
            problems.add(problem(file, severity, "invalid-config", "expected a map of settings, found " + describe(value)));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0);
            int column = e.getProblemMark().map(mark -> mark.getColumn() + 1).orElse(0);
            problems.add(new Diagnostic(file, line, column, severity, "invalid-config",
                    "not valid YAML: " + e.getProblem(), null));
        } catch (YamlEngineException e) {
            problems.add(problem(file, severity, "invalid-config", "not valid YAML: " + e.getMessage()));
        }
        return null;
    }

    private static Map<String, Object> section(Path file, Map<String, Object> map, String key, List<Diagnostic> problems) {
        Object value = map.get(key);
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> m) {
            return withStringKeys(m);
        }
        problems.add(problem(file, Severity.ERROR, "invalid-config", key + ": expected a map, found " + describe(value)));
        return Map.of();
    }

    /** YAML keys may be numbers or booleans ({@code 2024: x}); settings are looked up by their text. */
    private static Map<String, Object> withStringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** A setting that must be text (numbers are read as their text); lists and maps are an error. */
    private static String scalar(Path file, Map<String, Object> map, String key, String fallback, List<Diagnostic> problems) {
        Object value = map.get(key);
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            problems.add(problem(file, Severity.ERROR, "invalid-config", key + ": expected text, found " + describe(value)));
            return fallback;
        }
        return text(value, fallback);
    }

    private static Optional<String> optional(Path file, Map<String, Object> map, String key, List<Diagnostic> problems) {
        return Optional.of(scalar(file, map, key, "", problems)).filter(s -> !s.isBlank());
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }

    private static String describe(Object value) {
        return value instanceof List<?> ? "a list" : value instanceof Map<?, ?> ? "a map" : "\"" + value + "\"";
    }

    private static Diagnostic problem(Path file, Severity severity, String code, String message) {
        return new Diagnostic(file, 0, 0, severity, code, message, null);
    }
}
