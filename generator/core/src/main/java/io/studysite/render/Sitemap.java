package io.studysite.render;

import io.studysite.link.SitePlan;
import io.studysite.note.Note;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the site tells crawlers: {@code sitemap.xml} (only with a base URL, since a sitemap lists absolute
 * URLs) and {@code robots.txt}. The sitemap lists every page a reader can land on: the notes, the home page
 * and the listings (folders, tags, services), not the 404 page or the search page.
 */
public final class Sitemap {
    public static final String FILE = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** Front-matter keys that date a note, the most specific first. */
    private static final List<String> DATE_KEYS = List.of("updated", "modified", "last_modified_at", "lastmod", "date");
    private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:$|[T\\s])");

    /** A page of the site and, for notes that say when, the day it last changed ({@code YYYY-MM-DD}). */
    public record Entry(String path, Optional<String> lastModified) {}

    private Sitemap() {}

    /**
     * @param listings the site paths of the other rendered pages (home, 404, search, listings, data files);
     *                 only HTML pages a reader lands on are kept
     */
    public static List<Entry> entries(List<Note> notes, SitePlan plan, Collection<String> listings, NoteDates dates) {
        List<Entry> entries = new ArrayList<>();
        for (Note note : notes) {
            entries.add(new Entry(plan.outputOf(note.path()), dates.of(note).map(Object::toString)));
        }
        for (String page : listings) {
            if (page.endsWith(".html") && !page.equals(PageRenderer.NOT_FOUND) && !page.equals(plan.addresses().search())) {
                entries.add(new Entry(page, Optional.empty()));
            }
        }
        // The home page first, then by path: the same sitemap every build.
        entries.sort(Comparator.comparing((Entry e) -> !e.path().equals(PageRenderer.HOME)).thenComparing(Entry::path));
        return entries;
    }

    /** The urlset for {@code baseUrl}, every URL absolute and percent-encoded, the XML escaped by the JDK's writer. */
    public static String xml(String baseUrl, List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            for (Entry entry : entries) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(PublicUrl.of(baseUrl, entry.path()));
                xml.writeEndElement();
                if (entry.lastModified().isPresent()) {
                    xml.writeStartElement("lastmod");
                    xml.writeCharacters(entry.lastModified().get());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
        return out.toString();
    }

    /** Allows everything; with a base URL, names the sitemap. */
    public static String robots(Optional<String> baseUrl) {
        StringBuilder out = new StringBuilder("User-agent: *\nAllow: /\n");
        baseUrl.ifPresent(base -> out.append("\nSitemap: ").append(PublicUrl.of(base, FILE)).append('\n'));
        return out.toString();
    }

    /** The day the front matter says the note last changed ({@code updated}, …, {@code date}), if it is a valid date. */
    static Optional<String> lastModified(Map<String, Object> properties) {
        for (String key : DATE_KEYS) {
            Object value = properties.get(key);
            if (value == null) {
                continue;
            }
            Matcher m = DATE.matcher(value.toString().strip());
            if (m.find()) {
                try {
                    return Optional.of(LocalDate.parse(m.group(1)).toString());
                } catch (DateTimeParseException e) {
                    // not a real day (2024-02-30): try the next key
                }
            }
        }
        return Optional.empty();
    }
}
