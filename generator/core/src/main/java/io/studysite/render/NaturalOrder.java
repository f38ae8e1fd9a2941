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

    /** Collators are costly to make and synchronise on every compare: one per thread. */
    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    });

    private NaturalOrder() {}

    @Override
    public int compare(String a, String b) {
        Collator collator = COLLATOR.get();
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            boolean digitA = Character.isDigit(a.charAt(i));
            boolean digitB = Character.isDigit(b.charAt(j));
            int endA = run(a, i, digitA);
            int endB = run(b, j, digitB);
            int c;
            if (digitA && digitB) {
                String na = a.substring(withoutLeadingZeros(a, i, endA), endA);
                String nb = b.substring(withoutLeadingZeros(b, j, endB), endB);
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

    /** Where a digit run's value starts: after its leading zeros, keeping the last digit ("000" is "0"). */
    private static int withoutLeadingZeros(String s, int from, int end) {
        int k = from;
        while (k < end - 1 && s.charAt(k) == '0') {
            k++;
        }
        return k;
    }

    private static int run(String s, int from, boolean digits) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k)) == digits) {
            k++;
        }
        return k;
    }
}
