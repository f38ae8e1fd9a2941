package io.studysite.vault;

import io.studysite.config.ObsidianSettings;
import io.studysite.config.SiteConfig;

import java.nio.file.Path;
import java.util.List;

/** Everything the load stage found: notes and attachments sorted by path, and the settings. */
public record Vault(Path root, SiteConfig config, ObsidianSettings obsidian,
                    List<NoteSource> notes, List<Attachment> attachments) {
    public Vault {
        notes = List.copyOf(notes);
        attachments = List.copyOf(attachments);
    }
}
