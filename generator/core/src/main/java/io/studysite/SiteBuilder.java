package io.studysite;

import io.pebbletemplates.pebble.error.PebbleException;
import io.studysite.config.ConfigLoader;
import io.studysite.diag.Diagnostic;
import io.studysite.diag.DiagnosticLedger;
import io.studysite.diag.Diagnostics;
import io.studysite.diag.Severity;
import io.studysite.link.LinkGraph;
import io.studysite.link.LinkIndex;
import io.studysite.link.LinkResolver;
import io.studysite.link.ReferenceCheck;
import io.studysite.link.SitePlan;
import io.studysite.incremental.SiteState;
import io.studysite.search.SearchFiles;
import io.studysite.markdown.MarkdownEngine;
import io.studysite.note.Note;
import io.studysite.output.FolderSwap;
import io.studysite.output.OutputFolder;
import io.studysite.output.SiteWriter;
import io.studysite.parse.NoteGuard;
import io.studysite.parse.NoteParser;
import io.studysite.parse.NoteTitles;
import io.studysite.parse.ParsedNote;
import io.studysite.render.AtomFeed;
import io.studysite.render.BundledAssets;
import io.studysite.render.NoteDates;
import io.studysite.render.PageImage;
import io.studysite.render.PageLikeAttachment;
import io.studysite.render.PageRenderer;
import io.studysite.render.Sitemap;
import io.studysite.search.SearchIndex;
import io.studysite.search.Section;
import io.studysite.search.Sections;
import io.studysite.services.Catalogs;
import io.studysite.services.CrossReference;
import io.studysite.services.ServiceCatalog;
import io.studysite.services.NoteSubject;
import io.studysite.services.ServiceMatcher;
import io.studysite.render.Theme;
import io.studysite.vault.Attachment;
import io.studysite.vault.ChangeDates;
import io.studysite.vault.NoteSource;
import io.studysite.vault.Vault;
import io.studysite.vault.VaultPath;
import io.studysite.vault.VaultScanner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The facade over the pipeline: load → parse → index → resolve → render → write. Each stage takes
 * the finished output of the ones before it; everything is indexed before anything is rendered.
 * The CLI, the Maven plugin and tests call only this.
 */
public final class SiteBuilder {

    public BuildResult build(BuildOptions options) {
        return build(options, state -> { });
    }

    /**
     * Builds and, once the site is written, hands what the build knows to {@code written}: the dev server keeps it
     * to rebuild only what an edit affects.
     */
    public BuildResult build(BuildOptions options, Consumer<SiteState> written) {
        return NoteGuard.onLargeStack(() -> buildHere(options, written));
    }

