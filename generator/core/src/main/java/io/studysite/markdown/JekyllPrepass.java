package io.studysite.markdown;

import java.util.regex.Pattern;

/**
 * Rewrites the kramdown and Liquid constructs flexmark does not read, before parsing a Jekyll note.
 * Line count is preserved so diagnostics point at the user's lines; code is left alone.
 */
public final class JekyllPrepass {
    private static final Pattern TOC_IAL = Pattern.compile("^\\s*\\{:\\s*toc\\s*}\\s*$");
    private static final Pattern TOC_ITEM = Pattern.compile("^\\s*[*+-]\\s+.*$");
    private static final Pattern KRAMDOWN_IAL = Pattern.compile("\\{:\\s*(?=[#.a-zA-Z])");
    private static final Pattern HIGHLIGHT = Pattern.compile("^\\s*\\{%-?\\s*highlight\\s+(\\S+)[^%]*%}\\s*$");
    private static final Pattern END_HIGHLIGHT = Pattern.compile("^\\s*\\{%-?\\s*endhighlight\\s*-?%}\\s*$");
    private static final Pattern RAW = Pattern.compile("\\{%-?\\s*(end)?raw\\s*-?%}");
    /** Liquid output outside a link destination ("(" before it) and outside inline code. */
    private static final Pattern LIQUID_OUTPUT = Pattern.compile("(?<![(<\\\\])\\{\\{(?=.*?}})");

    private JekyllPrepass() {}

    public static String apply(String text) {
        String[] lines = text.split("\n", -1);
        boolean inFence = false;
        boolean inHighlight = false;
        boolean inRaw = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            // Most lines hold no brace and no fence: nothing to rewrite, and no regex needs to look.
            if (line.indexOf('{') < 0 && line.indexOf('`') < 0 && line.indexOf('~') < 0) {
                if (inRaw && !inFence) {
                    lines[i] = escapeBraces(line);
                }
                continue;
            }
            String trimmed = line.stripLeading();
            var highlight = HIGHLIGHT.matcher(line);
            if (!inFence && highlight.matches()) {
                lines[i] = "```" + highlight.group(1);
                inFence = true;
                inHighlight = true;
                continue;
            }
            if (inHighlight && END_HIGHLIGHT.matcher(line).matches()) {
                lines[i] = "```";
                inFence = false;
                inHighlight = false;
                continue;
            }
            if (!inHighlight && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            if (TOC_IAL.matcher(line).matches()) {
                // kramdown's "* TOC\n{:toc}" is a list the TOC replaces.
                if (i > 0 && TOC_ITEM.matcher(lines[i - 1]).matches()) {
                    lines[i - 1] = "";
                }
                lines[i] = "{% include toc %}";
                continue;
            }
            lines[i] = escapeLiquidOutput(rawToLiteral(KRAMDOWN_IAL.matcher(line).replaceAll("{"), inRaw));
            inRaw = endsInRaw(line, inRaw);
        }
        return String.join("\n", lines);
    }

    /** Inside {% raw %}, Liquid braces are text: escape them so no later step reads them as tags. */
    private static String rawToLiteral(String line, boolean inRaw) {
        var m = RAW.matcher(line);
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean raw = inRaw;
        while (m.find()) {
            String segment = line.substring(last, m.start());
            out.append(raw ? escapeBraces(segment) : segment);
            raw = m.group(1) == null;
            last = m.end();
        }
        String rest = line.substring(last);
        out.append(raw ? escapeBraces(rest) : rest);
        return out.toString();
    }

    /**
     * {@code {{ page.x }}} in text stays visible as written: escaped braces keep flexmark's attributes
     * extension from reading {@code { page.x }} as an attribute list. Inline code is left as it is.
     */
    private static String escapeLiquidOutput(String line) {
        if (!line.contains("{{")) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 4);
        String[] parts = line.split("`", -1);
        for (int k = 0; k < parts.length; k++) {
            if (k > 0) out.append('`');
            // Even parts lie outside backtick spans.
            out.append(k % 2 == 0 ? LIQUID_OUTPUT.matcher(parts[k]).replaceAll("\\\\{\\\\{") : parts[k]);
        }
        return out.toString();
    }

    private static boolean endsInRaw(String line, boolean inRaw) {
        var m = RAW.matcher(line);
        boolean raw = inRaw;
        while (m.find()) {
            raw = m.group(1) == null;
        }
        return raw;
    }

    private static String escapeBraces(String s) {
        return s.replace("{", "&#123;").replace("}", "&#125;");
    }
}
