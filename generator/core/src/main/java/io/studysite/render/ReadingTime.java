package io.studysite.render;

import io.studysite.search.Section;

import java.util.List;

/**
 * How long a note takes to read: its words (the text of its sections, as search reads it: code, table cells and
 * link labels included) at {@value #WORDS_PER_MINUTE} words a minute, rounded up; at least a minute.
 */
final class ReadingTime {
    /** A careful reading pace for study notes (screen reading of prose runs 200–250). */
    static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {}

    static int minutes(List<Section> sections) {
        long words = 0;
        for (Section section : sections) {
            words += words(section.text());
        }
        return (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    static long words(String text) {
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
