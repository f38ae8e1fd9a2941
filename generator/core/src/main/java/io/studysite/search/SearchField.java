package io.studysite.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The indexed fields a query word is looked up in, each ranked by its own BM25 (its own document
 * count, average length and norms) and weighted by its boost:
 * <ul>
 *   <li>{@link #CONTENT}: the section's heading path and text, the body every word must be found in
 *       or in one of the others;</li>
 *   <li>{@link #TITLE}: the words of what the note is called (title, file name, aliases), each once and
 *       without a length norm, on every section of the note, so the note a query names ranks above the
 *       notes that merely mention it;</li>
 *   <li>{@link #HEADING}: the section's heading path, so a section about the word beats a mention;</li>
 *   <li>{@link #PAIR}: adjacent analysed words of the names and headings ("long poll"), an optional
 *       bonus for a multi-word query whose words stand together there, exactly replayable from terms.</li>
 * </ul>
 * The browser gets each field's terms in the same sorted chunks, behind the field's {@link #mark}
 * (a character no analysed term starts with), and its statistics and boost in the manifest.
 */
public enum SearchField {
    CONTENT("content", "", 1f),
    TITLE("names", "#", 4f),
    HEADING("headings", "$", 2f),
    PAIR("pair", "%", 0.5f);

    /** The fields each query word is looked up in; {@link #PAIR} takes word pairs instead. */
    public static final List<SearchField> WORD_FIELDS = List.of(CONTENT, TITLE, HEADING);

    private final String field;
    private final String mark;
    private final float boost;

    SearchField(String field, String mark, float boost) {
        this.field = field;
        this.mark = mark;
        this.boost = boost;
    }

    /** The Lucene field name: never that of a stored field, or a section without any indexed value would clash. */
    public String field() {
        return field;
    }

    /** What the field's terms start with in the exported term list; empty for the content. */
    public String mark() {
        return mark;
    }

    public float boost() {
        return boost;
    }

    /** Adjacent terms of an analysed text, each pair "first second": the terms of the {@link #PAIR} field. */
    static List<String> pairs(List<String> terms) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < terms.size(); i++) {
            pairs.add(terms.get(i) + " " + terms.get(i + 1));
        }
        return pairs;
    }
}
