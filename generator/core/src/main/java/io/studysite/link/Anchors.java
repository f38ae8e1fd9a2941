package io.studysite.link;

import io.studysite.note.Heading;
import io.studysite.note.Note;
import io.studysite.note.Slug;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the element an anchor names on a note's page: a block ({@code ^id}), an {@code id} or {@code name} of
 * the note's raw HTML, or a heading. Headings match as Obsidian matches them, case-insensitively and ignoring
 * punctuation ({@code #wifi 2 4} finds "Wifi 2.4", {@code H1#H2} names H2 inside H1's section), else by the id
 * the page gives them, else by the anchor GitHub gives them ({@code #load-balancing--auto-scaling},
 * {@code #setup-1} for the second "Setup"), so links written for GitHub land on the same heading.
 */
public final class Anchors {
    private final Note note;
    /** Per heading, in order, the key Obsidian matches it by. */
    private final List<String> headingKeys = new ArrayList<>();
    private final Set<String> pageIds = new HashSet<>();
    /** GitHub's anchor of each heading, lower case, to the heading's id on the page. */
    private final Map<String, String> githubIds = new HashMap<>();

    private Anchors(Note note) {
        this.note = note;
        Set<String> taken = new HashSet<>();
        for (Heading heading : note.headings()) {
            headingKeys.add(Slug.matchKey(heading.text()));
            pageIds.add(heading.id());
            // github-slugger: the slug, then -1, -2… for its repeats.
            String base = Slug.github(heading.text());
            String slug = base;
            for (int n = 1; !taken.add(slug); n++) {
                slug = base + "-" + n;
            }
            githubIds.put(slug, heading.id());
        }
    }

    /** The note's anchors, worked out once: what any number of links into it then look up. */
    public static Anchors of(Note note) {
        return new Anchors(note);
    }

    /** {@link #elementId(String)} of a note's anchors, for a single question. */
    public static Optional<String> elementId(Note note, String anchor) {
        return of(note).elementId(anchor);
    }

    /** {@link #headingId(String)} of a note's anchors, for a single question. */
    public static Optional<String> headingId(Note note, String anchor) {
        return of(note).headingId(anchor);
    }

    /**
     * The id, on the note's page, of the element {@code anchor} names. An HTML anchor written exactly as linked
     * comes before a heading; one that differs only in case comes last.
     */
    public Optional<String> elementId(String anchor) {
        if (isBlockRef(anchor)) {
            return blockId(note, anchor);
        }
        if (note.htmlAnchors().contains(anchor)) {
            return Optional.of(anchor);
        }
        Optional<String> heading = headingId(anchor);
        if (heading.isPresent()) {
            return heading;
        }
        return note.htmlAnchors().stream().filter(a -> a.equalsIgnoreCase(anchor)).sorted().findFirst();
    }

    /** The heading's id on the target page, if the note has that heading. */
    public Optional<String> headingId(String anchor) {
        Optional<String> obsidian = obsidianHeadingId(anchor);
        if (obsidian.isPresent() || anchor.contains("#")) {
            return obsidian;
        }
        if (pageIds.contains(anchor)) {
            return Optional.of(anchor);
        }
        return Optional.ofNullable(githubIds.get(anchor.toLowerCase(Locale.ROOT)));
    }

    private Optional<String> obsidianHeadingId(String anchor) {
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
                if (headingKeys.get(i).equals(key)) {
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
