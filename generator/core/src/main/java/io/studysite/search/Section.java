package io.studysite.search;

import java.util.List;

/**
 * One searchable unit: the text of a note from one heading to the next (or before the first
 * heading), with where it sits and what it is about.
 *
 * @param headings the heading path down to this section, outermost first; empty for the lead section
 * @param url      the section's address on the site, relative to the site root ({@code note.html#id})
 * @param text     the section's plain text, normalised for search
 */
public record Section(String note, String noteTitle, List<String> headings, String url, String text,
                      List<String> tags, List<String> services) {
    public Section {
        headings = List.copyOf(headings);
        tags = List.copyOf(tags);
        services = List.copyOf(services);
    }

    /** "Note › Heading › Sub-heading", as results show it. */
    public String place() {
        return place(noteTitle, headings);
    }

    static String place(String noteTitle, List<String> headings) {
        return headings.isEmpty() ? noteTitle : noteTitle + " › " + String.join(" › ", headings);
    }
}
