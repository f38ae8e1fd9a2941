package io.studysite.note;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable, stable identifiers for URLs and heading anchors, and the loose key under which
 * headings are matched ({@code [[Note#wifi 2 4]]} finds "Wifi 2.4").
 */
public final class Slug {
    private Slug() {}

    /**
     * Lower case, letters and digits of any script kept, {@code &} spelled "and", every other run of
     * characters one '-': {@code "Load balancing & Auto scaling"} → {@code "load-balancing-and-auto-scaling"}.
     * Returns "" when nothing is left (e.g. a name made only of emoji).
     */
    public static String of(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean dash = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK || cp == '_') {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                out.appendCodePoint(cp);
            } else if (cp == '&') {
                out.append(out.length() > 0 ? "-and" : "and");
                dash = true;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    /**
     * The anchor GitHub gives a heading (github-slugger): lower case, every character other than a letter,
     * digit, mark, {@code -} or {@code _} dropped, each space a '-', nothing collapsed:
     * {@code "Load balancing & Auto scaling"} → {@code "load-balancing--auto-scaling"}. Repeats are told
     * apart by the caller ({@code -1}, {@code -2}).
     */
    public static String github(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (cp == ' ') {
                out.append('-');
            } else if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || isMark(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The key two heading texts must share to match: letters and digits only, lower case, NFC. */
    public static String matchKey(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
