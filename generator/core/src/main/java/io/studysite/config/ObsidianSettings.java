package io.studysite.config;

/**
 * The parts of {@code .obsidian/app.json} that change how notes render or resolve.
 *
 * @param strictLineBreaks     false (Obsidian's default): a single newline is a line break
 * @param attachmentFolderPath where new attachments go: "/" the vault root, "./" beside the note,
 *                             "./sub" a folder beside the note, else a fixed vault folder
 */
public record ObsidianSettings(boolean strictLineBreaks, String attachmentFolderPath) {
    public static final ObsidianSettings DEFAULTS = new ObsidianSettings(false, "/");
}
