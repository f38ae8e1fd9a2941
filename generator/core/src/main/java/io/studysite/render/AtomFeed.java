package io.studysite.render;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * {@code feed.xml}: an Atom feed (RFC 4287) of the notes that changed last. Atom wants absolute URLs, so the feed
 * is written only with a {@code baseUrl}. Entries are dated by day ({@link NoteDates}), at midnight UTC, so the same
 * notes give the same feed on every machine; the feed's own date is its newest entry's, never the build's time.
 */
public final class AtomFeed {
    public static final String FILE = "feed.xml";
    /** How many notes the feed lists. */
    public static final int SIZE = 20;
    static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    /** A note in the feed: its site path, title, day and summary (the page's description). */
    public record Entry(String path, String title, LocalDate updated, String summary) {}

    private AtomFeed() {}

    /** The {@value #SIZE} newest of {@code entries}, newest first, then by path. */
    public static List<Entry> newest(List<Entry> entries) {
        return entries.stream()
                .sorted(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::path))
                .limit(SIZE)
                .toList();
    }

    /** The feed document; {@code entries} already chosen ({@link #newest}). With no entry, there is no feed to write. */
    public static String xml(String baseUrl, String siteTitle, String siteDescription, List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NAMESPACE);
            element(xml, "title", siteTitle);
            if (!siteDescription.isBlank()) {
                element(xml, "subtitle", siteDescription);
            }
            element(xml, "id", PublicUrl.of(baseUrl, ""));
            link(xml, "self", PublicUrl.of(baseUrl, FILE));
            link(xml, "alternate", PublicUrl.of(baseUrl, PageRenderer.HOME));
            element(xml, "updated", timestamp(entries.isEmpty() ? LocalDate.EPOCH : entries.get(0).updated()));
            xml.writeCharacters("\n  ");
            xml.writeStartElement("author");
            element(xml, "name", siteTitle);
            xml.writeEndElement();
            element(xml, "generator", "studysite");
            for (Entry entry : entries) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("entry");
                String url = PublicUrl.of(baseUrl, entry.path());
                element(xml, "title", entry.title());
                link(xml, "alternate", url);
                element(xml, "id", url);
                element(xml, "updated", timestamp(entry.updated()));
                if (!entry.summary().isBlank()) {
                    element(xml, "summary", entry.summary());
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed", e);
        }
        return out.toString();
    }

    private static String timestamp(LocalDate day) {
        return day + "T00:00:00Z";
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
