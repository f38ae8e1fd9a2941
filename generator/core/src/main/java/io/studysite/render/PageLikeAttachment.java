package io.studysite.render;

import io.studysite.diag.Diagnostics;
import io.studysite.vault.Attachment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An attachment that a browser opens as a page of the site ({@code .html}, {@code .svg}, {@code .xml}…) would run
 * its scripts with the site's origin when a reader follows a link to it. So it is published defused:
 * <ul>
 * <li>HTML ({@code .html}, {@code .htm}) keeps every byte and gains, first thing in its head, a Content-Security-Policy
 *     that forbids scripts, plugins, {@code <base>} and form submission: it looks as it did, nothing of it runs;</li>
 * <li>XML ({@code .svg}, {@code .xhtml}, {@code .xml}…) loses its scripts, event handlers, {@code javascript:} URLs,
 *     animations that would set a link to one, frames, stylesheet instructions (XSLT could write a script) and its
 *     DOCTYPE (whose entities could hide markup); the drawing or document stays.</li>
 * </ul>
 * Embedded pictures ({@code ![[x.svg]]}) are {@code <img>}s, where no script ever runs; this covers links and typed
 * addresses too.
 */
public final class PageLikeAttachment {
    /** The file to publish and what in it would have run, as written, for the warning ({@code unsafe-html}). */
    public record Defused(byte[] bytes, List<String> scripts) {}

    static final String POLICY = "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'; "
            + "object-src 'none'; base-uri 'none'; form-action 'none'\">";
    private static final Set<String> HTML = Set.of("html", "htm", "shtml");
    private static final Set<String> XML = Set.of("svg", "xhtml", "xht", "xml", "xsl", "xslt");
    /** Elements that run or load something active; in XML their local name, any namespace. */
    private static final Set<String> ACTIVE = Set.of("script", "handler", "listener", "iframe", "frame", "frameset",
            "object", "embed", "applet", "base");
    private static final Set<String> PLUGINS_AND_SCRIPTS = Set.of("script", "object", "embed", "applet");
    private static final Set<String> ANIMATIONS = Set.of("animate", "set", "animatemotion", "animatetransform");
    /** A BOM, blanks, comments, an XML declaration and a DOCTYPE may come before the policy without harm. */
    private static final Pattern PROLOGUE_PIECE = Pattern.compile(
            "\\uFEFF|\\s+|<!--.*?-->|<\\?xml[^>]*>|<!DOCTYPE[^>]*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private PageLikeAttachment() {}

    /** Whether a browser would open a file of this name as a page that runs scripts. */
    public static boolean runsAsPage(String name) {
        String extension = extension(name);
        return HTML.contains(extension) || XML.contains(extension);
    }

    /**
     * The bytes to publish for a page-like attachment, with an {@code unsafe-html} warning naming what would have
     * run; empty when the attachment is copied as it is (not page-like, or {@code html: trusted}).
     */
    public static Optional<byte[]> publish(Attachment attachment, boolean trustedHtml, Diagnostics diagnostics) {
        if (trustedHtml || !runsAsPage(attachment.path().value())) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(attachment.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + attachment.file(), e);
        }
        Defused defused = defuse(attachment.path().value(), bytes).orElseThrow();
        if (!defused.scripts().isEmpty()) {
            int count = defused.scripts().size();
            diagnostics.warn(attachment.file(), 0, 0, "unsafe-html", (count == 1 ? "1 thing that would run a script"
                    : count + " things that would run a script") + " cannot run when a reader opens it, first "
                    + defused.scripts().get(0) + " (html: trusted in studysite.yml publishes it as it is)");
        }
        return Optional.of(defused.bytes());
    }

    /** The file as published: empty when it is no page-like attachment. */
    public static Optional<Defused> defuse(String name, byte[] bytes) {
        String extension = extension(name);
        if (HTML.contains(extension)) {
            return Optional.of(html(bytes));
        }
        if (XML.contains(extension)) {
            return Optional.of(xml(bytes));
        }
        return Optional.empty();
    }

