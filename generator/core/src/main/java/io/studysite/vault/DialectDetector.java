package io.studysite.vault;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what in a note's text shows it is written for Jekyll: Liquid tags or output, or kramdown attribute
 * lists, outside code. Front-matter keys are no evidence: Obsidian properties may have any name.
 */
final class DialectDetector {
    private record Construct(String name, Pattern pattern) {}

    private static final List<Construct> JEKYLL_CONSTRUCTS = List.of(
            new Construct("Liquid tag", Pattern.compile("\\{%-?\\s*[a-z][a-z_]*\\b[^%]*%}")),
            // {{date}} is an Obsidian template placeholder: only filters, site.* and page.* are Liquid for sure.
            new Construct("Liquid output", Pattern.compile("\\{\\{[^}]*(\\||\\bsite\\.|\\bpage\\.)[^}]*}}")),
            // {: .class}, {:#id}, {:class="x"}, {:toc}: kramdown's inline attribute lists.
            new Construct("kramdown attribute list",
                    Pattern.compile("\\{:\\s*(?:[#.][\\w-]|[A-Za-z][\\w-]*\\s*=|toc\\s*(?=}))[^}\\n]*}")));
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");

    private DialectDetector() {}

    /** The first Jekyll construct outside code and front matter, e.g. {@code Liquid tag {% include toc %} on line 8}. */
    static Optional<String> jekyllEvidence(String text) {
        String[] lines = text.split("\n", -1);
        boolean inFence = false;
        for (int i = frontMatterLines(text); i < lines.length; i++) {
            String trimmed = lines[i].stripLeading();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence || lines[i].indexOf('{') < 0) {
                continue;
            }
            String line = lines[i].indexOf('`') < 0 ? lines[i] : CODE_SPAN.matcher(lines[i]).replaceAll("");
            for (Construct construct : JEKYLL_CONSTRUCTS) {
                Matcher m = construct.pattern().matcher(line);
                if (m.find()) {
                    return Optional.of(construct.name() + " " + m.group().strip() + " on line " + (i + 1));
                }
            }
        }
        return Optional.empty();
    }

    /** How many lines the front matter takes, fences included; 0 when the note has none. */
    private static int frontMatterLines(String text) {
        String frontMatter = frontMatter(text);
        return frontMatter.isEmpty() ? 0 : (int) frontMatter.chars().filter(c -> c == '\n').count() + 1;
    }

    /** The front-matter block including its fences, or "" when the note has none (or never closes it). */
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
}
