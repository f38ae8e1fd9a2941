package io.studysite.config;

import java.util.Locale;

/** The Markdown flavour a note is written in; decides the parser configuration. */
public enum Dialect {
    /** Obsidian vault notes: wikilinks, embeds, single newlines as line breaks. */
    OBSIDIAN,
    /** Jekyll / GitHub Pages notes: front matter, Liquid tags, kramdown attributes. */
    JEKYLL;

    /** As {@code studysite.yml} spells it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Dialect parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
