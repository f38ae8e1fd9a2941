package io.studysite.link;

import io.studysite.config.ObsidianSettings;
import io.studysite.vault.VaultPath;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Obsidian's link resolution, made deterministic: exact vault path, then the path relative to the
 * linking note ({@code ./} and {@code ../} paths only that), then the file name (case-insensitive, NFC);
 * among same-named files the linking note's folder wins, then the attachment folder, then the shortest
 * path, then alphabetical order. A bare wikilink name that other files share is ambiguous even when the
 * vault path or the folder settled it; a Markdown link's path is not. Aliases resolve last. Pure: the
 * same question always gets the same answer.
 */
public final class LinkResolver {
    private static final Set<String> NOTE_EXTENSIONS = Set.of("md", "markdown");

    private final LinkIndex index;
    private final ObsidianSettings settings;

    public LinkResolver(LinkIndex index, ObsidianSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    public LinkIndex index() {
        return index;
    }

    /**
     * @param from   the linking note
     * @param target the file part as written, percent-decoded; "" means the linking note itself
     */
    public Resolution resolve(VaultPath from, String target) {
        return resolve(from, target, false);
    }

    /**
     * As {@link #resolve(VaultPath, String)}, for a Markdown link ({@code markdown}) or a wikilink. Both lead to
     * the same file; they differ in what counts as ambiguous. A Markdown link is a path: one that names a file,
     * from the vault root or from the linking note's folder, is not ambiguous because other files share its
     * name ({@code [x](getting-started.md)} in {@code kms/}), only when both readings name different files.
     */
    public Resolution resolve(VaultPath from, String target, boolean markdown) {
        String t = Normalizer.normalize(target.trim().replace('\\', '/'), Normalizer.Form.NFC);
        if (t.isEmpty()) {
            return new Resolution(Resolution.Kind.NOTE, from, List.of(from), false);
        }
        boolean siteRoot = t.startsWith("/");
        String path = siteRoot ? t.replaceFirst("^/+", "") : t;
        String extension = extension(path);
        boolean noteFirst = extension.isEmpty() || NOTE_EXTENSIONS.contains(extension) || !looksLikeExtension(extension);
        Resolution first = noteFirst ? resolveNote(from, path, siteRoot, markdown)
                : resolveAttachment(from, path, siteRoot, markdown);
        if (first.found()) {
            return first;
        }
        return noteFirst ? resolveAttachment(from, path, siteRoot, markdown) : resolveNote(from, path, siteRoot, markdown);
    }

    private Resolution resolveNote(VaultPath from, String path, boolean siteRoot, boolean markdown) {
        String stem = NOTE_EXTENSIONS.contains(extension(path)) ? path.substring(0, path.lastIndexOf('.')) : path;
        List<VaultPath> exact = index.notesAtPath(stem);
        List<VaultPath> besideNote = siteRoot ? List.of() : atRelativePath(from, stem, index::notesAtPath);
        if (exact.isEmpty()) {
            exact = besideNote;
        }
        if (!exact.isEmpty()) {
            Resolution chosen = pick(Resolution.Kind.NOTE, exact, from, false);
            return markdown ? withOtherReading(chosen, besideNote, from)
                    : withNamesakes(chosen, path, siteRoot ? List.of() : index.notesNamed(stem), from);
        }
        if (siteRoot) {
            return Resolution.MISSING;
        }
        if (stem.contains("/")) {
            // A partial path ([[Projects/Note]]) names the notes whose path ends with it.
            String suffix = "/" + LinkIndex.key(stem);
            List<VaultPath> bySuffix = index.notesNamed(stem.substring(stem.lastIndexOf('/') + 1)).stream()
                    .filter(p -> LinkIndex.key("/" + p.withoutExtension()).endsWith(suffix)).toList();
            return bySuffix.isEmpty() ? Resolution.MISSING : pick(Resolution.Kind.NOTE, bySuffix, from, false);
        }
        List<VaultPath> named = index.notesNamed(stem);
        if (!named.isEmpty()) {
            return pick(Resolution.Kind.NOTE, named, from, false);
        }
        List<VaultPath> aliased = index.notesAliased(stem);
        return aliased.isEmpty() ? Resolution.MISSING : pick(Resolution.Kind.NOTE, aliased, from, true);
    }

    private Resolution resolveAttachment(VaultPath from, String path, boolean siteRoot, boolean markdown) {
        List<VaultPath> exact = index.attachmentsAtPath(path);
        List<VaultPath> besideNote = siteRoot ? List.of() : atRelativePath(from, path, index::attachmentsAtPath);
        if (exact.isEmpty()) {
            exact = besideNote;
        }
        if (!exact.isEmpty()) {
            Resolution chosen = pick(Resolution.Kind.ATTACHMENT, exact, from, false);
            return markdown ? withOtherReading(chosen, besideNote, from)
                    : withNamesakes(chosen, path, siteRoot ? List.of() : index.attachmentsNamed(path), from);
        }
        // A Jekyll site-root path (/assets/x.png) whose folders differ from the vault's still finds the file by name.
        String name = path.substring(path.lastIndexOf('/') + 1);
        List<VaultPath> named = index.attachmentsNamed(name);
        if (!path.contains("/") || siteRoot) {
            return named.isEmpty() ? Resolution.MISSING : pick(Resolution.Kind.ATTACHMENT, named, from, false);
        }
        String suffix = "/" + LinkIndex.key(path);
        List<VaultPath> bySuffix = named.stream().filter(p -> LinkIndex.key("/" + p.value()).endsWith(suffix)).toList();
        return bySuffix.isEmpty() ? Resolution.MISSING : pick(Resolution.Kind.ATTACHMENT, bySuffix, from, false);
    }

    private Resolution pick(Resolution.Kind kind, List<VaultPath> candidates, VaultPath from, boolean viaAlias) {
        String attachmentFolder = attachmentFolder(from);
        Comparator<VaultPath> preference = Comparator
                .comparing((VaultPath p) -> !p.folder().equals(from.folder()))
                .thenComparing(p -> kind != Resolution.Kind.ATTACHMENT || !p.folder().equals(attachmentFolder))
                .thenComparingInt(p -> p.value().length())
                .thenComparing(VaultPath::value);
        List<VaultPath> ordered = candidates.stream().sorted(preference).toList();
        return new Resolution(kind, ordered.get(0), ordered, viaAlias);
    }

    /**
     * A bare name ({@code [[Dup]]}) that the vault path or the linking note's folder settled is still
     * ambiguous when other files have that name: they follow the chosen one as candidates.
     */
    private Resolution withNamesakes(Resolution chosen, String target, List<VaultPath> namesakes, VaultPath from) {
        if (target.contains("/") || namesakes.size() <= chosen.candidates().size()) {
            return chosen;
        }
        List<VaultPath> others = namesakes.stream().filter(p -> !chosen.candidates().contains(p)).toList();
        List<VaultPath> all = new ArrayList<>(chosen.candidates());
        all.addAll(pick(chosen.kind(), others, from, false).candidates());
        return new Resolution(chosen.kind(), chosen.path(), all, chosen.viaAlias());
    }

    /** The files at {@code path} read from the linking note's folder ({@code ./} and {@code ../} resolved). */
    private static List<VaultPath> atRelativePath(VaultPath from, String path, Function<String, List<VaultPath>> lookup) {
        String relative = relativeTo(from.folder(), path);
        return relative == null ? List.of() : lookup.apply(relative);
    }

    /**
     * A Markdown path that names one file from the vault root and another from the linking note's folder:
     * the vault path wins, as in Obsidian (GitHub would take the other), and both are candidates.
     */
    private Resolution withOtherReading(Resolution chosen, List<VaultPath> besideNote, VaultPath from) {
        List<VaultPath> others = besideNote.stream().filter(p -> !chosen.candidates().contains(p)).toList();
        if (others.isEmpty()) {
            return chosen;
        }
        List<VaultPath> all = new ArrayList<>(chosen.candidates());
        all.addAll(pick(chosen.kind(), others, from, false).candidates());
        return new Resolution(chosen.kind(), chosen.path(), all, chosen.viaAlias());
    }

    /** The folder Obsidian saves this note's attachments in, from {@code attachmentFolderPath}. */
    private String attachmentFolder(VaultPath from) {
        String setting = settings.attachmentFolderPath().replace('\\', '/');
        if (setting.equals("/") || setting.isEmpty()) {
            return "";
        }
        if (setting.startsWith("./")) {
            String sub = setting.substring(2).replaceAll("/+$", "");
            String relative = relativeTo(from.folder(), sub.isEmpty() ? "." : sub);
            return relative == null ? from.folder() : relative;
        }
        return setting.replaceAll("^/+|/+$", "");
    }

    /** Resolves {@code ./} and {@code ../} against a vault folder; {@code null} when it leaves the vault. */
    static String relativeTo(String folder, String path) {
        Deque<String> parts = new ArrayDeque<>();
        if (!folder.isEmpty()) {
            for (String s : folder.split("/")) parts.addLast(s);
        }
        for (String s : path.split("/")) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(s);
            }
        }
        return parts.isEmpty() ? "" : String.join("/", parts);
    }

    /** How a Markdown link in {@code from} names {@code to} relative to its folder: {@code ./b.md}, {@code ../a/b.md}. */
    static String pathBetween(VaultPath from, VaultPath to) {
        List<String> fromParts = from.folder().isEmpty() ? List.of() : List.of(from.folder().split("/"));
        List<String> toParts = List.of(to.value().split("/"));
        int common = 0;
        while (common < fromParts.size() && common < toParts.size() - 1 && fromParts.get(common).equals(toParts.get(common))) {
            common++;
        }
        StringBuilder out = new StringBuilder(common == fromParts.size() ? "./" : "");
        out.append("../".repeat(fromParts.size() - common));
        out.append(String.join("/", toParts.subList(common, toParts.size())));
        return out.toString();
    }

    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether a target names a non-note file ({@code x.png}, {@code doc.pdf}) rather than a note. */
    public static boolean namesFile(String target) {
        String ext = extension(target);
        return !ext.isEmpty() && !NOTE_EXTENSIONS.contains(ext) && looksLikeExtension(ext);
    }

    /** "png" and "mp4" are extensions; "js basics" in "Node.js basics" and "0" in "Version 2.0" are not. */
    private static boolean looksLikeExtension(String ext) {
        return ext.length() <= 8 && ext.chars().allMatch(Character::isLetterOrDigit) && ext.chars().anyMatch(Character::isLetter);
    }
}
