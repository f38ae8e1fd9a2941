package io.studysite.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Evaluates the theme's templates with what every page receives: {@code site} and {@code page}. */
final class PageTemplates {
    private final PebbleEngine engine;
    private final Views.SiteView site;

    PageTemplates(PebbleEngine engine, Views.SiteView site) {
        this.engine = engine;
        this.site = site;
    }

    /** @param path the page's site-relative path; its depth gives {@code page.root} */
    String render(String template, String title, String description, String path, String kind, String name, Object view) {
        return render(template, title, description, path, kind, "", Set.of(), name, view);
    }

    String render(String template, String title, String description, String path, String kind, String classes,
                  Set<String> needs, String name, Object view) {
        Map<String, Object> context = new HashMap<>();
        context.put("site", site);
        context.put("page", new Views.PageView(title, description, RelativeUrl.root(path), path, kind, classes, needs));
        if (name != null) {
            context.put(name, view);
        }
        PebbleTemplate compiled = engine.getTemplate(template + ".peb");
        StringWriter out = new StringWriter();
        try {
            compiled.evaluate(out, context, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
