package io.studysite.render;

import io.studysite.note.Note;
import io.studysite.vault.ChangeDates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The day a note last changed, as its page, the sitemap and the feed show it: the front matter's
 * {@code updated}, {@code modified}, … or {@code date} when it has one (the author knows best), else the day
 * {@link ChangeDates} gives (git, the file's time, or none).
 */
public final class NoteDates {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ChangeDates changes;

    public NoteDates(ChangeDates changes) {
        this.changes = changes;
    }

    public Optional<LocalDate> of(Note note) {
        return Sitemap.lastModified(note.properties()).map(LocalDate::parse)
                .or(() -> changes.of(note.path(), note.file()));
    }

    /** "5 March 2024": the same words on every machine. */
    static String shown(LocalDate day) {
        return SHOWN.format(day);
    }
}