    private static Defused html(byte[] bytes) {
        // Latin-1 maps each byte to one char and back: the bytes of any ASCII-compatible encoding stay as they are.
        Charset charset = bytes.length < 2 ? StandardCharsets.ISO_8859_1
                : bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF ? StandardCharsets.UTF_16BE
                : bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE ? StandardCharsets.UTF_16LE
                : StandardCharsets.ISO_8859_1;
        String text = new String(bytes, charset);
        // Piece by piece: a regex repeating a group would recurse once per piece, and a page may start with thousands.
        Matcher piece = PROLOGUE_PIECE.matcher(text);
        int at = 0;
        while (piece.region(at, text.length()).lookingAt() && piece.end() > at) {
            at = piece.end();
        }
        byte[] published = (text.substring(0, at) + POLICY + text.substring(at)).getBytes(charset);
        return new Defused(published, scriptsIn(Jsoup.parse(text)));
    }

    /** What the policy stops in an HTML page: scripts, handlers, script URLs, plugins. */
    private static List<String> scriptsIn(Document page) {
        List<String> scripts = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            if (PLUGINS_AND_SCRIPTS.contains(element.normalName())) {
                scripts.add("<" + element.normalName() + ">");
            }
            for (Attribute attribute : element.attributes()) {
                if (runsScript(attribute)) {
                    scripts.add(attribute.getKey() + "=\"" + attribute.getValue() + "\"");
                }
            }
        }
        return scripts;
    }

    private static Defused xml(byte[] bytes) {
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> scripts = new ArrayList<>();
        // Before the root element: only the XML declaration matters, written anew below in UTF-8, and comments.
        for (Node node : new ArrayList<>(document.childNodes())) {
            if (node instanceof Element || node instanceof TextNode || (node instanceof Comment c && !c.isXmlDeclaration())) {
                continue;
            }
            if (!(node instanceof XmlDeclaration declaration && declaration.name().equalsIgnoreCase("xml"))) {
                scripts.add(node.outerHtml());
            }
            node.remove();
        }
        for (Element element : new ArrayList<>(document.getAllElements())) {
            if (element == document || element.ownerDocument() == null) {
                continue; // the root, or inside an element already removed
            }
            String local = localName(element.tagName());
            if (ACTIVE.contains(local) || (ANIMATIONS.contains(local) && setsALink(element))) {
                scripts.add("<" + element.tagName() + ">");
                element.remove();
                continue;
            }
            for (Attribute attribute : new ArrayList<>(element.attributes().asList())) {
                if (runsScript(attribute)) {
                    scripts.add(attribute.getKey() + "=\"" + attribute.getValue() + "\"");
                    element.removeAttr(attribute.getKey());
                }
            }
        }
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.xhtml).prettyPrint(false);
        String published = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + document.outerHtml();
        return new Defused(published.getBytes(StandardCharsets.UTF_8), scripts);
    }

    /** An SVG animation of {@code href} can turn a harmless link into a {@code javascript:} one. */
    private static boolean setsALink(Element animation) {
        return localName(animation.attr("attributeName").trim().toLowerCase(Locale.ROOT)).equals("href");
    }

    private static boolean runsScript(Attribute attribute) {
        String local = localName(attribute.getKey().toLowerCase(Locale.ROOT));
        if (local.startsWith("on") || local.equals("srcdoc")) {
            return true;
        }
        // data: is left alone: pictures embedded in a drawing use it, and it never runs with the site's origin.
        String scheme = attribute.getValue().replaceAll("[\\u0000-\\u0020\\u007f]", "").toLowerCase(Locale.ROOT);
        return scheme.startsWith("javascript:") || scheme.startsWith("vbscript:");
    }

    private static String localName(String name) {
        return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
