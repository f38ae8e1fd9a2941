package io.studysite.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.studysite.config.Dialect;
import io.studysite.markdown.LinkTarget;
import io.studysite.markdown.LinkTargets;
import io.studysite.note.Note;
import io.studysite.parse.PropertyLinks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A note's properties as its page shows them, like Obsidian's properties view: each value as text, with its
 * {@code [[wikilinks]]} and URLs as links. Only Obsidian notes have it: Jekyll front matter configures the site.
 */
final class PropertyRows {
    /** Shown otherwise on the page (aliases, tags) or read by the site itself (title, classes, publishing, address). */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of("title", "aliases", "alias", "tags", "tag",
            "cssclasses", "cssclass", "publish", "draft", "permalink");

    private PropertyRows() {}

    static List<Views.PropertyView> of(Note note, LinkTargets links) {
        if (note.dialect() != Dialect.OBSIDIAN) {
            return List.of();
        }
        List<Views.PropertyView> rows = new ArrayList<>();
        for (Map.Entry<String, Object> property : note.properties().entrySet()) {
            if (SHOWN_ELSEWHERE.contains(property.getKey().toLowerCase(Locale.ROOT)) || property.getValue() == null) {
                continue;
            }
            Collection<?> items = property.getValue() instanceof Collection<?> list ? list : List.of(property.getValue());
            List<SafeString> values = items.stream().filter(Objects::nonNull)
                    .map(item -> html(item.toString(), links)).toList();
            if (!values.isEmpty()) {
                rows.add(new Views.PropertyView(property.getKey(), values));
            }
        }
        return rows;
    }

    private static SafeString html(String value, LinkTargets links) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (PropertyLinks.Link link : PropertyLinks.in(value)) {
            out.append(escape(value.substring(at, link.start())));
            if (!link.isWikilink()) {
                out.append("<a class=\"external-link\" href=\"").append(escape(link.url())).append("\" rel=\"noopener\">")
                        .append(escape(link.label())).append("</a>");
            } else {
                LinkTarget target = links.resolve(link.target(), link.anchor(), false);
                if (target.found()) {
                    out.append("<a class=\"internal-link\" href=\"").append(escape(target.url())).append("\">")
                            .append(escape(link.label())).append("</a>");
                } else {
                    out.append("<span class=\"unresolved-link\" title=\"").append(escape(target.description())).append("\">")
                            .append(escape(link.label())).append("</span>");
                }
            }
            at = link.end();
        }
        return new SafeString(out.append(escape(value.substring(at))).toString());
    }

    private static String escape(String text) {
        return Escaping.escapeHtml(text, false);
    }
}
