package io.studysite.incremental;

import io.pebbletemplates.pebble.error.PebbleException;
import io.studysite.BuildResult;
import io.studysite.StageTimer;
import io.studysite.diag.DiagnosticLedger;
import io.studysite.diag.Diagnostics;
import io.studysite.link.LinkGraph;
import io.studysite.link.LinkResolver;
import io.studysite.link.ReferenceCheck;
import io.studysite.link.SitePlan;
import io.studysite.note.Note;
import io.studysite.output.SiteUpdate;
import io.studysite.parse.NoteGuard;
import io.studysite.parse.NoteParser;
import io.studysite.parse.NoteTitles;
import io.studysite.parse.ParsedNote;
import io.studysite.render.BundledAssets;
import io.studysite.render.PageLikeAttachment;
import io.studysite.render.PageRenderer;
import io.studysite.search.Section;
import io.studysite.search.Sections;
import io.studysite.services.CrossReference;
import io.studysite.services.Service;
import io.studysite.vault.Attachment;
import io.studysite.vault.NoteSource;
import io.studysite.vault.VaultPath;
import io.studysite.vault.VaultScanner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Rebuilds the pages an edit of existing notes affects, in place, from the state of the last build:
 * <ul>
 *   <li>the edited notes' pages and their hover previews;</li>
 *   <li>the pages that embed them, however deeply;</li>
 *   <li>when their headings or blocks changed, the pages that link to them (anchors are numbered);</li>
 *   <li>when their links changed, the notes they now or no longer link to (backlinks) and every page whose
 *       local graph changed;</li>
 *   <li>when their tags changed, the tag pages and the home page.</li>
 * </ul>
 * The service pages, the global graph and the search shards take seconds on a large vault: they are left to a
 * {@link FollowUp} that runs after the open pages have reloaded. Anything else (a new, deleted or renamed note, a
 * changed title, alias, permalink, publish flag or tag set, a first or last wikilink that changes where titles come
 * from, an attachment, the configuration or the theme) needs a full build: {@link #apply} says so by returning nothing.
 */
public final class IncrementalBuild {
    /**
     * @param state   the state the site now matches (the old one when nothing was written)
     * @param changed the site paths written
     */
    public record Outcome(BuildResult result, SiteState state, List<String> changed, FollowUp followUp) {}

    private final SiteState state;
    private final StageTimer timer = new StageTimer();
    private NoteGuard guard;

    private IncrementalBuild(SiteState state) {
        this.state = state;
    }

    /** Rebuilds after {@code files} changed, or returns nothing when only a full build can tell what they affect. */
    public static Optional<Outcome> apply(SiteState state, Set<Path> files) {
        return NoteGuard.onLargeStack(() -> new IncrementalBuild(state).run(files));
    }

    private Optional<Outcome> run(Set<Path> files) {
        Optional<Set<VaultPath>> edited = editedNotes(files);
        if (edited.isEmpty()) {
            return Optional.empty();
        }
        DiagnosticLedger ledger = state.diagnostics();
        Diagnostics load = ledger.fresh();
        Map<VaultPath, NoteSource> sources = new HashMap<>(state.sources());
        List<ParsedNote> reparsed = new ArrayList<>();
        guard = new NoteGuard(new NoteParser(state.markdown(), load), load);
        VaultScanner scanner = new VaultScanner(load);
        NoteTitles titles = NoteTitles.decide(state.vault(), notesOf(state.parsed()));
        Map<VaultPath, ParsedNote> after = new LinkedHashMap<>(state.parsed());
        for (VaultPath path : edited.get()) {
            NoteSource source = scanner.read(state.vault().root(), state.sources().get(path).file(), state.vault().config());
            sources.put(path, source);
            ParsedNote now = timer.time("parse", () -> titles.titled(guard.parse(source)));
            ParsedNote before = state.parsed().get(path);
            if (before == null ? now.isPublished() : !now.isPublished() || !sameIdentity(before.note(), now.note())) {
                return Optional.empty();
            }
            if (before != null) {
                reparsed.add(now);
                after.put(path, now);
            }
        }
        // A first [[wikilink]] in a plain folder, or the last one gone, changes every title.
        if (NoteTitles.decide(state.vault(), notesOf(after)).byFileName() != titles.byFileName()) {
            return Optional.empty();
        }
        // Notes now about the catalog's cloud, or no longer: the cross-reference appears or goes on every page.
        CrossReference decided = state.services().decided();
        if (CrossReference.decide(decided.setting(), notesOf(after), state.services().catalog(), decided.cloud()).shown() != decided.shown()) {
            return Optional.empty();
        }
        ledger = ledger.replacing(DiagnosticLedger.Stage.LOAD, filesOf(edited.get()), load);
        if (ledger.hasErrors()) {
            return Optional.of(notWritten(ledger));
        }
        return Optional.of(rebuild(reparsed, sources, ledger));
    }

    private Outcome rebuild(List<ParsedNote> reparsed, Map<VaultPath, NoteSource> sources, DiagnosticLedger ledger) {
        Map<VaultPath, ParsedNote> parsed = new LinkedHashMap<>(state.parsed());
        reparsed.forEach(p -> parsed.put(p.note().path(), p));
        List<Note> notes = parsed.values().stream().map(ParsedNote::note).toList();
        List<Note> before = reparsed.stream().map(p -> state.parsed().get(p.note().path()).note()).toList();
        List<Note> after = reparsed.stream().map(ParsedNote::note).toList();

        // Resolve: the edited notes' references, and those pointing at headings or blocks that may have moved.
        Diagnostics resolve = ledger.fresh();
        LinkResolver resolver = new LinkResolver(state.graph().resolver().index().replacing(after), state.vault().obsidian());
        ReferenceCheck check = new ReferenceCheck(resolver, resolve);
        Set<VaultPath> anchorsMoved = new TreeSet<>();
        // Per edited note whose links changed, the notes it linked to before and after.
        Map<VaultPath, LinkChange> linkChanges = new LinkedHashMap<>();
        boolean tagsChanged = false;
        for (int i = 0; i < after.size(); i++) {
            Note was = before.get(i);
            Note is = after.get(i);
            if (!was.headings().equals(is.headings()) || !was.blockIds().equals(is.blockIds())
                    || !was.htmlAnchors().equals(is.htmlAnchors())) {
                anchorsMoved.add(is.path());
            }
            LinkChange links = new LinkChange(check.linkedNotes(was), check.linkedNotes(is));
            if (!links.before().equals(links.after())) {
                linkChanges.put(is.path(), links);
            }
            tagsChanged |= !was.tags().equals(is.tags());
        }
        Set<VaultPath> recheck = new LinkedHashSet<>(paths(after));
        anchorsMoved.forEach(path -> recheck.addAll(state.graph().backlinksOf(path)));
        LinkGraph graph = timer.time("resolve", () -> check.update(state.graph(), notes, before, after,
                recheck.stream().map(path -> parsed.get(path).note()).toList()));
        ledger = ledger.replacing(DiagnosticLedger.Stage.RESOLVE, filesOf(recheck), resolve);

        Map<VaultPath, List<Section>> sections = new LinkedHashMap<>(state.sections());
        Set<Service> services = new LinkedHashSet<>();
        boolean sectionsChanged = false;
        for (ParsedNote p : reparsed) {
            VaultPath path = p.note().path();
            List<Section> cut = guard.render(p, n -> Sections.of(n.note(), n.document(), graph.plan().outputOf(path), state.matcher()));
            List<Section> old = sections.put(path, cut);
            if (!cut.equals(old)) {
                sectionsChanged = true;
                old.forEach(s -> services.addAll(s.services()));
                cut.forEach(s -> services.addAll(s.services()));
            }
        }

        Diagnostics render = ledger.fresh();
        boolean tags = tagsChanged;
        PageRenderer next = timer.time("renderer", () -> state.renderer().afterEdit(graph, notes, sources, render,
                sections, tags, !linkChanges.isEmpty()));
        // The notes whose content renders differently: the edited ones, their embedders, the notes linking to moved anchors.
        Set<VaultPath> rewritten = new TreeSet<>(paths(after));
        rewritten.addAll(embedders(rewritten, graph));
        anchorsMoved.forEach(path -> rewritten.addAll(graph.backlinksOf(path)));
        // Service pages show those notes' sections in full.
        rewritten.forEach(path -> sections.getOrDefault(path, List.of()).forEach(s -> services.addAll(s.services())));
        Set<VaultPath> pages = timer.time("plan", () -> withLinkChanges(rewritten, linkChanges, check, graph, next));
        Map<String, String> written = new LinkedHashMap<>();
        try {
            timer.time("render", () -> {
                NoteGuard.eachNote(pages.stream().toList(),
                                path -> Map.entry(graph.plan().outputOf(path), guard.render(parsed.get(path), next::renderNote)))
                        .forEach(e -> written.put(e.getKey(), e.getValue()));
                // A preview shows the page's content, so every page rendered again has its preview refreshed.
                written.putAll(next.renderPreviews(pages.stream().map(graph.plan()::outputOf).toList()));
                if (tags) {
                    written.putAll(next.renderTagPages());
                }
                return written.size();
            });
        } catch (PebbleException e) {
            render.add(state.theme().templateError(e));
        }
        // Attachments a note now uses for the first time: page-like ones are published defused, with their warning.
        Map<Attachment, Optional<byte[]>> newlyUsed = new LinkedHashMap<>();
        for (Attachment a : state.vault().attachments()) {
            if (graph.usedAttachments().contains(a.path()) && !state.graph().usedAttachments().contains(a.path())) {
                newlyUsed.put(a, PageLikeAttachment.publish(a, state.vault().config().trustedHtml(), render));
            }
        }
        ledger = ledger.replacing(DiagnosticLedger.Stage.RENDER, filesOf(pages), render);
        if (ledger.hasErrors()) {
            return notWritten(ledger);
        }

        SiteUpdate site = new SiteUpdate(state.options().output());
        timer.time("write", () -> {
            written.forEach(site::write);
            if (tags) {
                Set<String> now = next.tagPages();
                state.renderer().tagPages().stream().filter(page -> !now.contains(page)).forEach(site::delete);
            }
            if (!next.siteNeeds().equals(state.renderer().siteNeeds())) {
                Map<String, byte[]> libraries = BundledAssets.filesFor(next.siteNeeds());
                libraries.forEach((path, bytes) -> site.write(SitePlan.THEME_FOLDER + "/" + path, bytes));
                BundledAssets.filesFor(state.renderer().siteNeeds()).keySet().stream().filter(path -> !libraries.containsKey(path))
                        .forEach(path -> site.delete(SitePlan.THEME_FOLDER + "/" + path));
            }
            for (Attachment a : state.vault().attachments()) {
                boolean used = graph.usedAttachments().contains(a.path());
                if (used != state.graph().usedAttachments().contains(a.path())) {
                    if (used) {
                        String to = graph.plan().outputOf(a.path());
                        newlyUsed.get(a).ifPresentOrElse(bytes -> site.write(to, bytes), () -> site.copyIfMissing(to, a.file()));
                    } else {
                        site.delete(graph.plan().outputOf(a.path()));
                    }
                }
            }
            return site.changed().size();
        });
        SiteState updated = new SiteState(state.options(), state.vault(), sources, state.matcher(), state.markdown(),
                state.theme(), parsed, graph, sections, next, ledger, state.services());
        BuildResult result = new BuildResult(BuildResult.Outcome.OK, ledger.sorted(), timer.times(), notes.size(),
                pages.size(), site.bytesWritten(), true);
        return new Outcome(result, updated, site.changed(), new FollowUp(services, !linkChanges.isEmpty(), sectionsChanged));
    }

    /** What an edited note linked to before and after the edit. */
    private record LinkChange(Set<VaultPath> before, Set<VaultPath> after) {}

    /**
     * The pages to re-render: {@code rewritten}, the notes gaining or losing a backlink, and every page whose local
     * graph differs now.
     */
    private Set<VaultPath> withLinkChanges(Set<VaultPath> rewritten, Map<VaultPath, LinkChange> linkChanges,
                                           ReferenceCheck check, LinkGraph graph, PageRenderer next) {
        Set<VaultPath> pages = new TreeSet<>(rewritten);
        Set<VaultPath> neighbours = new TreeSet<>();
        linkChanges.forEach((note, change) -> {
            Set<VaultPath> linked = new TreeSet<>(change.before());
            linked.addAll(change.after());
            Set<VaultPath> both = new TreeSet<>(change.before());
            both.retainAll(change.after());
            linked.stream().filter(target -> !both.contains(target)).forEach(pages::add);
            // A local graph shows a note's neighbours and the links among them: only neighbourhoods of the
            // notes whose links changed can differ.
            for (VaultPath p : linked) {
                neighbours.addAll(state.graph().backlinksOf(p));
                neighbours.addAll(graph.backlinksOf(p));
            }
            neighbours.addAll(linked);
            neighbours.addAll(graph.backlinksOf(note));
            neighbours.addAll(outgoing(linked, graph, check));
        });
        neighbours.removeAll(pages);
        for (VaultPath n : neighbours) {
            if (state.parsed().containsKey(n) && !state.renderer().localGraph(n).equals(next.localGraph(n))) {
                pages.add(n);
            }
        }
        return pages;
    }

    /** The notes that {@code notes} link to. */
    private Set<VaultPath> outgoing(Set<VaultPath> notes, LinkGraph graph, ReferenceCheck check) {
        Set<VaultPath> out = new TreeSet<>();
        for (VaultPath n : notes) {
            Note note = graph.resolver().index().note(n);
            if (note != null) {
                out.addAll(check.linkedNotes(note));
            }
        }
        return out;
    }

    /** Every note that embeds one of {@code notes}, or embeds one that does, and so on. */
    private static Set<VaultPath> embedders(Set<VaultPath> notes, LinkGraph graph) {
        Set<VaultPath> found = new TreeSet<>();
        List<VaultPath> queue = new ArrayList<>(notes);
        while (!queue.isEmpty()) {
            VaultPath target = queue.remove(queue.size() - 1);
            for (VaultPath source : graph.backlinksOf(target)) {
                Note from = graph.resolver().index().note(source);
                boolean embeds = from.references().stream().anyMatch(ref -> ref.kind().isEmbed()
                        && target.equals(graph.resolver().resolve(source, ref.target()).path()));
                if (embeds && !notes.contains(source) && found.add(source)) {
                    queue.add(source);
                }
            }
        }
        return found;
    }

    /**
     * The edited notes, or nothing when a change needs a full build (a folder created or deleted is one). Hidden
     * files (an editor's swap files) do not count, except the vault's Obsidian settings.
     */
    private Optional<Set<VaultPath>> editedNotes(Set<Path> files) {
        Path root = state.vault().root();
        Set<VaultPath> edited = new TreeSet<>();
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            if (!absolute.startsWith(root) || absolute.equals(root)) {
                return Optional.empty();
            }
            Path relative = root.relativize(absolute);
            if (relative.getName(0).toString().equals(".obsidian")) {
                return Optional.empty();
            }
            boolean hidden = false;
            for (Path part : relative) {
                hidden |= part.toString().startsWith(".");
            }
            if (hidden) {
                continue;
            }
            VaultPath path = VaultPath.of(relative.toString());
            if (!path.isNote() || !state.sources().containsKey(path) || !Files.isRegularFile(absolute)) {
                return Optional.empty();
            }
            edited.add(path);
        }
        return Optional.of(edited);
    }

    /** What other notes and pages know of a note: its title, aliases, address and dialect. */
    private static boolean sameIdentity(Note before, Note after) {
        return before.title().equals(after.title()) && before.aliases().equals(after.aliases())
                && before.dialect() == after.dialect()
                && Objects.equals(before.properties().get("permalink"), after.properties().get("permalink"));
    }

    private Outcome notWritten(DiagnosticLedger ledger) {
        BuildResult result = new BuildResult(BuildResult.Outcome.CONTENT_ERRORS, ledger.sorted(), timer.times(),
                state.parsed().size(), 0, 0, false);
        return new Outcome(result, state, List.of(), FollowUp.NONE);
    }

    private Set<Path> filesOf(Set<VaultPath> notes) {
        return notes.stream().map(state.sources()::get).filter(Objects::nonNull).map(NoteSource::file)
                .collect(Collectors.toSet());
    }

    private static List<Note> notesOf(Map<VaultPath, ParsedNote> parsed) {
        return parsed.values().stream().map(ParsedNote::note).toList();
    }

    private static List<VaultPath> paths(List<Note> notes) {
        return notes.stream().map(Note::path).toList();
    }
}
