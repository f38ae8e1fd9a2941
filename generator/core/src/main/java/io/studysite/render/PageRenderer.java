package io.studysite.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.studysite.config.SiteConfig;
import io.studysite.diag.Diagnostics;
import io.studysite.link.LinkGraph;
import io.studysite.link.SiteAddresses;
import io.studysite.link.SitePlan;
import io.studysite.markdown.MarkdownEngine;
import io.studysite.markdown.TableOfContents;
import io.studysite.markdown.Tag;
import io.studysite.note.Note;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.studysite.search.Section;
import io.studysite.services.Service;
import io.studysite.services.ServiceCatalog;
import io.studysite.services.ServiceMatcher;
import io.studysite.parse.ParsedNote;
import io.studysite.vault.NoteSource;
import io.studysite.vault.VaultPath;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The render stage: turns parsed notes into HTML pages through the theme's templates, plus the
 * home page, the 404 page, the search page, the graph page and the listings (tags, folders). Every note page is rendered
 * independently (safe to call from several threads) and carries nothing that grows with the vault.
 */
public final class PageRenderer {
    public static final String HOME = SiteAddresses.HOME;
    public static final String NOT_FOUND = "404.html";

    private final PageTemplates templates;
    private final MarkdownEngine markdown;
    private final SiteConfig config;
    private final LinkGraph graph;
    private final List<Note> notes;
    private final Map<VaultPath, List<Section>> sections;
    private final ServiceCatalog catalog;
    private final ServiceMatcher matcher;
    /** Whether the site has the service cross-reference: its pages, and the Services link on every page. */
    private final boolean servicesShown;
    private final Transcluder transcluder;
    private final TagTree tags;
    private final FolderTree folders;
    private final SiteTree tree;
    private final Previews previews;
    private final GraphData graphData;
    private final NoteDates dates;
    /** Per note page, the bundled libraries it needs: an edit can add one to the site or drop the last use. */
    private final Map<String, Set<String>> pageNeeds = new ConcurrentHashMap<>();
    /** Built on first use: only the listings need it, and an edit's rebuild seldom does. */
    private ServicePages services;

    /**
     * @param sections every published note's sections, in note order, with the services each covers and mentions
     * @param catalog  the services the notes are cross-referenced by; {@code matcher} finds them
     * @param servicesShown whether the site has the cross-reference (see {@link io.studysite.services.CrossReference})
     */
    public PageRenderer(PebbleEngine engine, MarkdownEngine markdown, SiteConfig config, LinkGraph graph, List<Note> notes,
                        Map<VaultPath, NoteSource> sources, Diagnostics diagnostics, Map<VaultPath, List<Section>> sections,
                        ServiceCatalog catalog, ServiceMatcher matcher, boolean servicesShown, NoteDates dates) {
        this(new PageTemplates(engine, new Views.SiteView(config.title(), config.description(),
                                PageImage.siteImage(config.pages().image(), graph, config.baseUrl()).orElse(""),
                                config.baseUrl().isPresent() ? AtomFeed.FILE : ""),
                        config.baseUrl(), graph.plan().addresses(), servicesShown),
                markdown, config, graph, notes, sources, diagnostics, sections, catalog, matcher, servicesShown,
                TagTree.of(notes, graph.plan().addresses()), FolderTree.of(notes, graph.plan()), GraphData.of(graph, notes), dates);
    }

    private PageRenderer(PageTemplates templates, MarkdownEngine markdown, SiteConfig config, LinkGraph graph, List<Note> notes,
                         Map<VaultPath, NoteSource> sources, Diagnostics diagnostics, Map<VaultPath, List<Section>> sections,
                         ServiceCatalog catalog, ServiceMatcher matcher, boolean servicesShown, TagTree tags, FolderTree folders,
                         GraphData graphData, NoteDates dates) {
        this.templates = templates;
        this.dates = dates;
        this.markdown = markdown;
        this.config = config;
        this.graph = graph;
        this.notes = List.copyOf(notes);
        this.sections = sections;
        this.catalog = catalog;
        this.matcher = matcher;
        this.servicesShown = servicesShown;
        this.tags = tags;
        this.transcluder = new Transcluder(markdown, sources, graph, diagnostics, tags);
        this.folders = folders;
        this.tree = new SiteTree(folders, graph.plan());
        this.previews = new Previews(sections.values());
        this.graphData = graphData;
    }

