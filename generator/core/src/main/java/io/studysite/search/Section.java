package io.studysite.search;

import io.studysite.services.NoteSubject;
import io.studysite.services.Service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One searchable unit: the text of a note from one heading to the next (or before the first
 * heading), with where it sits and what it is about.
 *
 * @param names    what the note is called: its title, its file name (without extension) and its aliases,
 *                 normalised for search, without repeats; every section of the note carries them
 * @param headings the heading path down to this section, outermost first; empty for the lead section
 * @param url      the section's address on the site, relative to the site root ({@code note.html#id})
 * @param anchor   the id of its heading on the note's page; empty for the lead section
 * @param text     the section's plain text, normalised for search
 * @param subject  the services its note is about, and why
 * @param covers   the services it is about: its note's subject, its heading's, an enclosing heading's
 *                 ({@link io.studysite.services.Coverage})
 * @param mentions the other services its text names
 */
public record Section(String note, String noteTitle, List<String> names, List<String> headings, String url, String anchor, String text,
                      List<String> tags, NoteSubject subject, List<Service> covers, List<Service> mentions) {
    public Section {
        names = List.copyOf(names);
        headings = List.copyOf(headings);
        tags = List.copyOf(tags);
        covers = List.copyOf(covers);
        mentions = List.copyOf(mentions);
    }

    /** The services it covers, then those it mentions. */
    public List<Service> services() {
        LinkedHashSet<Service> all = new LinkedHashSet<>(covers);
        all.addAll(mentions);
        return List.copyOf(all);
    }

    /** "Note › Heading › Sub-heading", as results show it. */
    public String place() {
        return place(noteTitle, headings);
    }

    /** The heading path as shown after the note's title: without a first heading that only repeats that title. */
    public List<String> shownHeadings() {
        return shownHeadings(noteTitle, headings);
    }

    static String place(String noteTitle, List<String> headings) {
        List<String> shown = shownHeadings(noteTitle, headings);
        return shown.isEmpty() ? noteTitle : noteTitle + " › " + String.join(" › ", shown);
    }

    /**
     * A first heading repeats the title when the two have the same letters and digits, whatever their case,
     * punctuation and spacing ("Rotating AWS KMS Keys" and "Rotating AWS KMS keys"). search-ui.js compares alike.
     */
    static List<String> shownHeadings(String noteTitle, List<String> headings) {
        boolean repeatsTitle = !headings.isEmpty() && loosely(headings.get(0)).equals(loosely(noteTitle));
        return repeatsTitle ? headings.subList(1, headings.size()) : headings;
    }

    private static String loosely(String text) {
        return NOT_LETTERS.matcher(SearchText.normalize(text).toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
}
