package io.studysite.vault;

import java.nio.file.Path;

/** A non-note file of the vault (image, PDF, audio…), copied to the site only when a published note uses it. */
public record Attachment(VaultPath path, Path file) {}
