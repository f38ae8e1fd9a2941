package io.studysite.note;

import java.nio.charset.StandardCharsets;

/** Percent-encoding for URL path segments and fragments: everything but RFC 3986's unreserved characters, as UTF-8. */
public final class PercentEncoding {
    private PercentEncoding() {}

    public static String encode(String segment) {
        StringBuilder out = new StringBuilder(segment.length());
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** A path of segments, each encoded, its slashes (a leading one too) kept: {@code a b/c.html} → {@code a%20b/c.html}. */
    public static String encodePath(String path) {
        StringBuilder out = new StringBuilder(path.length());
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            out.append(i == 0 ? "" : "/").append(encode(segments[i]));
        }
        return out.toString();
    }
}
