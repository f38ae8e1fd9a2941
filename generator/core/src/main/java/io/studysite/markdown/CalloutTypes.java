package io.studysite.markdown;

import java.util.Locale;
import java.util.Map;

/** Obsidian's 13 callout types and their aliases; GitHub's alerts (NOTE, TIP, IMPORTANT, WARNING, CAUTION) fit in. */
final class CalloutTypes {
    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("note", "note"),
            Map.entry("abstract", "abstract"), Map.entry("summary", "abstract"), Map.entry("tldr", "abstract"),
            Map.entry("info", "info"),
            Map.entry("todo", "todo"),
            Map.entry("tip", "tip"), Map.entry("hint", "tip"), Map.entry("important", "tip"),
            Map.entry("success", "success"), Map.entry("check", "success"), Map.entry("done", "success"),
            Map.entry("question", "question"), Map.entry("help", "question"), Map.entry("faq", "question"),
            Map.entry("warning", "warning"), Map.entry("caution", "warning"), Map.entry("attention", "warning"),
            Map.entry("failure", "failure"), Map.entry("fail", "failure"), Map.entry("missing", "failure"),
            Map.entry("danger", "danger"), Map.entry("error", "danger"),
            Map.entry("bug", "bug"),
            Map.entry("example", "example"),
            Map.entry("quote", "quote"), Map.entry("cite", "quote"));

    private CalloutTypes() {
    }

    /** The canonical type of a type or alias, any case; unknown types are styled as "note". */
    static String canonical(String type) {
        return CANONICAL.getOrDefault(type.toLowerCase(Locale.ROOT), "note");
    }

    static boolean isKnown(String type) {
        return CANONICAL.containsKey(type.toLowerCase(Locale.ROOT));
    }

    /** Obsidian's default title: the type as written, first letter upper case, the rest lower case ("faq" → "Faq"). */
    static String defaultTitle(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        int first = lower.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(lower, Character.charCount(first), lower.length()).toString();
    }
}
