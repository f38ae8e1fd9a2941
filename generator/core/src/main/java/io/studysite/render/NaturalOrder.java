package io.studysite.render;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Orders names as people expect in listings: digit runs by value ("Lesson 2" before "Lesson 10"),
 * letters ignoring case and accents, ties broken by the exact text so the order is total and stable.
 */
public final class NaturalOrder implements Comparator<String> {
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {}

    @Override
    public int compare(String a, String b) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            boolean digitA = Character.isDigit(a.charAt(i));
            boolean digitB = Character.isDigit(b.charAt(j));
            int endA = run(a, i, digitA);
            int endB = run(b, j, digitB);
            int c;
            if (digitA && digitB) {
                String na = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
                c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
            } else {
                c = collator.compare(a.substring(i, endA), b.substring(j, endB));
            }
            if (c != 0) {
                return c;
            }
            i = endA;
            j = endB;
        }
        int lengths = Integer.compare(a.length() - i, b.length() - j);
        return lengths != 0 ? lengths : a.compareTo(b);
    }

    private static int run(String s, int from, boolean digits) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k)) == digits) {
            k++;
        }
        return k;
    }
}
