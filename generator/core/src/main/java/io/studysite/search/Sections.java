package io.studysite.search;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.studysite.markdown.HeadingText;
import io.studysite.note.Note;
import io.studysite.note.PercentEncoding;

import java.util.ArrayList;
import java.util.List;

/** Cuts a note into sections at its headings: the unit search finds and ranks. */
public final class Sections {
    private Sections() {}

    /**
     * @param page the note's page, site-relative ({@code folder/note.html})
     * @return the lead section (text before the first heading, when there is any) and one per heading
     */
    public static List<Section> of(Note note, Document document, String page) {
        List<Section> sections = new ArrayList<>();
        List<Heading> path = new ArrayList<>();
        Heading current = null;
        StringBuilder text = new StringBuilder();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof YamlFrontMatterBlock) {
                continue;
            }
            if (node instanceof Heading heading) {
                add(sections, note, page, path, current, text);
                while (!path.isEmpty() && path.get(path.size() - 1).getLevel() >= heading.getLevel()) {
                    path.remove(path.size() - 1);
                }
                path.add(heading);
                current = heading;
                text.setLength(0);
            } else {
                text.append(PlainText.of(node)).append('\n');
            }
        }
        add(sections, note, page, path, current, text);
        return sections;
    }

    private static void add(List<Section> sections, Note note, String page, List<Heading> path, Heading current,
                            StringBuilder text) {
        String body = SearchText.normalize(text.toString());
        if (current == null && body.isEmpty()) {
            return;
        }
        List<String> headings = path.stream().map(h -> SearchText.normalize(HeadingText.of(h))).toList();
        String url = current == null ? page : page + "#" + PercentEncoding.encode(current.getAnchorRefId());
        // The note's first section also carries its title (unless its first heading says it) and aliases,
        // so searching for either finds the note.
        String lead = "";
        if (sections.isEmpty()) {
            boolean titled = !headings.isEmpty() && headings.get(0).equals(SearchText.normalize(note.title()));
            lead = (titled ? "" : note.title() + " ") + String.join(" ", note.aliases());
            lead = lead.isBlank() ? "" : lead.trim() + "\n";
        }
        sections.add(new Section(note.path().value(), note.title(), headings, url, lead + body, note.tags(), List.of()));
    }
}
