package io.studysite.link;

import io.studysite.diag.Diagnostics;
import io.studysite.note.Note;
import io.studysite.note.Slug;
import io.studysite.vault.Attachment;
import io.studysite.vault.VaultPath;

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
 */
public final class SitePlan {
    /** Where the theme's static files go. */
    public static final String THEME_FOLDER = "_studysite";

    /** Top-level names the site itself uses; a vault file or folder that would take one gets a suffix. */
    public static final Set<String> RESERVED = Set.of(
            "index.html", "404.html", THEME_FOLDER, "tags", "search", "services", "folders", "graph",
            "sitemap.xml", "robots.txt", ".nojekyll");

    private final Map<VaultPath, String> outputByPath = new HashMap<>();

    private SitePlan() {}

    public static SitePlan of(List<Note> notes, List<Attachment> attachments, Diagnostics diagnostics) {
        SitePlan plan = new SitePlan();
        Set<String> folders = new HashSet<>();
        for (Note n : notes) folders.addAll(parentsOf(folderSlug(n.path())));
        for (Note n : notes) {
            Object permalink = n.properties().get("permalink");
            if (permalink != null) folders.addAll(parentsOf(folderSlug(permalinkPath(permalink.toString(), n.path()))));
        }
        for (Attachment a : attachments) folders.addAll(parentsOf(folderSlug(a.path())));
        Set<String> taken = new HashSet<>(RESERVED);
        taken.addAll(folders);
        // Every folder's index.html is its folder page.
        folders.forEach(folder -> taken.add(folder + "/index.html"));
        for (Note note : notes) {
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
        if (!candidate.equals(prefix + base + extension)) {
            diagnostics.info(file, 0, 0, "slug-collision",
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
            if (out.length() == 0 && RESERVED.contains(slug)) {
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

    private static String nameSlug(String name, String fallback) {
        String slug = Slug.of(name);
        return slug.isEmpty() ? fallback : slug;
    }
}
