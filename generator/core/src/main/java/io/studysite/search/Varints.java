package io.studysite.search;

/**
 * Non-negative integers as short strings of characters that need no escaping in a script: five bits
 * per character, low bits first, characters from the upper half of the alphabet meaning "more follow".
 * Postings shrink to about a third of their JSON decimals, and the browser decodes them with a table.
 */
final class Varints {
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    private Varints() {}

    static void append(StringBuilder out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        while (value >= 32) {
            out.append(ALPHABET.charAt(32 + (value & 31)));
            value >>>= 5;
        }
        out.append(ALPHABET.charAt(value));
    }
}
