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

    /** The site as a whole. */
    public record SiteView(String title, String description) {}

    /**
     * The page being rendered.
     *
     * @param root prefix that leads back to the site root ("" or "../../"); theme files live at {@code root + "_studysite/"}
     * @param path the page's own site-relative path
     * @param kind "note", "home" or "404", also used as the body's class
     */
    public record PageView(String title, String description, String root, String path, String kind) {}

    /** A link in a list: title, relative URL and an optional detail line. */
    public record LinkView(String title, String url, String detail) {}

    /** A tag with the notes that carry it. */
    public record TagView(String name, String id, List<LinkView> notes) {}

    /** A folder of the vault and its notes, for the home page. */
    public record FolderView(String name, List<LinkView> notes) {}

    /**
     * @param showTitle false when the note's own first H1 already says its title
     */
    public record NoteView(String title, boolean showTitle, SafeString content, SafeString toc, List<String> tags,
                           List<LinkView> backlinks, List<String> breadcrumbs, String sourcePath) {}

    public record HomeView(int noteCount, List<FolderView> folders, List<TagView> tags) {}
}
