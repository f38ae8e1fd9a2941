package io.studysite.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a file of the vault really is in the vault. A symbolic link may name anything (a home folder's
 * {@code .ssh/}, another vault's settings): files read into the site are checked by where they really lead.
 */
public final class VaultFile {
    private VaultFile() {}

    /** Why {@code file} is not to be read as part of the vault at {@code vaultRoot}; empty when it may be. */
    public static Optional<String> leavesVault(Path vaultRoot, Path file) {
        try {
            Path real = file.toRealPath();
            if (real.startsWith(vaultRoot.toRealPath())) {
                return Optional.empty();
            }
            return Optional.of("is a symbolic link to " + real + ", outside the vault");
        } catch (IOException e) {
            return Optional.of(Files.isSymbolicLink(file) ? "is a symbolic link that leads nowhere" : "cannot be read: " + e.getMessage());
        }
    }
}
