package io.studysite.render;

import io.studysite.note.Heading;
import io.studysite.note.Note;

import java.util.List;
import java.util.Optional;

/**
 * A note whose first heading is an H1 saying its title has that heading lifted to the top of the page, so the title
 * comes first and the note's tags, properties and services follow it (above the text, they would push the title
 * down). The heading keeps its id, so links and the contents still reach it.
 *
 * @param heading the heading's HTML, marked as the page's title
 * @param rest    the note's HTML without it
 */
record TitleHeading(String heading, String rest) {
    private static final String HEADING_SERVICES = "<p class=\"heading-services\">";

    /** The split of the rendered {@code content}, when its first heading is the title's H1. */
    static Optional<TitleHeading> of(String content, Note note) {
        List<Heading> headings = note.headings();
        if (headings.isEmpty() || headings.get(0).level() != 1 || !headings.get(0).text().equals(note.title())) {
            return Optional.empty();
        }
        String open = "<h1 id=\"" + headings.get(0).id() + "\"";
        int start = content.indexOf(open);
        int end = start < 0 ? -1 : content.indexOf("</h1>", start);
        // An H1 before it (from an embed) would be the page's first heading: leave the order alone then.
        if (end < 0 || content.lastIndexOf("<h1", start - 1) >= 0) {
            return Optional.empty();
        }
        end += "</h1>".length();
        String heading = "<h1 class=\"note-title\"" + content.substring(start + "<h1".length(), end);
        // The services the title names are among the note's own, listed below the title already.
        int after = end;
        while (after < content.length() && Character.isWhitespace(content.charAt(after))) {
            after++;
        }
        if (content.startsWith(HEADING_SERVICES, after)) {
            end = content.indexOf("</p>", after) + "</p>".length();
        }
        return Optional.of(new TitleHeading(heading, content.substring(0, start) + content.substring(end)));
    }
}
