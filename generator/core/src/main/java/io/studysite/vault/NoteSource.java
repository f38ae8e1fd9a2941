package io.studysite.vault;

import io.studysite.config.Dialect;

import java.nio.file.Path;

/**
 * A note as read from disk: decoded, repaired text and the dialect it is written in.
 *
 * @param file the file on disk, used in diagnostics
 */
public record NoteSource(VaultPath path, Path file, String text, Dialect dialect) {}
