package io.studysite.search;

import java.util.List;

/** The little JSON the search shards and the CLI need: strings (escaped for a script too) and arrays of them. */
public final class Json {
    private Json() {}

    public static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16).append('"');
        int plain = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!escaped(c)) {
                continue;
            }
            // Characters that need no escape are copied a run at a time.
            out.append(s, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // '<' and the line separators could end a <script> or break a classic script.
                case '<' -> out.append("\\u003c");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.append(s, plain, s.length()).append('"').toString();
    }

    private static boolean escaped(char c) {
        return c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '\u2028' || c == '\u2029';
    }

    public static String array(List<String> items) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : ",").append(string(items.get(i)));
        }
        return out.append(']').toString();
    }
}
