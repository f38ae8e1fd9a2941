package io.studysite.markdown;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids a page's own parts use, which a note's headings must never take: a heading "Sidebar" would
 * otherwise share {@code id="sidebar"} with the theme's sidebar and {@code [[#Sidebar]]} would jump there.
 * Ids of copied content (embeds, service-page sections) are scoped with a prefix that ends in
 * {@link #SCOPE_END}, which a heading slug never contains, so they cannot meet a heading id either.
 */
public final class PageIds {
    /** Every id the default theme's templates and scripts give page elements (a test keeps this in step). */
    public static final Set<String> THEME = Set.of(
            "backlinks-title", "content", "covered", "exam-title", "graph-find", "graph-find-status", "link-preview", "listing-title",
            "local-graph-title", "matrix", "matrix-filter", "mentioned-only", "mentions", "more-covering", "not-found-query",
            "notes-title", "related", "search-page-input", "sidebar", "site-search-input", "site-search-results", "tags", "tags-title",
            "tree-filter-input");

    /**
     * Numbered ids: footnotes ({@code fn-2}, {@code fnref-2}, {@code fnref-2-1}), and the theme's search options,
     * service-page notes, services-index categories and a long listing's letters.
     */
    private static final Pattern NUMBERED = Pattern.compile("(fn|fnref|site-search-option|site-search-note|service-note|category|letter)-\\d+(-\\d+)?");

    /** Ends every scope prefix; {@link io.studysite.note.Slug} never writes two dashes in a row. */
    public static final String SCOPE_END = "--";

    private PageIds() {}

    /** Whether the page already uses this id for something other than a heading. */
    public static boolean isTaken(String id) {
        return THEME.contains(id) || NUMBERED.matcher(id).matches();
    }

    /** The prefix for the ids of one piece of copied content: {@code scope("embed-3")} is {@code "embed-3--"}. */
    public static String scope(String name) {
        return name + SCOPE_END;
    }
}
