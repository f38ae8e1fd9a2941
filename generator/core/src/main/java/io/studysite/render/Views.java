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

    /**
     * A service page: the notes that cover it with their covering sections folded, the notes that mention it,
     * related services, tags, its official documentation and its exam scope.
     *
     * @param docs         the address of its official documentation, or null
     * @param exams        every exam of the catalog, with whether its guide puts the service in scope
     * @param notes        the first covering notes, each with some of its covering sections quoted
     * @param moreNotes    the other covering notes, as links with their number of covering sections
     * @param notesNotListed how many covering notes are not even listed
     * @param mentions     the sections that mention it, by note, as links
     * @param moreMentions how many mentioning sections are not listed
     */
    public record ServiceView(String name, String shortName, String category, String docs, List<ExamScope> exams,
                              LinkView parent, List<LinkView> parts, List<CoveringNote> notes, List<LinkView> moreNotes,
                              int notesNotListed, int coveringNotes, int coveringSections, List<NoteSections> mentions,
                              int mentionSections, int moreMentions, List<LinkView> related, List<LinkView> tags, String index) {}

    /** @param inScope whether the exam's guide lists the service */
    public record ExamScope(String code, String title, boolean inScope) {}

    /** A note's sections that cover a service, each quoted and folded; @param more how many more are not quoted */
    public record CoveringNote(String title, String url, List<CoveringSection> sections, int more) {}

    /**
     * @param place the heading path; @param url the section in its note
     * @param words how long the section is; @param lead its first words, shown while it is folded
     * @param open  whether it shows unfolded (a short section is its own summary)
     */
    public record CoveringSection(String place, String url, int words, String lead, boolean open, SafeString html) {}

    /**
     * A note and some of its sections, as links: {@code title} the heading path, {@code detail} a snippet;
     * @param more how many more of its sections are not listed
     */
    public record NoteSections(String title, String url, List<LinkView> sections, int more) {}

    /**
     * The services index: the services by category, the gaps (in-scope services of the site's exam no note covers,
     * services the notes mention but never cover, the most mentioned first and the rest folded), and the notes ×
     * services matrix.
     */
    public record ServiceIndexView(List<CategoryView> categories, MatrixView matrix, ExamView exam, List<MentionGap> mentionedOnly,
                                   List<MentionGap> moreMentionedOnly) {}

    public record CategoryView(String name, List<ServiceSummary> services) {}

    public record ServiceSummary(String name, String url, int covering, int mentions, int notes) {}

    /** A service the notes mention in {@code sections} sections of {@code notes} notes, and no section covers. */
    public record MentionGap(String name, String url, int sections, int notes) {}

    /** @param cells per column "covers" (a section covers it), "mentions" (the note mentions it) or "" */
    public record MatrixRow(LinkView note, List<String> cells) {}

    /** A column of the matrix, with what the filter selects it by: @param exams the exam codes, space-separated */
    public record MatrixColumn(String title, String url, String name, String category, String exams) {}

    /**
     * @param shown how many notes the matrix shows (those covering most services first), of {@code total}
     * @param categories the categories of its columns, and @param exams the exams, to filter by
     */
    public record MatrixView(List<MatrixColumn> columns, List<MatrixRow> rows, int shown, int total,
                             List<String> categories, List<ExamScope> exams) {}

    /** @param missing the in-scope services no note covers yet */
    public record ExamView(String code, String title, int inScope, int covered, List<String> missing) {}
}
