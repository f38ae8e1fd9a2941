package io.studysite.config;

import java.util.Optional;

/** A folder of the vault as {@code studysite.yml} names it: "" for the root, else "a/b" without slashes around. */
public final class VaultFolder {
    private VaultFolder() {}

    /**
     * The folder as the vault's paths spell it: {@code "."}, {@code ""}, {@code "/"} and {@code "./"} are the root;
     * leading {@code ./} or {@code /}, trailing and doubled {@code /} and {@code \} separators are tidied. Empty when
     * the name leaves the vault ({@code ..}) or is a pattern rather than a folder.
     */
    static Optional<String> normalise(String written) {
        StringBuilder out = new StringBuilder();
        for (String part : written.strip().replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") || part.contains("*") || part.contains("?")) {
                return Optional.empty();
            }
            out.append(out.isEmpty() ? "" : "/").append(part);
        }
        return Optional.of(out.toString());
    }

    /** How a message names the folder: "." for the root. */
    public static String display(String folder) {
        return folder.isEmpty() ? "." : folder;
    }
}
