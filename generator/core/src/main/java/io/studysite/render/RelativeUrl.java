package io.studysite.render;

import io.studysite.note.PercentEncoding;

/**
 * Relative, percent-encoded URLs between files of the site, so pages work from disk, from any
 * sub-path of a static host and from a dev server alike.
 */
public final class RelativeUrl {
    private RelativeUrl() {}

    /** The prefix that leads from a page back to the site root: "" or "../../". */
    public static String root(String fromPage) {
        int depth = (int) fromPage.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** URL of {@code toFile} as seen from {@code fromPage}; both site-relative with '/'. */
    public static String between(String fromPage, String toFile) {
        String[] from = fromPage.split("/");
        String[] to = toFile.split("/");
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder url = new StringBuilder("../".repeat(from.length - 1 - common));
        for (int i = common; i < to.length; i++) {
            if (i > common) url.append('/');
            url.append(PercentEncoding.encode(to[i]));
        }
        return url.toString();
    }
}
