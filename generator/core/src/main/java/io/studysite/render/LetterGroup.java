package io.studysite.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The notes of a long listing that start with one letter (accents dropped, "#" for digits and signs), so a folder of
 * hundreds of notes reads as an index with a row of letters to jump to, without scripts.
 *
 * @param letter what the group shows; @param number its place, 1 first, naming its anchor {@code letter-N}
 *               (numbered ids are kept from headings, see {@code PageIds}); @param notes in listing order
 */
public record LetterGroup(String letter, int number, List<Views.LinkView> notes) {

    /** Groups in the order the letters first appear in {@code notes} (already in natural order). */
    static List<LetterGroup> of(List<Views.LinkView> notes) {
        Map<String, List<Views.LinkView>> byLetter = new LinkedHashMap<>();
        for (Views.LinkView note : notes) {
            byLetter.computeIfAbsent(letterOf(note.title()), k -> new ArrayList<>()).add(note);
        }
        List<LetterGroup> groups = new ArrayList<>();
        byLetter.forEach((letter, list) -> groups.add(new LetterGroup(letter, groups.size() + 1, List.copyOf(list))));
        return groups;
    }

    static String letterOf(String title) {
        String stripped = Normalizer.normalize(title.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        int first = stripped.isEmpty() ? '#' : stripped.codePointAt(0);
        return Character.isLetter(first) && first < 0x250 ? new String(Character.toChars(first)).toUpperCase(Locale.ROOT) : "#";
    }
}
