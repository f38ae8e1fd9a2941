package io.studysite.search;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.studysite.markdown.PlainText;
import io.studysite.markdown.PlainText.Part;
import io.studysite.note.Note;
import io.studysite.note.PercentEncoding;
import io.studysite.services.Coverage;
import io.studysite.services.NoteSubject;
import io.studysite.services.Service;
import io.studysite.services.ServiceMatcher;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.List;

/**
 * Cuts a note into sections at its headings: the unit search finds and ranks, and the services
 * cross-reference lists. A section covers the services its note is about, those its heading is about and
 * the one its nearest enclosing heading about a single service names ({@link Coverage}); its text (code
 * blocks aside) mentions the others it names.
 */
public final class Sections {
    private Sections() {}

    /**
     * @param page the note's page, site-relative ({@code folder/note.html})
     * @return the lead section (text before the first heading, when there is any) and one per heading
     */
    public static List<Section> of(Note note, Document document, String page, ServiceMatcher matcher) {
        List<Section> sections = new ArrayList<>();
        NoteSubject subject = NoteSubject.of(note, matcher);
        List<Heading> path = new ArrayList<>();
        List<List<Service>> pathServices = new ArrayList<>();
        // Each heading's words, read once: every section under it repeats them.
        List<String> pathText = new ArrayList<>();
        Heading current = null;
        StringBuilder text = new StringBuilder();
        StringBuilder prose = new StringBuilder();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof YamlFrontMatterBlock) {
                continue;
            }
            if (node instanceof Heading heading) {
                add(sections, note, subject, page, pathText, Coverage.covers(subject, pathServices), current, text, prose, matcher);
                while (!path.isEmpty() && path.get(path.size() - 1).getLevel() >= heading.getLevel()) {
                    path.remove(path.size() - 1);
                    pathServices.remove(pathServices.size() - 1);
                    pathText.remove(pathText.size() - 1);
                }
                path.add(heading);
                pathText.add(SearchText.normalize(PlainText.of(heading)));
                pathServices.add(Coverage.topics(pathText.get(pathText.size() - 1), matcher, subject));
                current = heading;
                text.setLength(0);
                prose.setLength(0);
            } else {
                // Search leaves TeX out (\lambda is no AWS Lambda); mentions leave code out too (a service
                // named in a shell command is not a mention).
                String words = PlainText.of(node, Part.MATH);
                text.append(words).append('\n');
                prose.append(holdsCode(node) ? PlainText.of(node, Part.MATH, Part.CODE_BLOCKS) : words).append('\n');
            }
        }
        add(sections, note, subject, page, pathText, Coverage.covers(subject, pathServices), current, text, prose, matcher);
        return sections;
    }

    /** Whether leaving code blocks out changes the node's words: most blocks hold none, and are read once. */
    private static boolean holdsCode(Node node) {
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            return true;
        }
        for (Node inner : node.getDescendants()) {
            if (inner instanceof FencedCodeBlock || inner instanceof IndentedCodeBlock) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Section> sections, Note note, NoteSubject subject, String page, List<String> pathText, List<Service> covers,
                            Heading current, StringBuilder text, StringBuilder prose, ServiceMatcher matcher) {
        String words = text.toString();
        String body = SearchText.normalize(words);
        if (current == null && body.isEmpty()) {
            return;
        }
        List<String> headings = List.copyOf(pathText);
        String url = current == null ? page : page + "#" + PercentEncoding.encode(current.getAnchorRefId());
        // Without code blocks, the prose is the text.
        String proseWords = prose.toString();
        List<Service> mentions = matcher.servicesIn(proseWords.equals(words) ? body : SearchText.normalize(proseWords), false).stream()
                .filter(s -> !covers.contains(s)).toList();
        sections.add(new Section(note.path().value(), note.title(), names(note), headings, url,
                current == null ? "" : current.getAnchorRefId(), body, note.tags(), subject, covers, mentions));
    }

    /** The note's title, file name and aliases: searching for any of them finds the note, whatever its H1 says. */
    static List<String> names(Note note) {
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (String name : Stream.concat(Stream.of(note.title(), note.path().stem()), note.aliases().stream()).toList()) {
            String normalised = SearchText.normalize(name).strip();
            if (!normalised.isEmpty() && seen.add(normalised.toLowerCase(Locale.ROOT))) {
                names.add(normalised);
            }
        }
        return names;
    }
}
