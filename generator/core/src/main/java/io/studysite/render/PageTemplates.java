package io.studysite.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.studysite.link.SiteAddresses;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates the theme's templates with what every page receives: {@code site}, {@code page} and {@code links}, the
 * site-relative addresses of the generated pages (templates write {@code page.root ~ links.tags}).
 */
final class PageTemplates {
    private final PebbleEngine engine;
    private final Views.SiteView site;
    private final Optional<String> baseUrl;
    private final Views.SiteLinks links;

    /**
     * @param baseUrl       where the site is published, if configured: pages get canonical URLs, the 404 page root-absolute ones
     * @param servicesShown whether the site has service pages; without them {@code links.services} is null
     */
    PageTemplates(PebbleEngine engine, Views.SiteView site, Optional<String> baseUrl, SiteAddresses addresses, boolean servicesShown) {
        this.engine = engine;
        this.site = site;
        this.baseUrl = baseUrl;
        this.links = new Views.SiteLinks(SiteAddresses.HOME, addresses.tagIndex(), servicesShown ? addresses.servicesIndex() : null,
                addresses.graph(), addresses.search());
    }

    /** @param path the page's site-relative path; its depth gives {@code page.root} */
    String render(String template, String title, String description, String path, String kind, String name, Object view) {
        return render(template, title, description, path, kind, "", Set.of(), name, view);
    }

    String render(String template, String title, String description, String path, String kind, String classes,
                  Set<String> needs, String name, Object view) {
        Map<String, Object> views = new HashMap<>();
        if (name != null) {
            views.put(name, view);
        }
        return render(template, title, description, path, kind, classes, needs, views);
    }

    /** @param views the page's own views by template name (a null value is a view the page does not have) */
    String render(String template, String title, String description, String path, String kind, String classes,
                  Set<String> needs, Map<String, Object> views) {
        Map<String, Object> context = new HashMap<>(views);
        // base.peb asks every page for a note's picture and date: only note pages have them.
        context.putIfAbsent("meta", null);
        context.put("site", site);
        context.put("page", page(title, description, path, kind, classes, needs));
        context.put("links", links);
        PebbleTemplate compiled = engine.getTemplate(template + ".peb");
        StringWriter out = new StringWriter();
        try {
            compiled.evaluate(out, context, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Views.PageView page(String title, String description, String path, String kind, String classes, Set<String> needs) {
        if (baseUrl.isEmpty()) {
            return new Views.PageView(title, description, RelativeUrl.root(path), path, kind, classes, needs);
        }
        if (path.equals(PageRenderer.NOT_FOUND)) {
            // A host serves the 404 page at whatever address was asked for, so relative URLs would resolve
            // against that address: its URLs start from the base URL's path instead.
            return new Views.PageView(title, description, PublicUrl.path(baseUrl.get()), path, kind, classes, needs, "", null);
        }
        return new Views.PageView(title, description, RelativeUrl.root(path), path, kind, classes, needs,
                PublicUrl.of(baseUrl.get(), path), null);
    }
}
