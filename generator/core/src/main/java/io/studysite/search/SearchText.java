package io.studysite.search;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as search sees it: NFKC-normalised with zero-width characters removed, so
 * {@code Cloud\u200bFormation} is found as CloudFormation and full-width letters as their plain form.
 */
public final class SearchText {
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");

    private SearchText() {}

    public static String normalize(String text) {
        // Most note text is already NFKC (ASCII always is) and free of zero-width characters: check before rewriting.
        String nfkc = isAscii(text) || Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        String visible = hasZeroWidth(nfkc) ? ZERO_WIDTH.matcher(nfkc).replaceAll("") : nfkc;
        return collapseSpaces(visible).trim();
    }

    private static boolean hasZeroWidth(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@code \s+} to one space, without a regex: search normalises the text of every section. */
    private static String collapseSpaces(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < text.length() && isSpace(text.charAt(i + 1))))) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(' ');
                while (i + 1 < text.length() && isSpace(text.charAt(i + 1))) {
                    i++;
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Java's {@code \s}: [ \t\n\x0B\f\r]. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
