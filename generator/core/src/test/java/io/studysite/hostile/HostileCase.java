package io.studysite.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One case of {@link HostileInputIT}: a hostile note or file put into a vault beside an ordinary control note.
 *
 * @param family      the kind of attack or breakage, as the issue groups them
 * @param name        what is hostile, with its size
 * @param setup       writes the hostile files into the vault (and, for links out, beside it)
 * @param codes       the diagnostics that must all be printed; empty where nothing is wrong to report
 * @param interactive whether its pages are hovered, focused and clicked (payloads waiting for a reader)
 */
record HostileCase(String family, String name, Setup setup, List<String> codes, boolean interactive) {
    /** The hostile note's file name in the cases that write one note. */
    static final String NOTE = "Hostile.md";

    interface Setup {
        /** {@code vault} is the content folder; {@code outside} its parent, where the secret files are. */
        void write(Path vault, Path outside) throws IOException;
    }

    static HostileCase note(String family, String name, String text, String... codes) {
        return files(family, name, (vault, outside) -> Files.writeString(vault.resolve(NOTE), text), codes);
    }

    static HostileCase bytes(String family, String name, byte[] content, String... codes) {
        return files(family, name, (vault, outside) -> Files.write(vault.resolve(NOTE), content), codes);
    }

    static HostileCase files(String family, String name, Setup setup, String... codes) {
        return new HostileCase(family, name, setup, List.of(codes), false);
    }

    /** Its pages are hovered, focused and clicked, not only opened. */
    HostileCase hoveredAndClicked() {
        return new HostileCase(family, name, setup, codes, true);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return family + ": " + name;
    }
}
