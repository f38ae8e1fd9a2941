package io.studysite.markdown;

/**
 * What an embedded note, heading section or block renders as: its HTML and a link to where it comes
 * from, or a visible notice saying why it is not shown (a cycle, too deep, not found).
 *
 * @param sourceUrl relative URL of the embedded part on its own page, or {@code null}
 * @param html      the rendered content, or {@code null} when a notice is shown instead
 */
public record Transclusion(String title, String sourceUrl, String html, String notice) {
    public static Transclusion shown(String title, String sourceUrl, String html) {
        return new Transclusion(title, sourceUrl, html, null);
    }

    public static Transclusion notShown(String title, String sourceUrl, String notice) {
        return new Transclusion(title, sourceUrl, null, notice);
    }

    public boolean isShown() {
        return html != null;
    }
}