    private BuildResult buildHere(BuildOptions requested, Consumer<SiteState> written) {
        StageTimer timer = new StageTimer();
        Path content = requested.content().toAbsolutePath().normalize();
        if (!Files.isDirectory(content)) {
            return usageError(timer, "the content folder " + requested.content() + " does not exist");
        }
        if (requested.theme().isPresent() && !Files.isDirectory(requested.theme().get())) {
            return usageError(timer, "the theme folder " + requested.theme().get() + " does not exist");
        }
        if (requested.write()) {
            Optional<String> refusal = OutputFolder.refusal(content, requested.output());
            if (refusal.isPresent()) {
                return usageError(timer, refusal.get());
            }
        }
        // Written where an output folder that is a symbolic link leads, never in place of the link.
        BuildOptions options = requested.write() ? new BuildOptions(requested.content(),
                OutputFolder.realPath(requested.output()), requested.theme(), requested.strict(), true) : requested;
        ConfigLoader.Loaded config = timer.time("config", () -> new ConfigLoader().load(content));
        DiagnosticLedger diagnostics = DiagnosticLedger.collecting(config.site().severityByCode());
        Diagnostics site = diagnostics.stage(DiagnosticLedger.Stage.SITE);
        site.addAll(config.problems());
        if (config.problems().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return result(BuildResult.Outcome.USAGE_ERROR, diagnostics, timer, 0, 0, 0, false);
        }

        ServiceCatalog catalog = timer.time("config", () -> Catalogs.forVault(content, config.site().services(), site));

        Diagnostics load = diagnostics.stage(DiagnosticLedger.Stage.LOAD);
        Vault vault = timer.time("load", () -> new VaultScanner(load).scan(content, config));
        MarkdownEngine markdown = new MarkdownEngine(vault.obsidian().strictLineBreaks(),
                vault.config().jekyllHeadingsWithoutSpace(), vault.config().trustedHtml());
        NoteGuard guard = new NoteGuard(new NoteParser(markdown, load), load);
        List<LinkIndex.Unpublished> unpublished = new java.util.ArrayList<>();
        List<ParsedNote> parsed = timer.time("parse", () -> {
            List<ParsedNote> all = NoteGuard.eachNote(vault.notes(), guard::parse);
            all.forEach(p -> p.unpublishedBy().ifPresent(why -> unpublished.add(new LinkIndex.Unpublished(p.note().path(), why))));
            List<ParsedNote> published = all.stream().filter(ParsedNote::isPublished).toList();
            NoteTitles titles = NoteTitles.decide(vault, published.stream().map(ParsedNote::note).toList());
            List<ParsedNote> titled = published.stream().map(titles::titled).toList();
            titles.report(titled, site);
            return titled;
        });
        List<Note> notes = parsed.stream().map(ParsedNote::note).toList();

        LinkGraph graph = timer.time("index+resolve", () -> {
            SitePlan plan = SitePlan.of(notes, vault.attachments(), site);
            LinkResolver resolver = new LinkResolver(new LinkIndex(notes, vault.attachments(), unpublished), vault.obsidian());
            return new ReferenceCheck(resolver, diagnostics.stage(DiagnosticLedger.Stage.RESOLVE)).run(notes, plan);
        });

        boolean failing = diagnostics.hasErrors()
                || (options.strict() && diagnostics.has(Severity.WARNING));
        if (failing) {
            return result(BuildResult.Outcome.CONTENT_ERRORS, diagnostics, timer, notes.size(), 0, 0, false);
        }

        ServiceMatcher catalogMatcher = new ServiceMatcher(catalog);
        CrossReference crossReference = timer.time("services", () -> CrossReference.decide(config.site().services().shown(), notes,
                catalogMatcher, Catalogs.cloudOf(config.site().services())));
        List<Diagnostic> verbose = crossReference.surprising() ? List.of() : List.of(crossReference.why());
        if (crossReference.surprising()) {
            site.add(crossReference.why());
        }
        // Off, the notes are cross-referenced by no services: no chips, no search filter, no service pages.
        ServiceCatalog shownCatalog = crossReference.shown() ? catalog : ServiceCatalog.empty();
        ServiceMatcher matcher = crossReference.shown() ? catalogMatcher : new ServiceMatcher(shownCatalog);
        Map<VaultPath, List<Section>> sections = timer.time("sections", () -> cutSections(parsed, graph.plan(), matcher, guard));
        reportSubjects(sections, site);

        Theme theme = new Theme(options.theme());
        Map<VaultPath, NoteSource> sources = vault.notes().stream()
                .collect(Collectors.toMap(NoteSource::path, source -> source));
        NoteDates dates = new NoteDates(timer.time("dates", () -> ChangeDates.of(content, vault.config().pages())));
        Optional<VaultPath> siteImage = siteImage(vault, graph, site);
        PageRenderer renderer = new PageRenderer(theme.engine(), markdown, vault.config(), graph, notes, sources,
                diagnostics.stage(DiagnosticLedger.Stage.RENDER), sections, shownCatalog, matcher, crossReference.shown(), dates);
        if (!options.write()) {
            // What a build would say about the attachments it publishes.
            for (Attachment a : vault.attachments()) {
                if (graph.usedAttachments().contains(a.path())) {
                    PageLikeAttachment.publish(a, vault.config().trustedHtml(), diagnostics.stage(DiagnosticLedger.Stage.RENDER));
                }
            }
            return check(parsed, guard, renderer, theme, diagnostics, timer, notes.size(), options.strict()).withVerbose(verbose);
        }
        try (SiteWriter writer = SiteWriter.begin(options.output())) {
            int listings = timer.time("render+write", () -> {
                NoteGuard.eachNote(parsed, p -> {
                    writer.write(graph.plan().outputOf(p.note().path()), guard.render(p, renderer::renderNote));
                    return p;
                });
                Map<String, String> pages = renderer.renderListings();
                pages.forEach(writer::write);
                renderer.renderScripts().forEach((path, script) -> writer.write(SitePlan.THEME_FOLDER + "/" + path, script));
                // For crawlers: robots.txt always; the sitemap lists absolute URLs, so only with a base URL.
                Optional<String> baseUrl = vault.config().baseUrl();
                writer.write(Sitemap.ROBOTS, Sitemap.robots(baseUrl));
                baseUrl.ifPresent(base -> writer.write(Sitemap.FILE,
                        Sitemap.xml(base, Sitemap.entries(notes, graph.plan(), pages.keySet(), dates))));
                // The feed too: Atom's links and ids are absolute URLs.
                baseUrl.ifPresent(base -> writer.write(AtomFeed.FILE, AtomFeed.xml(base, vault.config().title(),
                        vault.config().description(), AtomFeed.newest(NoteGuard.eachNote(parsed, p -> guard.render(p, renderer::feedEntry))
                                .stream().flatMap(Optional::stream).toList()))));
                return pages.size();
            });
            timer.time("copy", () -> {
                Diagnostics render = diagnostics.stage(DiagnosticLedger.Stage.RENDER);
                for (Attachment a : vault.attachments()) {
                    if (graph.usedAttachments().contains(a.path()) || siteImage.equals(Optional.of(a.path()))) {
                        String to = graph.plan().outputOf(a.path());
                        PageLikeAttachment.publish(a, vault.config().trustedHtml(), render)
                                .ifPresentOrElse(bytes -> writer.write(to, bytes), () -> writer.copy(to, a.file()));
                    }
                }
                theme.staticFiles().forEach((path, file) -> {
                    try {
                        writer.copy(SitePlan.THEME_FOLDER + "/" + path, file.open());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                // KaTeX, highlight.js and Mermaid ship only with sites that have math, code blocks or diagrams.
                BundledAssets.filesFor(renderer.siteNeeds())
                        .forEach((path, bytes) -> writer.write(SitePlan.THEME_FOLDER + "/" + path, bytes));
                // Every site has note pages with a local graph: d3's force layout ships always (about 17 kB).
                BundledAssets.forceLayout().forEach((path, bytes) -> writer.write(SitePlan.THEME_FOLDER + "/" + path, bytes));
                // GitHub Pages would otherwise run Jekyll over the site and drop files it does not know.
                writer.write(".nojekyll", new byte[0]);
            });
            if (options.strict() && diagnostics.has(Severity.WARNING)) {
                // Rendering found more (embed cycles): the new site is discarded, the old one stays.
                return result(BuildResult.Outcome.CONTENT_ERRORS, diagnostics, timer, notes.size(), 0, 0, false);
            }
            List<Section> allSections = sections.values().stream().flatMap(List::stream).toList();
            Path indexStage = timer.time("search", () -> SearchFiles.build(allSections, options.output(), writer::write));
            timer.time("swap", () -> {
                writer.commit();
                FolderSwap.replace(SearchIndex.folderFor(options.output()), indexStage);
            });
            Map<VaultPath, ParsedNote> byPath = new LinkedHashMap<>();
            parsed.forEach(p -> byPath.put(p.note().path(), p));
            written.accept(new SiteState(options, vault, sources, matcher, markdown, theme, byPath, graph, sections, renderer,
                    diagnostics, new SiteState.Services(catalogMatcher, crossReference)));
            return result(BuildResult.Outcome.OK, diagnostics, timer, notes.size(), notes.size() + listings,
                    writer.bytesWritten(), true).withVerbose(verbose);
        } catch (PebbleException e) {
            diagnostics.stage(DiagnosticLedger.Stage.RENDER).add(theme.templateError(e));
            return result(BuildResult.Outcome.USAGE_ERROR, diagnostics, timer, notes.size(), 0, 0, false);
        }
    }

    /**
     * Check only: every page is rendered and dropped, because embeds (cycles, depth) and the theme's templates
     * report their problems only while rendering. Nothing is written.
     */
    private static BuildResult check(List<ParsedNote> parsed, NoteGuard guard, PageRenderer renderer, Theme theme, DiagnosticLedger diagnostics,
                                     StageTimer timer, int notes, boolean strict) {
        try {
            timer.time("render", () -> {
                NoteGuard.eachNote(parsed, p -> guard.render(p, renderer::renderNote));
                return renderer.renderListings().size();
            });
        } catch (PebbleException e) {
            diagnostics.stage(DiagnosticLedger.Stage.RENDER).add(theme.templateError(e));
            return result(BuildResult.Outcome.USAGE_ERROR, diagnostics, timer, notes, 0, 0, false);
        }
        boolean failing = diagnostics.hasErrors() || (strict && diagnostics.has(Severity.WARNING));
        return result(failing ? BuildResult.Outcome.CONTENT_ERRORS : BuildResult.Outcome.OK, diagnostics, timer, notes, 0, 0, false);
    }

    /** Every published note cut into sections, with the services each covers and mentions: for search and service pages. */
    private static Map<VaultPath, List<Section>> cutSections(List<ParsedNote> parsed, SitePlan plan, ServiceMatcher services,
                                                             NoteGuard guard) {
        // Parallel, in note order: the index and its shards come out the same every build.
        List<List<Section>> cut = NoteGuard.eachNote(parsed, note -> guard.render(note,
                p -> Sections.of(p.note(), p.document(), plan.outputOf(p.note().path()), services)));
        Map<VaultPath, List<Section>> sections = new LinkedHashMap<>();
        for (int i = 0; i < parsed.size(); i++) {
            sections.put(parsed.get(i).note().path(), cut.get(i));
        }
        return sections;
    }

    /** The vault file {@code image:} names, published beside the notes' attachments; a missing one is reported. */
    private static Optional<VaultPath> siteImage(Vault vault, LinkGraph graph, Diagnostics site) {
        Optional<String> image = vault.config().pages().image();
        Optional<VaultPath> file = PageImage.siteImageFile(image, graph);
        if (image.isPresent() && file.isEmpty() && !image.get().matches("https?://.*")) {
            site.add(new Diagnostic(configFile(vault.root()), 0, 0, Severity.WARNING, "missing-attachment",
                    "image: \"" + image.get() + "\" is not in the vault", "name an image file of the vault, or an https:// URL"));
        }
        return file;
    }

    private static Path configFile(Path content) {
        Path file = content.resolve(io.studysite.config.SiteConfig.FILE_NAME);
        return Files.isRegularFile(file) ? file : null;
    }

    /** What each note is about, as its sections carry it (a note without sections has nothing on service pages). */
    private static void reportSubjects(Map<VaultPath, List<Section>> sections, Diagnostics site) {
        Map<String, NoteSubject> subjects = new LinkedHashMap<>();
        sections.forEach((path, cut) -> subjects.put(path.value(), cut.isEmpty() ? NoteSubject.NONE : cut.get(0).subject()));
        NoteSubject.report(subjects, site);
    }

    private static BuildResult usageError(StageTimer timer, String message) {
        DiagnosticLedger d = DiagnosticLedger.collecting(Map.of());
        d.stage(DiagnosticLedger.Stage.SITE).add(new Diagnostic(null, 0, 0, Severity.ERROR, "usage", message, null));
        return result(BuildResult.Outcome.USAGE_ERROR, d, timer, 0, 0, 0, false);
    }

    private static BuildResult result(BuildResult.Outcome outcome, DiagnosticLedger diagnostics, StageTimer timer,
                                      int notes, int pages, long bytes, boolean written) {
        return new BuildResult(outcome, diagnostics.sorted(), timer.times(), notes, pages, bytes, written);
    }
}