    /**
     * The renderer for the site after some notes were edited in place: same paths, titles and aliases, so the
     * folders and the navigation tree stay; the tags and the graph are rebuilt only when the edits changed them.
     * Reports go to {@code diagnostics}.
     */
    public PageRenderer afterEdit(LinkGraph newGraph, List<Note> newNotes, Map<VaultPath, NoteSource> sources,
                                  Diagnostics diagnostics, Map<VaultPath, List<Section>> newSections,
                                  boolean tagsChanged, boolean linksChanged) {
        PageRenderer next = new PageRenderer(templates, markdown, config, newGraph, newNotes, sources, diagnostics, newSections,
                catalog, matcher, servicesShown, tagsChanged ? TagTree.of(newNotes, newGraph.plan().addresses()) : tags, folders,
                linksChanged ? GraphData.of(newGraph, newNotes) : graphData, dates);
        next.pageNeeds.putAll(pageNeeds);
        next.previews.keep(previews);
        return next;
    }

    public String renderNote(ParsedNote parsed) {
        Note note = parsed.note();
        String path = graph.plan().outputOf(note.path());
        NoteLinkTargets links = new NoteLinkTargets(note, transcluder);
        String content = withServiceLinks(markdown.render(parsed.document(), note.dialect(), links), note, path);
        // Decided on the rendered page, so math, code or a diagram that comes in through an embed counts too.
        Set<String> needs = PageNeeds.of(content);
        pageNeeds.put(path, needs);
        previews.rendered(path, content);
        // Listed by the title shown, as every listing is.
        List<Views.LinkView> backlinks = graph.backlinksOf(note.path()).stream()
                .map(source -> graph.resolver().index().note(source))
                .sorted(Comparator.comparing(Note::title, NaturalOrder.INSTANCE).thenComparing(Note::path))
                .map(source -> link(path, source))
                .toList();
        Set<String> propertyTags = parsed.propertyTagKeys();
        List<Views.LinkView> tagLinks = note.tags().stream()
                .filter(tag -> propertyTags.contains(Tag.key(tag)))
                .map(tag -> tags.get(tag))
                .map(tag -> new Views.LinkView(tag.name(), RelativeUrl.between(path, tag.page()), null))
                .toList();
        boolean showTitle = note.headings().stream().noneMatch(h -> h.level() == 1 && h.text().equals(note.title()));
        Optional<TitleHeading> titleHeading = TitleHeading.of(content, note);
        if (titleHeading.isPresent()) {
            content = titleHeading.get().rest();
        }
        // The note's own H1 is its title: the line goes under it, as under a title the page writes. Lifted to the
        // top, the template puts the line under it.
        int titleEnd = showTitle || titleHeading.isPresent() ? -1 : endOfOwnTitle(content, note);
        Views.NoteMeta meta = meta(note, titleEnd >= 0);
        if (meta.inText()) {
            String line = templates.render("note-meta", note.title(), "", path, "note", "", needs, Map.of("meta", meta));
            content = content.substring(0, titleEnd) + "\n" + line.strip() + content.substring(titleEnd);
        }
        // A folder's own page (its index.md or README.md) lists the folder below its text; its breadcrumbs stop above it.
        boolean folderPage = graph.plan().isFolderNote(note.path());
        String folder = note.path().folder();
        Views.NoteView view = new Views.NoteView(note.title(), showTitle, note.aliases(), new SafeString(content),
                new SafeString(TableOfContents.html(note.headings())), tagLinks, backlinks,
                breadcrumbs(path, folderPage && folder.contains("/") ? folder.substring(0, folder.lastIndexOf('/'))
                        : folderPage ? "" : folder), note.path().value(),
                ServicePages.coveredBy(sectionsOf(note), path, graph.plan().addresses()),
                new SafeString(graphData.localJson(note.path())), PropertyRows.of(note, links));
        Map<String, Object> views = new java.util.HashMap<>();
        views.put("note", view);
        views.put("meta", meta);
        views.put("titleHeading", titleHeading.map(t -> new SafeString(t.heading())).orElse(null));
        views.put("listing", folderPage ? new ListingRenderer(templates, graph.plan(), tags, folders).listing(folder, path) : null);
        return templates.render("note", note.title(), description(parsed), path, "note", cssClasses(note), needs, views);
    }

    /** Where the note's H1 that says its title ends in its HTML, or -1. */
    private static int endOfOwnTitle(String html, Note note) {
        return note.headings().stream().filter(h -> h.level() == 1 && h.text().equals(note.title())).findFirst()
                .map(h -> {
                    int start = html.indexOf("<h1 id=\"" + h.id() + "\"");
                    int end = start < 0 ? -1 : html.indexOf("</h1>", start);
                    return end < 0 ? -1 : end + "</h1>".length();
                })
                .orElse(-1);
    }

