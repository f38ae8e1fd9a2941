package io.studysite.vault;

import io.studysite.config.Dialect;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a note is Jekyll or Obsidian: Jekyll when its front matter has keys only
 * Jekyll uses, or its text has Liquid tags outside code; Obsidian otherwise.
 */
final class DialectDetector {
    private static final Set<String> JEKYLL_KEYS = Set.of(
            "layout", "classes", "categories", "category", "excerpt", "author_profile", "sidebar",
            "toc_label", "toc_sticky", "header", "redirect_from", "published", "last_modified_at");
    private static final Pattern FRONT_MATTER_KEY = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:", Pattern.MULTILINE);
    private static final Pattern LIQUID_TAG = Pattern.compile("\\{%-?\\s*[a-z][a-z_]*\\b[^%]*%}");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern LIQUID_OUTPUT = Pattern.compile("\\{\\{[^}]*(\\||\\bsite\\.|\\bpage\\.)[^}]*}}");

    private DialectDetector() {}

    static Dialect detect(String text) {
        String frontMatter = frontMatter(text);
        var keys = FRONT_MATTER_KEY.matcher(frontMatter);
        while (keys.find()) {
            if (JEKYLL_KEYS.contains(keys.group(1))) {
                return Dialect.JEKYLL;
            }
        }
        String body = withoutCode(text.substring(frontMatter.length()));
        return LIQUID_TAG.matcher(body).find() || LIQUID_OUTPUT.matcher(body).find() ? Dialect.JEKYLL : Dialect.OBSIDIAN;
    }

    /** The front-matter block including its fences, or "" when the note has none. */
    static String frontMatter(String text) {
        if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
            return "";
        }
        int end = text.indexOf("\n---", 3);
        while (end >= 0) {
            int after = end + 4;
            if (after == text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r') {
                return text.substring(0, after);
            }
            end = text.indexOf("\n---", after);
        }
        return "";
    }

    private static String withoutCode(String text) {
        StringBuilder out = new StringBuilder();
        boolean inFence = false;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (!inFence) {
                out.append(line.indexOf('`') < 0 ? line : CODE_SPAN.matcher(line).replaceAll("")).append('\n');
            }
        }
        return out.toString();
    }
}
