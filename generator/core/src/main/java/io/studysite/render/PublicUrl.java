package io.studysite.render;

import io.studysite.note.PercentEncoding;

import java.net.URI;

/**
 * Absolute URLs of the published site, from the configured {@code baseUrl} (absolute http(s), ending in '/',
 * as {@link io.studysite.config.ConfigLoader} normalises it). Only what leaves the site uses them: the
 * sitemap, canonical and OpenGraph links, and the 404 page, which a host serves at any address.
 */
public final class PublicUrl {
    private PublicUrl() {}

    /** {@code https://user.github.io/notes/} + {@code course/lesson%202.html}: each path segment percent-encoded. */
    public static String of(String baseUrl, String sitePath) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + PercentEncoding.encodePath(sitePath);
    }

    /** The base URL's path, the root-absolute prefix of the site's files: "/" or "/notes/". */
    public static String path(String baseUrl) {
        String path = URI.create(baseUrl).getRawPath();
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.endsWith("/") ? path : path + "/";
    }
}
