package io.studysite.diag;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every diagnostic code studysite reports, with its default severity and what it means: the one list the
 * emitters are checked against ({@link Diagnostic} refuses any other code), {@code studysite.yml}'s
 * {@code diagnostics:} keys are checked against, and README's diagnostics table must match.
 * One line per code, in README order.
 */
public enum DiagnosticCode {
    UNRESOLVED_LINK("unresolved-link", Severity.WARNING, "no note has that name, or the note it names is unpublished"),
    EMPTY_LINK("empty-link", Severity.WARNING, "a Markdown link with no address, [text]()"),
    MISSING_ATTACHMENT("missing-attachment", Severity.WARNING, "an embedded or linked file is not in the vault"),
    AMBIGUOUS_LINK("ambiguous-link", Severity.WARNING, "several files have that name; the one linked is named"),
    UNRESOLVED_HEADING("unresolved-heading", Severity.WARNING, "the note exists but not the heading"),
    UNRESOLVED_BLOCK("unresolved-block", Severity.WARNING, "the note exists but not the block"),
    EMBED_CYCLE("embed-cycle", Severity.WARNING, "an embed would repeat itself"),
    EMBED_DEPTH("embed-depth", Severity.WARNING, "embeds nest more than 4 deep"),
    EMBEDS_TOO_LARGE("embeds-too-large", Severity.WARNING, "a page's embeds add more HTML than a page can show; the rest show a notice"),
    UNSAFE_HTML("unsafe-html", Severity.WARNING, "raw HTML, a link or an attribute that would run a script was removed"),
    INVALID_TAG("invalid-tag", Severity.WARNING, "a front-matter tag made only of digits"),
    ALIAS_LINK("alias-link", Severity.INFO, "resolved through a note's alias, which Obsidian itself does not do"),
    MOJIBAKE_REPAIRED("mojibake-repaired", Severity.WARNING, "UTF-8 text that had been read as Windows-1252 was repaired"),
    INVALID_UTF8("invalid-utf8", Severity.WARNING, "the file is not UTF-8"),
    UNREADABLE_FILE("unreadable-file", Severity.WARNING, "a file or folder cannot be read; it is left out"),
    SYMBOLIC_LINK("symbolic-link", Severity.WARNING, "a symbolic link in the vault is not followed, or a settings file leads out of the vault"),
    INVALID_FRONT_MATTER("invalid-front-matter", Severity.WARNING, "the front matter is not valid YAML"),
    NOTE_TOO_COMPLEX("note-too-complex", Severity.WARNING, "a note nests too deep or is too large to show; its page shows a notice"),
    NOTE_TITLES("note-titles", Severity.INFO, "where the notes' titles come from (file names or leading H1s), and why"),
    NOTE_SUBJECTS("note-subjects", Severity.INFO, "how many notes are about a service, and what says so (title, tags, folder…)"),
    JEKYLL_DIALECT("jekyll-dialect", Severity.INFO, "the note is read as Jekyll; the message names the evidence"),
    UNSUPPORTED_LIQUID("unsupported-liquid", Severity.WARNING, "a Liquid tag or expression studysite cannot evaluate"),
    NAME_SHORTENED("name-shortened", Severity.INFO, "a name too long for a file name once published is shortened"),
    SLUG_COLLISION("slug-collision", Severity.WARNING, "two files would have the same address; one got a suffix"),
    GENERATED_PAGES_MOVED("generated-pages-moved", Severity.INFO, "a vault folder has the name of a kind of generated page, which moves under _studysite/"),
    SERVICES_OFF("services-off", Severity.INFO, "the service cross-reference is off: too few notes are about the catalog's services, or studysite.yml says so"),
    SERVICES_ON("services-on", Severity.INFO, "with --verbose: the service cross-reference is on, and why"),
    RESERVED_NAME("reserved-name", Severity.WARNING, "a top-level file or folder named _studysite is published under another name"),
    INVALID_CONFIG("invalid-config", Severity.ERROR, "studysite.yml cannot be used as written"),
    UNKNOWN_CONFIG_KEY("unknown-config-key", Severity.WARNING, "studysite.yml has a key studysite does not know"),
    INVALID_CATALOG("invalid-catalog", Severity.ERROR, "a service catalog file that cannot be used"),
    UNKNOWN_EXAM("unknown-exam", Severity.WARNING, "an exam the service catalog does not know"),
    TEMPLATE_ERROR("template-error", Severity.ERROR, "a theme template does not compile or render"),
    FILE_NAME_ENCODING("file-name-encoding", Severity.WARNING, "Java reads file names in a non-UTF-8 locale"),
    USAGE("usage", Severity.ERROR, "a wrong option or folder");

    private static final Map<String, DiagnosticCode> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(DiagnosticCode::code, Function.identity()));

    private final String code;
    private final Severity severity;
    private final String meaning;

    DiagnosticCode(String code, Severity severity, String meaning) {
        this.code = code;
        this.severity = severity;
        this.meaning = meaning;
    }

    /** The stable kebab-case code users see and configure, e.g. {@code unresolved-link}. */
    public String code() {
        return code;
    }

    /** The severity a diagnostic with this code has unless {@code studysite.yml} says otherwise. */
    public Severity severity() {
        return severity;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<DiagnosticCode> of(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The known code closest in spelling to {@code code}, for a "did you mean" hint, if one is close. */
    public static Optional<DiagnosticCode> closestTo(String code) {
        DiagnosticCode best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DiagnosticCode candidate : values()) {
            int distance = distance(code.toLowerCase(Locale.ROOT), candidate.code);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // A third of the letters may differ: "unresolved-links" finds "unresolved-link", "colour" finds nothing.
        return bestDistance <= Math.max(2, code.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
