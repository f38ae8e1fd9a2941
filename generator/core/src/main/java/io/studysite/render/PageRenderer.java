package io.studysite.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.studysite.config.SiteConfig;
import io.studysite.diag.Diagnostics;
import io.studysite.link.LinkGraph;
import io.studysite.markdown.MarkdownEngine;
import io.studysite.markdown.TableOfContents;
import io.studysite.note.Note;
import io.studysite.note.Slug;
import io.studysite.parse.ParsedNote;
import io.studysite.vault.NoteSource;
import io.studysite.vault.VaultPath;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The render stage: turns parsed notes into HTML pages through the theme's templates. Every page
 * is rendered independently (safe to call from several threads) and carries nothing that grows
 * with the vault except the home page's list of notes.
 */
public final class PageRenderer {
    public static final String HOME = "index.html";
    public static final String NOT_FOUND = "404.html";

    private final PebbleEngine templates;
    private final MarkdownEngine markdown;
    private final SiteConfig config;
    private final LinkGraph graph;
    private final List<Note> notes;
    private final Views.SiteView site;
    private final Transcluder transcluder;

    public PageRenderer(PebbleEngine templates, MarkdownEngine markdown, SiteConfig config, LinkGraph graph, List<Note> notes,
                        Map<VaultPath, NoteSource> sources, Diagnostics diagnostics) {
        this.templates = templates;
        this.markdown = markdown;
        this.config = config;
        this.graph = graph;
        this.notes = List.copyOf(notes);
        this.site = new Views.SiteView(config.title(), config.description());
        this.transcluder = new Transcluder(markdown, sources, graph, diagnostics);
    }

    public String renderNote(ParsedNote parsed) {
        Note note = parsed.note();
        String path = graph.plan().outputOf(note.path());
        String content = markdown.render(parsed.document(), note.dialect(), new NoteLinkTargets(note, transcluder));
        List<Views.LinkView> backlinks = graph.backlinksOf(note.path()).stream()
                .map(source -> link(path, graph.resolver().index().note(source)))
                .toList();
        List<String> crumbs = note.path().folder().isEmpty() ? List.of() : Arrays.asList(note.path().folder().split("/"));
        boolean showTitle = note.headings().stream().noneMatch(h -> h.level() == 1 && h.text().equals(note.title()));
        Views.NoteView view = new Views.NoteView(note.title(), showTitle, new SafeString(content),
                new SafeString(TableOfContents.html(note.headings())), note.tags(), backlinks, crumbs, note.path().value());
        Object description = note.properties().get("description");
        Map<String, Object> context = new HashMap<>();
        context.put("note", view);
        return render("note", page(note.title(), description == null ? config.description() : description.toString(),
                path, "note"), context);
    }

    public String renderHome() {
        Map<String, List<Views.LinkView>> byFolder = new TreeMap<>();
        Map<String, List<Views.LinkView>> byTag = new TreeMap<>();
        Map<String, String> tagNames = new LinkedHashMap<>();
        for (Note note : notes) {
            Views.LinkView link = link(HOME, note);
            byFolder.computeIfAbsent(note.path().folder(), k -> new ArrayList<>()).add(link);
            for (String tag : note.tags()) {
                String key = tag.toLowerCase(Locale.ROOT);
                tagNames.putIfAbsent(key, tag);
                byTag.computeIfAbsent(key, k -> new ArrayList<>()).add(link);
            }
        }
        List<Views.FolderView> folders = byFolder.entrySet().stream()
                .map(e -> new Views.FolderView(e.getKey(), e.getValue())).toList();
        List<Views.TagView> tags = byTag.entrySet().stream()
                .map(e -> new Views.TagView(tagNames.get(e.getKey()), "tag-" + Slug.of(e.getKey()), e.getValue())).toList();
        Map<String, Object> context = new HashMap<>();
        context.put("home", new Views.HomeView(notes.size(), folders, tags));
        return render("home", page(config.title(), config.description(), HOME, "home"), context);
    }

    public String renderNotFound() {
        return render("404", page("Page not found", config.description(), NOT_FOUND, "404"), new HashMap<>());
    }

    private Views.LinkView link(String fromPage, Note target) {
        String url = RelativeUrl.between(fromPage, graph.plan().outputOf(target.path()));
        return new Views.LinkView(target.title(), url, target.path().value());
    }

    private Views.PageView page(String title, String description, String path, String kind) {
        return new Views.PageView(title, description, RelativeUrl.root(path), path, kind);
    }

    private String render(String template, Views.PageView page, Map<String, Object> context) {
        context.put("site", site);
        context.put("page", page);
        PebbleTemplate compiled = templates.getTemplate(template + ".peb");
        StringWriter out = new StringWriter();
        try {
            compiled.evaluate(out, context, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
