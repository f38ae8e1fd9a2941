package io.studysite.link;

import io.studysite.vault.VaultPath;

import java.util.List;

/**
 * What a reference's target resolved to.
 *
 * @param path       the chosen file, {@code null} when missing
 * @param candidates every file the name matched, in preference order; more than one means ambiguous
 * @param viaAlias   the target matched a note's alias, not its file name
 */
public record Resolution(Kind kind, VaultPath path, List<VaultPath> candidates, boolean viaAlias) {
    public enum Kind { NOTE, ATTACHMENT, MISSING }

    public static final Resolution MISSING = new Resolution(Kind.MISSING, null, List.of(), false);

    public Resolution {
        candidates = List.copyOf(candidates);
    }

    public boolean found() {
        return kind != Kind.MISSING;
    }

    public boolean ambiguous() {
        return candidates.size() > 1;
    }
}
