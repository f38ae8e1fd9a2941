package io.studysite.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.util.List;

/**
 * What templates receive. Every page gets {@code site} and {@code page}; note pages also get
 * {@code note}, the home page {@code home}. Text is escaped by the template engine; only
 * {@link SafeString} fields (rendered Markdown, tables of contents) are inserted as HTML.
 */
public final class Views {
    private Views() {}

    /**
     * The site as a whole.
     *
     * @param image the absolute URL of the picture link previews show for pages without one ({@code og:image}), or ""
     * @param feed  the Atom feed's site path ({@code feed.xml}), or "" when the site has none (no {@code baseUrl})
     */
    public record SiteView(String title, String description, String image, String feed) {
        public SiteView(String title, String description) {
            this(title, description, "", "");
        }
    }

    /**
     * The line under a note's title.
     *
     * @param updated        the day the note last changed, {@code YYYY-MM-DD}, or "" when unknown ({@link NoteDates})
     * @param updatedText    that day in words, "5 March 2024"
     * @param readingMinutes the minutes reading the note takes ({@link ReadingTime})
     * @param editUrl        the address of the note's source in an editor ({@code editUrl:}), or ""
     * @param image          the absolute URL of the note's picture for link previews, or "" for the site's
     * @param inText         the line is already in the note's text, under the H1 that opens it: the template leaves it out
     */
    public record NoteMeta(String updated, String updatedText, int readingMinutes, String editUrl, String image,
                           boolean inText) {}

    /**
     * The page being rendered.
     *
     * @param root prefix that leads back to the site root ("" or "../../"); theme files live at {@code root + "_studysite/"}.
     *             On the 404 page, when a base URL is configured, the base URL's path ("/notes/"): hosts serve
     *             that page at any address, where relative URLs would break
     * @param path the page's own site-relative path
     * @param kind    "note", "home", "tag", "tags", "folder" or "404", also used as the body's class
     * @param classes the note's {@code cssclasses}, for the body, space-separated ("" when none)
     * @param needs   which bundled libraries the page loads ({@link PageNeeds}: "math", "code", "diagrams");
     *                templates test {@code page.needs contains 'code'}
     * @param canonical the page's absolute URL under the configured {@code baseUrl}, for {@code rel="canonical"} and
     *                  {@code og:url}; "" without a base URL, and on the 404 page (served at any address)
     * @param ogType    the page's OpenGraph type: "article" for notes, "website" otherwise
     */
    public record PageView(String title, String description, String root, String path, String kind, String classes,
                           java.util.Set<String> needs, String canonical, String ogType) {
        public PageView {
            needs = needs == null ? java.util.Set.of() : needs;
            canonical = canonical == null ? "" : canonical;
            ogType = ogType == null || ogType.isEmpty() ? ("note".equals(kind) ? "article" : "website") : ogType;
        }

        /** A page without a base URL: no canonical link. */
        public PageView(String title, String description, String root, String path, String kind, String classes,
                        java.util.Set<String> needs) {
            this(title, description, root, path, kind, classes, needs, "", null);
        }

        /** The page holds math: it loads the bundled KaTeX. Kept for themes written before {@code needs}. */
        public boolean hasMath() {
            return needs.contains(PageNeeds.MATH);
        }
    }

    /**
     * The generated pages' site-relative addresses ({@code tags/index.html}, or under {@code _studysite/} when the vault has
     * a folder of that name); {@code services} is null when the site has no service cross-reference.
     */
    public record SiteLinks(String home, String tags, String services, String graph, String search) {}

    /** A link in a list: title, relative URL and an optional detail line. */
    public record LinkView(String title, String url, String detail) {}

    /** A tag page: the notes under the tag (nested tags rolled up), its subtags and its parent. */
    public record TagView(String name, List<LinkView> notes, List<LinkView> children, LinkView parent) {}

    /** One line of the tag index: {@code depth} 0 for top-level tags. */
    public record TagEntry(String name, String url, int count, int depth) {}

    /** A folder page, or a folder on the home page: its subfolders and its notes, in natural order. */
    public record FolderView(String name, String url, List<LinkView> breadcrumbs, List<LinkView> subfolders,
                             List<LinkView> notes) {
        /** A folder longer than this lists its notes under their first letters. */
        static final int LONG = 40;

        /** The notes by first letter when the folder is long (a row of letters to jump to), else none: one list. */
        public List<LetterGroup> groups() {
            return notes.size() > LONG ? LetterGroup.of(notes) : List.of();
        }
    }

    /**
     * @param showTitle false when the note's own first H1 already says its title
     */
    /**
     * @param tags the note's tags, each linking to its tag page; @param breadcrumbs its folders, each linking to its page;
     * @param services the services its sections cover, each linking to its service page
     * @param localGraph the note's neighbourhood as JSON ({@link GraphData#localJson}), safe inside a {@code <script>}
     */
    public record NoteView(String title, boolean showTitle, List<String> aliases, SafeString content, SafeString toc,
                           List<LinkView> tags, List<LinkView> backlinks, List<LinkView> breadcrumbs, String sourcePath,
                           List<LinkView> services, SafeString localGraph, List<PropertyView> properties) {}

    /** One property of a note: its name and each value as HTML, links in it made links. */
    public record PropertyView(String name, List<SafeString> values) {}

    /** The global graph page: the counts, and every note as a list, the canvas's keyboard-reachable alternative. */
    public record GraphView(int noteCount, int linkCount, List<GraphEntry> notes) {}

    /** @param group the note's top-level folder ("" at the vault's root); @param linksOut notes it links to */
    public record GraphEntry(String title, String url, String group, int linksOut, int linksIn) {}

    /** @param notes the notes at the vault's root; @param folders its top-level folders; @param tags the top-level tags */
    public record HomeView(int noteCount, List<LinkView> notes, List<LinkView> folders, List<LinkView> tags, String tagIndex) {}

    /** A service page: every section that covers it, by note, then the mentions, related services and tags. */
    /**
     * @param moreCovering covering sections beyond those shown in full, listed
     * @param moreMentions how many mentions are not listed
     */
    public record ServiceView(String name, String shortName, String category, List<String> exams, LinkView parent,
                              List<LinkView> parts, List<CoveringNote> notes, List<MentionView> moreCovering,
                              List<MentionView> mentions, int moreMentions, List<LinkView> related, List<LinkView> tags,
                              String index) {}

    /** A note's sections that cover a service, rendered in full. */
    public record CoveringNote(String title, String url, List<CoveringSection> sections) {}

    /** @param place the heading path; @param url the section in its note */
    public record CoveringSection(String place, String url, SafeString html) {}

    public record MentionView(String place, String url, String snippet) {}

    /** The services index: services by category, the notes × services matrix, the exam's uncovered services. */
    public record ServiceIndexView(List<CategoryView> categories, MatrixView matrix, ExamView exam) {}

    public record CategoryView(String name, List<ServiceSummary> services) {}

    public record ServiceSummary(String name, String url, int covering, int mentions, int notes) {}

    /** @param cells per column "covers", "mentions" or "" */
    public record MatrixRow(LinkView note, List<String> cells) {}

    /** @param shown how many notes the matrix shows (those covering most services first), of {@code total} */
    public record MatrixView(List<LinkView> columns, List<MatrixRow> rows, int shown, int total) {}

    /** @param missing the in-scope services no note covers yet */
    public record ExamView(String code, String title, int inScope, int covered, List<String> missing) {}
}
