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

/**
 * Obsidian's link resolution, made deterministic: exact vault path, then the path relative to the
 * linking note, then the file name (case-insensitive, NFC); among same-named files the linking
 * note's folder wins, then the attachment folder, then the shortest path, then alphabetical order.
 * A bare name that other files share is ambiguous even when the vault path or the folder settled it.
 * Aliases resolve last. Pure: the same question always gets the same answer.
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
        String t = Normalizer.normalize(target.trim().replace('\\', '/'), Normalizer.Form.NFC);
        if (t.isEmpty()) {
            return new Resolution(Resolution.Kind.NOTE, from, List.of(from), false);
        }
        boolean siteRoot = t.startsWith("/");
        String path = siteRoot ? t.replaceFirst("^/+", "") : t;
        String extension = extension(path);
        boolean noteFirst = extension.isEmpty() || NOTE_EXTENSIONS.contains(extension) || !looksLikeExtension(extension);
        Resolution first = noteFirst ? resolveNote(from, path, siteRoot) : resolveAttachment(from, path, siteRoot);
        if (first.found()) {
            return first;
        }
        return noteFirst ? resolveAttachment(from, path, siteRoot) : resolveNote(from, path, siteRoot);
    }

    private Resolution resolveNote(VaultPath from, String path, boolean siteRoot) {
        String stem = NOTE_EXTENSIONS.contains(extension(path)) ? path.substring(0, path.lastIndexOf('.')) : path;
        List<VaultPath> exact = index.notesAtPath(stem);
        if (exact.isEmpty() && !siteRoot) {
            String relative = relativeTo(from.folder(), stem);
            exact = relative == null ? List.of() : index.notesAtPath(relative);
        }
        if (!exact.isEmpty()) {
            return withNamesakes(pick(Resolution.Kind.NOTE, exact, from, false), path,
                    siteRoot ? List.of() : index.notesNamed(stem), from);
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

    private Resolution resolveAttachment(VaultPath from, String path, boolean siteRoot) {
        List<VaultPath> exact = index.attachmentsAtPath(path);
        if (exact.isEmpty() && !siteRoot) {
            String relative = relativeTo(from.folder(), path);
            exact = relative == null ? List.of() : index.attachmentsAtPath(relative);
        }
        if (!exact.isEmpty()) {
            return withNamesakes(pick(Resolution.Kind.ATTACHMENT, exact, from, false), path,
                    siteRoot ? List.of() : index.attachmentsNamed(path), from);
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
