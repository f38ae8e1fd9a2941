package io.studysite.link;

import io.studysite.diag.Diagnostics;
import io.studysite.note.Note;
import io.studysite.note.Slug;
import io.studysite.vault.Attachment;
import io.studysite.vault.VaultPath;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where every note and attachment lands in the site: readable slugs that keep the vault's folders
 * ({@code Folder/My Note.md} → {@code folder/my-note.html}), checked for collisions
 * case-insensitively (sites are served from case-insensitive disks too) and against the site's own files.
 * A folder's {@code index.md} (else its {@code README.md}) is that folder's page, {@code folder/index.html}; the
 * root's is the home page. The vault's top-level names win over the generated pages' ({@link SiteAddresses}).
 */
public final class SitePlan {
    /** Where the theme's static files go: the one top-level name a vault's folder cannot keep. */
    public static final String THEME_FOLDER = SiteAddresses.RESERVED_FOLDER;

    /** Top-level files the site itself writes, and the theme's folder; a vault file or folder that would take one gets a suffix. */
    public static final Set<String> RESERVED = Set.of(
            SiteAddresses.HOME, "404.html", THEME_FOLDER, "sitemap.xml", "robots.txt", ".nojekyll");

    /** The longest slug of one file or folder name, in UTF-8 bytes: room is left for "-2" and ".html". */
    static final int MAX_NAME_BYTES = 200;

    private final Map<VaultPath, String> outputByPath = new HashMap<>();
    /** Per vault folder ("" for the root), the note that is its page. */
    private final Map<String, VaultPath> folderNotes = new HashMap<>();
    private SiteAddresses addresses = SiteAddresses.standard();

    private SitePlan() {}

    public static SitePlan of(List<Note> notes, List<Attachment> attachments, Diagnostics diagnostics) {
        SitePlan plan = new SitePlan();
        Set<String> folders = new HashSet<>();
        Set<String> topLevel = new HashSet<>();
        for (Note n : notes) {
            folders.addAll(parentsOf(folderSlug(n.path())));
            topLevel.add(topLevelName(n.path(), ".html"));
        }
        for (Note n : notes) {
            Object permalink = n.properties().get("permalink");
            if (permalink != null) {
                VaultPath where = permalinkPath(permalink.toString(), n.path());
                folders.addAll(parentsOf(folderSlug(where)));
                topLevel.add(topLevelName(where, ".html"));
            }
        }
        for (Attachment a : attachments) {
            folders.addAll(parentsOf(folderSlug(a.path())));
            topLevel.add(topLevelName(a.path(), a.path().extension().isEmpty() ? "" : "." + a.path().extension()));
        }
        warnIfTheThemeFolderIsTaken(notes, attachments, diagnostics);
        plan.addresses = SiteAddresses.of(topLevel, diagnostics);
        Set<String> taken = new HashSet<>(RESERVED);
        taken.addAll(folders);
        plan.placeFolderNotes(notes, folders, taken);
        for (Note note : notes) {
            if (plan.outputByPath.containsKey(note.path())) {
                continue;
            }
            Object permalink = note.properties().get("permalink");
            VaultPath where = permalink == null ? note.path() : permalinkPath(permalink.toString(), note.path());
            plan.place(note.path(), where, note.file(), nameSlug(where.stem(), "note"), ".html", taken, diagnostics);
        }
        for (Attachment a : attachments) {
            String ext = a.path().extension();
            plan.place(a.path(), a.path(), a.file(), nameSlug(a.path().stem(), "file"), ext.isEmpty() ? "" : "." + ext, taken, diagnostics);
        }
        return plan;
    }

    /**
     * Each folder's {@code index.md}, else its {@code README.md} (as GitHub shows it), takes the folder's page; a
     * note with a permalink keeps its own address. Every other folder's index.html is its generated folder page.
     */
    private void placeFolderNotes(List<Note> notes, Set<String> folders, Set<String> taken) {
        Set<String> pages = new HashSet<>();
        for (String name : List.of("index", "readme")) {
            for (Note note : notes) {
                String folder = note.path().folder();
                String page = folder.isEmpty() ? SiteAddresses.HOME : folderPage(folder);
                // Folders "A" and "a" share one page: the first one's note takes it, the other's is an ordinary note.
                if (note.path().stem().equalsIgnoreCase(name) && note.properties().get("permalink") == null
                        && !folderNotes.containsKey(folder) && pages.add(page.toLowerCase(Locale.ROOT))) {
                    folderNotes.put(folder, note.path());
                    outputByPath.put(note.path(), page);
                }
            }
        }
        folders.forEach(folder -> taken.add(folder + "/index.html"));
    }

    /** A vault's own {@code _studysite} takes the theme's folder: it is published under another name, never silently. */
    private static void warnIfTheThemeFolderIsTaken(List<Note> notes, List<Attachment> attachments, Diagnostics diagnostics) {
        Map<VaultPath, java.nio.file.Path> files = new java.util.TreeMap<>();
        notes.forEach(n -> files.put(n.path(), n.file()));
        attachments.forEach(a -> files.put(a.path(), a.file()));
        for (Map.Entry<VaultPath, java.nio.file.Path> file : files.entrySet()) {
            String path = file.getKey().value();
            String top = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
            if (!top.isEmpty() && nameSlug(top, "folder").equals(THEME_FOLDER)) {
                diagnostics.warn(file.getValue(), 0, 0, "reserved-name", "the folder " + top + "/ takes the name of studysite's own folder "
                        + THEME_FOLDER + "/; it is published as " + THEME_FOLDER + "-2/");
                return;
            }
        }
    }

