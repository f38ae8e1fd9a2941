package io.studysite.incremental;

import io.studysite.BuildOptions;
import io.studysite.diag.DiagnosticLedger;
import io.studysite.link.LinkGraph;
import io.studysite.markdown.MarkdownEngine;
import io.studysite.note.Note;
import io.studysite.parse.ParsedNote;
import io.studysite.render.PageRenderer;
import io.studysite.render.Theme;
import io.studysite.search.Section;
import io.studysite.services.CrossReference;
import io.studysite.services.ServiceMatcher;
import io.studysite.vault.NoteSource;
import io.studysite.vault.Vault;
import io.studysite.vault.VaultPath;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a build knows once its site is written: every stage's output, kept in memory by the dev server so an
 * edit re-does only what it affects. Immutable; an edit makes a new state that shares what did not change.
 *
 * @param sources  every note's text, published or not, by path
 * @param parsed   the published notes, in note order
 * @param matcher  finds the services sections cover and mention: none when the cross-reference is off
 * @param sections each published note's sections, in note order
 * @param services whether the site has the service cross-reference, and the whole catalog's matcher to decide again
 */
public record SiteState(BuildOptions options, Vault vault, Map<VaultPath, NoteSource> sources, ServiceMatcher matcher,
                        MarkdownEngine markdown, Theme theme, Map<VaultPath, ParsedNote> parsed, LinkGraph graph,
                        Map<VaultPath, List<Section>> sections, PageRenderer renderer, DiagnosticLedger diagnostics,
                        Services services) {
    /** @param catalog the matcher of the whole catalog, which the evidence is read with even when the cross-reference is off */
    public record Services(ServiceMatcher catalog, CrossReference decided) {}

    public SiteState {
        sources = Map.copyOf(sources);
        parsed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parsed));
        sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    public List<Note> notes() {
        return parsed.values().stream().map(ParsedNote::note).toList();
    }

    /** Every section of every published note, in note order: what the search index holds. */
    public List<Section> allSections() {
        return sections.values().stream().flatMap(List::stream).toList();
    }
}
