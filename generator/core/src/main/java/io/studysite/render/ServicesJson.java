package io.studysite.render;

import io.studysite.search.Json;
import io.studysite.search.Section;
import io.studysite.services.Service;
import io.studysite.services.ServiceCatalog;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code services.json}, the cross-reference for other tools, with every note and section written once and
 * referred to by its position (a hub section covering a hundred services is not repeated a hundred times):
 * <pre>
 * {"schema": "studysite-services/2",
 *  "notes": [{"path": "aws/Lambda.md", "title": "Lambda", "url": "aws/lambda.html"}, …],
 *  "sections": [[note, "fragment", "Heading › Sub-heading"], …],
 *  "services": [{"id", "name", "short", "category", "parent", "docs", "exams": […],
 *                "notes": [{"note": note, "why": "title"}, …], "covers": [section, …], "mentions": [section, …]}, …]}
 * </pre>
 * A section's address is its note's {@code url}, then {@code #fragment} unless that is empty (the part before
 * the first heading). A service's {@code notes} are the notes about it, and what says so: "title", "file name",
 * "alias", "tag" or "folder" ({@link io.studysite.services.NoteSubject}). Urls are relative to the site's root; README.md documents the schema for users.
 */
final class ServicesJson {
    static final String SCHEMA = "studysite-services/2";

    private final ServiceCatalog catalog;
    private final Map<String, Integer> notes = new LinkedHashMap<>();
    private final List<String> noteLines = new ArrayList<>();
    /** By identity: the pipeline makes one record per section, and equal text must not merge two sections. */
    private final Map<Section, Integer> sections = new IdentityHashMap<>();
    private final List<String> sectionLines = new ArrayList<>();

    ServicesJson(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    String render(List<Service> shown, Map<Service, List<Section>> covering, Map<Service, List<Section>> mentioning,
                  Map<Service, Map<String, String>> about, Map<String, List<Section>> byNote) {
        List<String> serviceLines = new ArrayList<>();
        for (Service s : shown) {
            serviceLines.add("{\"id\": " + Json.string(s.id())
                    + ", \"name\": " + Json.string(s.name())
                    + ", \"short\": " + Json.string(s.shortName())
                    + ", \"category\": " + Json.string(s.category())
                    + ", \"parent\": " + s.parent().map(Json::string).orElse("null")
                    + ", \"docs\": " + catalog.docsOf(s).map(Json::string).orElse("null")
                    + ", \"exams\": " + Json.array(s.exams())
                    + ",\n   \"notes\": " + notesAbout(about.getOrDefault(s, Map.of()), byNote)
                    + ",\n   \"covers\": " + positions(covering.getOrDefault(s, List.of()))
                    + ",\n   \"mentions\": " + positions(mentioning.getOrDefault(s, List.of())) + "}");
        }
        return "{\"schema\": \"" + SCHEMA + "\",\n\"notes\": [\n" + String.join(",\n", noteLines)
                + "\n],\n\"sections\": [\n" + String.join(",\n", sectionLines)
                + "\n],\n\"services\": [\n" + String.join(",\n", serviceLines) + "\n]}\n";
    }

    private String notesAbout(Map<String, String> notes, Map<String, List<Section>> byNote) {
        return notes.entrySet().stream()
                .map(e -> "{\"note\": " + notePosition(byNote.get(e.getKey()).get(0)) + ", \"why\": " + Json.string(e.getValue()) + "}")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private String positions(List<Section> list) {
        return list.stream().map(s -> Integer.toString(position(s))).collect(Collectors.joining(",", "[", "]"));
    }

    private int position(Section section) {
        Integer known = sections.get(section);
        if (known != null) {
            return known;
        }
        int hash = section.url().indexOf('#');
        String fragment = hash < 0 ? "" : section.url().substring(hash + 1);
        int note = notePosition(section);
        int position = sections.size();
        sections.put(section, position);
        sectionLines.add("[" + note + ", " + Json.string(fragment) + ", " + Json.string(String.join(" › ", section.shownHeadings())) + "]");
        return position;
    }

    private int notePosition(Section section) {
        Integer note = notes.get(section.note());
        if (note == null) {
            int hash = section.url().indexOf('#');
            note = notes.size();
            notes.put(section.note(), note);
            noteLines.add("{\"path\": " + Json.string(section.note()) + ", \"title\": " + Json.string(section.noteTitle())
                    + ", \"url\": " + Json.string(hash < 0 ? section.url() : section.url().substring(0, hash)) + "}");
        }
        return note;
    }
}