    /** What a vault path takes at the site's top level, lower case: its top folder's slug, or its own file name. */
    private static String topLevelName(VaultPath path, String extension) {
        String folder = folderSlug(path);
        return (folder.isEmpty() ? nameSlug(path.stem(), "note") + extension : folder.split("/")[0]).toLowerCase(Locale.ROOT);
    }

    /** The addresses of the generated pages in this site. */
    public SiteAddresses addresses() {
        return addresses;
    }

    /** The note that is a vault folder's page ("" for the home page), if the folder has one. */
    public java.util.Optional<VaultPath> folderNote(String folder) {
        return java.util.Optional.ofNullable(folderNotes.get(folder));
    }

    /** Whether a note is its folder's page (or the home page). */
    public boolean isFolderNote(VaultPath note) {
        return note.equals(folderNotes.get(note.folder()));
    }

    /**
     * @param where the vault path whose folders and name give the address: the file itself, or the
     *              note's {@code permalink} (Obsidian Publish's custom URL)
     */
    private void place(VaultPath path, VaultPath where, java.nio.file.Path file, String base, String extension,
                       Set<String> taken, Diagnostics diagnostics) {
        String folder = folderSlug(where);
        String prefix = folder.isEmpty() ? "" : folder + "/";
        String candidate = prefix + base + extension;
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = prefix + base + "-" + n + extension;
        }
        if (Slug.of(where.stem()).length() > base.length()) {
            diagnostics.info(file, 0, 0, "name-shortened", "the name is too long for a file name once published as "
                    + Slug.of(where.stem()) + extension + "; it is published as " + candidate);
        }
        if ((prefix + base + extension).equals(THEME_FOLDER)) {
            diagnostics.warn(file, 0, 0, "reserved-name", "the file " + where.fileName() + " takes the name of studysite's own folder "
                    + THEME_FOLDER + "/; it is published as " + candidate);
        } else if (!candidate.equals(prefix + base + extension)) {
            diagnostics.warn(file, 0, 0, "slug-collision",
                    "another file already has the address " + prefix + base + extension + "; this one is published as " + candidate);
        }
        taken.add(candidate.toLowerCase(Locale.ROOT));
        outputByPath.put(path, candidate);
    }

    /** {@code permalink: aws/dva} or {@code /aws/dva.html} → the vault-like path {@code aws/dva.md}. */
    private static VaultPath permalinkPath(String permalink, VaultPath fallback) {
        String p = permalink.trim().replace('\\', '/').replaceAll("^/+|/+$", "").replaceAll("\\.html?$", "");
        return p.isEmpty() || p.contains("..") ? fallback : VaultPath.of(p + ".md");
    }

    /** The page listing a vault folder ("a/b") of notes: {@code a/b/index.html}, slugged like the notes' own folders. */
    public static String folderPage(String folder) {
        return folderSlug(VaultPath.of(folder + "/x.md")) + "/index.html";
    }

    /** The site-relative file a note or attachment is written to, with '/'. */
    public String outputOf(VaultPath path) {
        String out = outputByPath.get(path);
        if (out == null) {
            throw new IllegalArgumentException("not planned: " + path);
        }
        return out;
    }

    private static String folderSlug(VaultPath path) {
        String folder = path.folder();
        if (folder.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : folder.split("/")) {
            String slug = nameSlug(segment, "folder");
            if (out.length() == 0 && slug.equals(THEME_FOLDER)) {
                slug = slug + "-2";
            } else if (out.length() > 0) {
                out.append('/');
            }
            out.append(slug);
        }
        return out.toString();
    }

    private static List<String> parentsOf(String folder) {
        if (folder.isEmpty()) {
            return List.of();
        }
        String[] segments = folder.split("/");
        String[] out = new String[segments.length];
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) path.append('/');
            path.append(segments[i]);
            out[i] = path.toString().toLowerCase(Locale.ROOT);
        }
        return List.of(out);
    }

    /**
     * The slug of a file or folder name, cut to {@link #MAX_NAME_BYTES} so that with a suffix and extension it stays
     * a legal file name (most file systems allow 255 bytes, and a slug can be longer than the name it comes from).
     */
    private static String nameSlug(String name, String fallback) {
        String slug = Slug.of(name);
        return slug.isEmpty() ? fallback : shortened(slug);
    }

    /** A slug over the limit keeps its start and gets a hash of the whole, so two long names stay apart. */
    private static String shortened(String slug) {
        if (slug.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return slug;
        }
        String hash = String.format("-%08x", slug.hashCode());
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < slug.length(); ) {
            int cp = slug.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_NAME_BYTES - hash.length()) {
                break;
            }
            kept.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return kept + hash;
    }
}