    /** The line under the note's title: when it changed, how long it takes to read, where to edit it; its picture. */
    private Views.NoteMeta meta(Note note, boolean inText) {
        java.util.Optional<java.time.LocalDate> updated = dates.of(note);
        String edit = config.pages().editUrl()
                .map(pattern -> pattern.replace("{path}", io.studysite.note.PercentEncoding.encodePath(note.path().value())))
                .orElse("");
        String image = config.baseUrl().flatMap(base -> PageImage.firstImage(note, graph, base)).orElse("");
        return new Views.NoteMeta(updated.map(Object::toString).orElse(""), updated.map(NoteDates::shown).orElse(""),
                ReadingTime.minutes(sectionsOf(note)), edit, image, inText);
    }

    /** The note as an entry of the feed, when it has a day ({@link NoteDates}): titled as its page, summarised by its description. */
    public java.util.Optional<AtomFeed.Entry> feedEntry(ParsedNote parsed) {
        return dates.of(parsed.note()).map(day -> new AtomFeed.Entry(graph.plan().outputOf(parsed.note().path()),
                parsed.note().title(), day, description(parsed)));
    }

    /**
     * What the note pages need together ({@link PageNeeds}), so the site carries only those bundled libraries.
     * Read after rendering the notes.
     */
    public Set<String> siteNeeds() {
        return pageNeeds.values().stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The home page, the 404 page, the tag index, one page per tag and one per folder, by site path. */
    public Map<String, String> renderListings() {
        Map<String, String> pages = new LinkedHashMap<>();
        putHome(pages);
        pages.put(NOT_FOUND, templates.render("404", "Page not found", config.description(), NOT_FOUND, "404", null, null));
        String search = graph.plan().addresses().search();
        pages.put(search, templates.render("search", "Search", config.description(), search, "search", null, null));
        ListingRenderer listings = new ListingRenderer(templates, graph.plan(), tags, folders);
        pages.putAll(listings.renderTags());
        pages.putAll(listings.renderFolders());
        if (servicesShown) {
            pages.putAll(services().render());
        }
        pages.put(graph.plan().addresses().graph(), renderGraph());
        return pages;
    }

    /** The generated home page, which counts the top-level tags, and the tag index and tag pages, by site path. */
    public Map<String, String> renderTagPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        putHome(pages);
        pages.putAll(new ListingRenderer(templates, graph.plan(), tags, folders).renderTags());
        return pages;
    }

    /** The site paths of the tag pages. */
    public Set<String> tagPages() {
        return tags.all().stream().map(TagTree.Tag::page).collect(java.util.stream.Collectors.toSet());
    }

    /** The services index, its JSON and the pages of {@code services}, by site path. */
    public Map<String, String> renderServicePages(Set<Service> services) {
        return servicesShown ? services().render(services) : Map.of();
    }

    /** The site path of a service's page. */
    public String servicePage(Service service) {
        return graph.plan().addresses().servicePage(service.id());
    }

    /** The services the notes name, each with a page. */
    public Set<Service> servicesShown() {
        return servicesShown ? services().shown() : Set.of();
    }

    /** The global graph page and its data script (under the theme folder), by site path. */
    public Map<String, String> renderGraphPages() {
        return Map.of(graph.plan().addresses().graph(), renderGraph(), SitePlan.THEME_FOLDER + "/" + GraphData.SCRIPT, graphData.script());
    }

    /** The hover preview scripts that hold {@code pages}, by site path. */
    public Map<String, String> renderPreviews(java.util.Collection<String> pages) {
        Map<String, String> scripts = new LinkedHashMap<>();
        previews.scriptsOf(pages).forEach((name, script) ->
                scripts.put(SitePlan.THEME_FOLDER + "/" + Previews.FOLDER + "/" + name, script));
        return scripts;
    }

    /** The data of a note's local graph, as its page embeds it. */
    public String localGraph(VaultPath note) {
        return graphData.localJson(note);
    }

    /**
     * The site-wide data scripts pages load (the navigation tree, the hover previews, the global graph), by path under the
     * theme folder: shipped once, not copied into every page.
     */
    public Map<String, String> renderScripts() {
        Map<String, String> scripts = new LinkedHashMap<>();
        scripts.putAll(tree.scripts(previews.chunks()));
        previews.scripts().forEach((name, script) -> scripts.put(Previews.FOLDER + "/" + name, script));
        scripts.put(GraphData.SCRIPT, graphData.script());
        return scripts;
    }

    private synchronized ServicePages services() {
        if (services == null) {
            List<Section> all = sections.values().stream().flatMap(List::stream).toList();
            services = new ServicePages(templates, catalog, config.services().exam(), matcher, all, notes, transcluder,
                    graph.plan(), tags);
        }
        return services;
    }

    private List<Section> sectionsOf(Note note) {
        return sections.getOrDefault(note.path(), List.of());
    }

