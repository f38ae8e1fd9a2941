package io.studysite.vault;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A file's path inside the vault: '/'-separated, relative, NFC-normalised, so that
 * names typed on macOS (NFD) and elsewhere (NFC) compare equal.
 */
public record VaultPath(String value) implements Comparable<VaultPath> {

    public VaultPath {
        value = Normalizer.normalize(value.replace('\\', '/'), Normalizer.Form.NFC);
        if (value.startsWith("/") || value.isEmpty()) {
            throw new IllegalArgumentException("not a relative vault path: " + value);
        }
    }

    public static VaultPath of(String value) {
        return new VaultPath(value);
    }

    /** {@code a/b/Note.md} → {@code Note.md} */
    public String fileName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    /** {@code a/b/Note.md} → {@code a/b}; the root folder is "". */
    public String folder() {
        int slash = value.lastIndexOf('/');
        return slash < 0 ? "" : value.substring(0, slash);
    }

    /** Lower-case extension without the dot, "" when there is none. */
    public String extension() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file name without its extension: a note's name as wikilinks write it. */
    public String stem() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /** The path without its extension: {@code a/b/Note}. */
    public String withoutExtension() {
        String folder = folder();
        return folder.isEmpty() ? stem() : folder + "/" + stem();
    }

    public boolean isNote() {
        String ext = extension();
        return ext.equals("md") || ext.equals("markdown");
    }

    @Override
    public int compareTo(VaultPath other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
