package io.studysite.markdown;

/**
 * Where a reference in a note leads, as the render stage decided it.
 *
 * @param url         a relative, percent-encoded URL for the page being rendered; {@code null} when missing
 * @param description why it is missing ("no note named …"), shown as a tooltip; {@code null} when found
 */
public record LinkTarget(Kind kind, String url, String description) {
    public enum Kind { NOTE, ATTACHMENT, MISSING }

    public static LinkTarget missing(String description) {
        return new LinkTarget(Kind.MISSING, null, description);
    }

    public boolean found() {
        return kind != Kind.MISSING;
    }
}
