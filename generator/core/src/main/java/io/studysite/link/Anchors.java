package io.studysite.link;

import io.studysite.note.Heading;
import io.studysite.note.Note;
import io.studysite.note.Slug;

import java.util.List;
import java.util.Optional;

/**
 * Finds the heading an anchor names, as Obsidian does: case-insensitively and ignoring punctuation
 * ({@code #wifi 2 4} finds "Wifi 2.4"); {@code H1#H2} names H2 inside H1's section.
 */
public final class Anchors {
    private Anchors() {}

    /** The heading's id on the target page, if the note has that heading. */
    public static Optional<String> headingId(Note note, String anchor) {
        List<Heading> headings = note.headings();
        int from = 0;
        int to = headings.size();
        Heading found = null;
        for (String part : anchor.split("#")) {
            if (part.isBlank()) {
                continue;
            }
            String key = Slug.matchKey(part);
            found = null;
            for (int i = from; i < to; i++) {
                if (Slug.matchKey(headings.get(i).text()).equals(key)) {
                    found = headings.get(i);
                    from = i + 1;
                    to = sectionEnd(headings, i);
                    break;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(found).map(Heading::id);
    }

    public static boolean isBlockRef(String anchor) {
        return anchor.startsWith("^");
    }

    /** The element id of the block {@code ^id} names on the note's page, if the note marks such a block. */
    public static Optional<String> blockId(Note note, String anchor) {
        String id = anchor.substring(1);
        return note.blockIds().contains(id) ? Optional.of("^" + id) : Optional.empty();
    }

    private static int sectionEnd(List<Heading> headings, int index) {
        int level = headings.get(index).level();
        for (int i = index + 1; i < headings.size(); i++) {
            if (headings.get(i).level() <= level) {
                return i;
            }
        }
        return headings.size();
    }
}
