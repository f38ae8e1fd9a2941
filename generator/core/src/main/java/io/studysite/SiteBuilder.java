package io.studysite;

import io.pebbletemplates.pebble.error.PebbleException;
import io.studysite.config.ConfigLoader;
import io.studysite.diag.Diagnostic;
import io.studysite.diag.Diagnostics;
import io.studysite.diag.Severity;
import io.studysite.link.LinkGraph;
import io.studysite.link.LinkIndex;
import io.studysite.link.LinkResolver;
import io.studysite.link.ReferenceCheck;
import io.studysite.link.SitePlan;
import io.studysite.markdown.MarkdownEngine;
import io.studysite.note.Note;
import io.studysite.output.FolderSwap;
import io.studysite.output.OutputFolder;
import io.studysite.output.SiteWriter;
import io.studysite.parse.NoteParser;
import io.studysite.parse.ParsedNote;
import io.studysite.render.BundledAssets;
import io.studysite.render.PageRenderer;
import io.studysite.render.Sitemap;
import io.studysite.search.ExportedIndex;
import io.studysite.search.SearchIndex;
import io.studysite.search.SearchShards;
import io.studysite.search.Section;
import io.studysite.search.Sections;
import io.studysite.services.Catalogs;
import io.studysite.services.ServiceCatalog;
import io.studysite.services.ServiceMatcher;
import io.studysite.render.Theme;
import io.studysite.vault.Attachment;
import io.studysite.vault.NoteSource;
import io.studysite.vault.Vault;
import io.studysite.vault.VaultPath;
import io.studysite.vault.VaultScanner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The facade over the pipeline: load → parse → index → resolve → render → write. Each stage takes
 * the finished output of the ones before it; everything is indexed before anything is rendered.
 * The CLI, the Maven plugin and tests call only this.
 */
public final class SiteBuilder {