    private String renderGraph() {
        String page = graph.plan().addresses().graph();
        Views.GraphView view = new Views.GraphView(graphData.noteCount(), graphData.linkCount(), graphData.entries(page));
        return templates.render("graph", "Graph", "How the notes link to each other", page, "graph", "graph", view);
    }

    /** The generated home page, unless the vault's root index.md or README.md is the home page. */
    private void putHome(Map<String, String> pages) {
        if (graph.plan().folderNote("").isEmpty()) {
            pages.put(HOME, renderHome());
        }
    }

    private String renderHome() {
        List<Views.LinkView> rootNotes = folders.rootNotes().stream().map(n -> link(HOME, n)).toList();
        List<Views.LinkView> topFolders = folders.topLevel().stream()
                .map(f -> new Views.LinkView(f.name(), RelativeUrl.between(HOME, f.page()),
                        ListingRenderer.count(f.notesBelow(), "note")))
                .toList();
        List<Views.LinkView> topTags = tags.all().stream().filter(t -> !t.key().contains("/"))
                .map(t -> new Views.LinkView(t.name(), RelativeUrl.between(HOME, t.page()), Integer.toString(t.notes().size())))
                .toList();
        Views.HomeView home = new Views.HomeView(notes.size(), rootNotes, topFolders, topTags,
                RelativeUrl.between(HOME, graph.plan().addresses().tagIndex()));
        return templates.render("home", config.title(), config.description(), HOME, "home", "home", home);
    }

    /** After each heading that names services, links to their pages. */
    private String withServiceLinks(String html, Note note, String path) {
        StringBuilder out = new StringBuilder(html);
        List<Map.Entry<String, List<Service>>> named = new ArrayList<>(ServicePages.namedByHeadings(sectionsOf(note), matcher).entrySet());
        // From the end, so earlier offsets stay valid.
        java.util.Collections.reverse(named);
        for (Map.Entry<String, List<Service>> heading : named) {
            int id = out.indexOf(" id=\"" + heading.getKey() + "\"");
            int close = id < 0 ? -1 : out.indexOf("</h", id);
            int end = close < 0 ? -1 : out.indexOf(">", close);
            if (end < 0) {
                continue;
            }
            StringBuilder links = new StringBuilder("<p class=\"heading-services\">");
            for (Service s : heading.getValue()) {
                links.append("<a class=\"service-chip\" href=\"").append(RelativeUrl.between(path, servicePage(s)))
                        .append("\" title=\"").append(Escaping.escapeHtml(s.name(), false)).append("\">")
                        .append(Escaping.escapeHtml(s.shortName(), false)).append(" notes</a>");
            }
            out.insert(end + 1, links.append("</p>"));
        }
        return out.toString();
    }

    /** The front matter's {@code description}, else the note's first paragraph ({@link Excerpt}), else the site's. */
    private String description(ParsedNote parsed) {
        Object description = parsed.note().properties().get("description");
        if (description != null && !description.toString().isBlank()) {
            return description.toString().strip();
        }
        return Excerpt.of(parsed.document()).orElse(config.description());
    }

    /** {@code cssclasses} (and the older {@code cssclass}) as class names; anything else in them is dropped. */
    private static String cssClasses(Note note) {
        List<String> classes = new ArrayList<>();
        for (String key : List.of("cssclasses", "cssclass")) {
            Object value = note.properties().get(key);
            Iterable<?> items = value instanceof Iterable<?> list ? list : value == null ? List.of() : List.of(value.toString().split("[,\\s]+"));
            for (Object item : items) {
                String name = String.valueOf(item).trim();
                if (name.matches("-?[A-Za-z_][A-Za-z0-9_-]*")) {
                    classes.add(name);
                }
            }
        }
        return String.join(" ", classes);
    }

    /** Home, then each folder of {@code folder}, each linking to its folder page. */
    private List<Views.LinkView> breadcrumbs(String fromPage, String folder) {
        List<Views.LinkView> crumbs = new ArrayList<>();
        if (folder.isEmpty()) {
            return crumbs;
        }
        StringBuilder path = new StringBuilder();
        for (String part : folder.split("/")) {
            if (path.length() > 0) path.append('/');
            path.append(part);
            FolderTree.Folder f = folders.get(path.toString());
            crumbs.add(new Views.LinkView(part, RelativeUrl.between(fromPage, f.page()), null));
        }
        return crumbs;
    }

    private Views.LinkView link(String fromPage, Note target) {
        String url = RelativeUrl.between(fromPage, graph.plan().outputOf(target.path()));
        return new Views.LinkView(target.title(), url, target.path().value());
    }
}
