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
     * @param kind    "note", "home", "tag", "tags", "folder" or "404", also used as the body's class
     * @param classes the note's {@code cssclasses}, for the body, space-separated ("" when none)
     * @param needs   which bundled libraries the page loads ({@link PageNeeds}: "math", "code", "diagrams");
     *                templates test {@code page.needs contains 'code'}
     */
    public record PageView(String title, String description, String root, String path, String kind, String classes,
                           java.util.Set<String> needs) {
        public PageView {
            needs = needs == null ? java.util.Set.of() : needs;
        }

        /** The page holds math: it loads the bundled KaTeX. Kept for themes written before {@code needs}. */
        public boolean hasMath() {
            return needs.contains(PageNeeds.MATH);
        }
    }

    /** A link in a list: title, relative URL and an optional detail line. */
    public record LinkView(String title, String url, String detail) {}

    /** A tag page: the notes under the tag (nested tags rolled up), its subtags and its parent. */
    public record TagView(String name, List<LinkView> notes, List<LinkView> children, LinkView parent) {}

    /** One line of the tag index: {@code depth} 0 for top-level tags. */
    public record TagEntry(String name, String url, int count, int depth) {}

    /** A folder page, or a folder on the home page: its subfolders and its notes, in natural order. */
    public record FolderView(String name, String url, List<LinkView> breadcrumbs, List<LinkView> subfolders,
                             List<LinkView> notes) {}

    /**
     * @param showTitle false when the note's own first H1 already says its title
     */
    /** @param tags the note's tags, each linking to its tag page; @param breadcrumbs its folders, each linking to its page */
    public record NoteView(String title, boolean showTitle, List<String> aliases, SafeString content, SafeString toc,
                           List<LinkView> tags, List<LinkView> backlinks, List<LinkView> breadcrumbs, String sourcePath) {}

    /** @param notes the notes at the vault's root; @param folders its top-level folders; @param tags the top-level tags */
    public record HomeView(int noteCount, List<LinkView> notes, List<LinkView> folders, List<LinkView> tags, String tagIndex) {}
}