    public BuildResult build(BuildOptions options) {
        StageTimer timer = new StageTimer();
        Path content = options.content().toAbsolutePath().normalize();
        if (!Files.isDirectory(content)) {
            return usageError(timer, "the content folder " + options.content() + " does not exist");
        }
        if (options.theme().isPresent() && !Files.isDirectory(options.theme().get())) {
            return usageError(timer, "the theme folder " + options.theme().get() + " does not exist");
        }
        if (options.write()) {
            Optional<String> refusal = OutputFolder.refusal(content, options.output());
            if (refusal.isPresent()) {
                return usageError(timer, refusal.get());
            }
        }
        ConfigLoader.Loaded config = timer.time("config", () -> new ConfigLoader().load(content));
        Diagnostics diagnostics = new Diagnostics(config.site().severityByCode());
        diagnostics.addAll(config.problems());
        if (config.problems().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return result(BuildResult.Outcome.USAGE_ERROR, diagnostics, timer, 0, 0, 0, false);
        }

        ServiceCatalog catalog = timer.time("config", () -> Catalogs.forVault(content, config.site().services(), diagnostics));

        Vault vault = timer.time("load", () -> new VaultScanner(diagnostics).scan(content, config));
        MarkdownEngine markdown = new MarkdownEngine(vault.obsidian().strictLineBreaks(),
                vault.config().jekyllHeadingsWithoutSpace());
        NoteParser parser = new NoteParser(markdown, diagnostics);
        List<ParsedNote> parsed = timer.time("parse",
                () -> vault.notes().parallelStream().map(parser::parse).filter(SiteBuilder::isPublished).toList());
        List<Note> notes = parsed.stream().map(ParsedNote::note).toList();

        LinkGraph graph = timer.time("index+resolve", () -> {
            SitePlan plan = SitePlan.of(notes, vault.attachments(), diagnostics);
            LinkResolver resolver = new LinkResolver(new LinkIndex(notes, vault.attachments()), vault.obsidian());
            return new ReferenceCheck(resolver, diagnostics).run(notes, plan);
        });

        boolean failing = diagnostics.hasErrors()
                || (options.strict() && diagnostics.has(Severity.WARNING));
        if (failing) {
            return result(BuildResult.Outcome.CONTENT_ERRORS, diagnostics, timer, notes.size(), 0, 0, false);
        }

        ServiceMatcher matcher = new ServiceMatcher(catalog);
        List<Section> sections = timer.time("sections", () -> cutSections(parsed, graph.plan(), matcher));

        Theme theme = new Theme(options.theme());
        Map<VaultPath, NoteSource> sources = vault.notes().stream()
                .collect(Collectors.toMap(NoteSource::path, source -> source));
        PageRenderer renderer = new PageRenderer(theme.engine(), markdown, vault.config(), graph, notes, sources, diagnostics,
                sections, catalog, matcher);
        if (!options.write()) {
            return check(parsed, renderer, options, diagnostics, timer, notes.size());
        }
        try (SiteWriter writer = SiteWriter.begin(options.output())) {
            int listings = timer.time("render+write", () -> {
                parsed.parallelStream().forEach(p ->
                        writer.write(graph.plan().outputOf(p.note().path()), renderer.renderNote(p)));
                Map<String, String> pages = renderer.renderListings();
                pages.forEach(writer::write);
                renderer.renderScripts().forEach((path, script) -> writer.write(SitePlan.THEME_FOLDER + "/" + path, script));
                // For crawlers: robots.txt always; the sitemap lists absolute URLs, so only with a base URL.
                Optional<String> baseUrl = vault.config().baseUrl();
                writer.write(Sitemap.ROBOTS, Sitemap.robots(baseUrl));
                baseUrl.ifPresent(base -> writer.write(Sitemap.FILE,
                        Sitemap.xml(base, Sitemap.entries(notes, graph.plan(), pages.keySet()))));
                return pages.size();
            });
            timer.time("copy", () -> {
                for (Attachment a : vault.attachments()) {
                    if (graph.usedAttachments().contains(a.path())) {
                        writer.copy(graph.plan().outputOf(a.path()), a.file());
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
            Path index = SearchIndex.folderFor(options.output());
            Path indexStage = timer.time("search", () -> {
                Path stage = FolderSwap.stage(index);
                SearchIndex.write(sections, stage);
                // The browser's copy of the index: classic-script shards inside the site.
                SearchShards.of(ExportedIndex.read(stage)).forEach((name, script) ->
                        writer.write(SitePlan.THEME_FOLDER + "/" + SearchShards.FOLDER + "/" + name, script));
                return stage;
            });
            timer.time("swap", () -> {
                writer.commit();
                FolderSwap.replace(index, indexStage);
            });
            return result(BuildResult.Outcome.OK, diagnostics, timer, notes.size(), notes.size() + listings,
                    writer.bytesWritten(), true);
        } catch (PebbleException e) {
            diagnostics.add(templateError(options.theme(), e));
            return result(BuildResult.Outcome.USAGE_ERROR, diagnostics, timer, notes.size(), 0, 0, false);
        }
    }

    /**
     * Check only: every page is rendered and dropped, because embeds (cycles, depth) and the theme's templates
     * report their problems only while rendering. Nothing is written.
     */
    private static BuildResult check(List<ParsedNote> parsed, PageRenderer renderer, BuildOptions options, Diagnostics diagnostics,
                                     StageTimer timer, int notes) {
        try {
            timer.time("render", () -> {
                parsed.parallelStream().forEach(renderer::renderNote);
                return renderer.renderListings().size();
            });
        } catch (PebbleException e) {
            diagnostics.add(templateError(options.theme(), e));
            return result(BuildResult.Outcome.USAGE_ERROR, diagnostics, timer, notes, 0, 0, false);
        }
        boolean failing = diagnostics.hasErrors() || (options.strict() && diagnostics.has(Severity.WARNING));
        return result(failing ? BuildResult.Outcome.CONTENT_ERRORS : BuildResult.Outcome.OK, diagnostics, timer, notes, 0, 0, false);
    }

    /** Every published note cut into sections, with the services each covers and mentions: for search and service pages. */
    private static List<Section> cutSections(List<ParsedNote> parsed, SitePlan plan, ServiceMatcher services) {
        // Parallel, in note order: the index and its shards come out the same every build.
        return parsed.parallelStream()
                .flatMap(p -> Sections.of(p.note(), p.document(), plan.outputOf(p.note().path()), services).stream())
                .toList();
    }

    /** {@code publish: false} and {@code draft: true} notes are left out everywhere. */
    private static boolean isPublished(ParsedNote parsed) {
        Map<String, Object> p = parsed.note().properties();
        return !"false".equalsIgnoreCase(String.valueOf(p.get("publish")))
                && !"true".equalsIgnoreCase(String.valueOf(p.get("draft")));
    }

    private static Diagnostic templateError(Optional<Path> theme, PebbleException e) {
        String name = e.getFileName() == null ? "template" : e.getFileName();
        Path file = theme.map(t -> t.resolve("templates").resolve(name)).filter(Files::exists).orElse(Path.of(name));
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        return new Diagnostic(file, line, line > 0 ? 1 : 0, Severity.ERROR, "template-error",
                e.getPebbleMessage() == null ? String.valueOf(e.getMessage()) : e.getPebbleMessage(), null);
    }

    private static BuildResult usageError(StageTimer timer, String message) {
        Diagnostics d = new Diagnostics();
        d.add(new Diagnostic(null, 0, 0, Severity.ERROR, "usage", message, null));
        return result(BuildResult.Outcome.USAGE_ERROR, d, timer, 0, 0, 0, false);
    }

    private static BuildResult result(BuildResult.Outcome outcome, Diagnostics diagnostics, StageTimer timer,
                                      int notes, int pages, long bytes, boolean written) {
        return new BuildResult(outcome, diagnostics.sorted(), timer.times(), notes, pages, bytes, written);
    }
}
