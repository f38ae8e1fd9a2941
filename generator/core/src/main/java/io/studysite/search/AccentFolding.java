package io.studysite.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folds accented Latin letters to their plain form, so {@code cafe} finds "café" and {@code café} finds
 * "cafe": after canonical decomposition, the combining marks (U+0300–U+036F) on a letter a–z go, and ß, æ,
 * œ, ø, ł, đ, ð, þ are spelt out. Other scripts keep their marks (й is no и). Runs after LowerCaseFilter,
 * and search-analyzer.js does the same character for character.
 */
final class AccentFolding extends TokenFilter {
    private static final Pattern LATIN_MARKS = Pattern.compile("([a-z])[\\u0300-\\u036F]+");
    private static final String LETTERS = "ßæœøłđðþ";
    private static final String[] SPELT = {"ss", "ae", "oe", "o", "l", "d", "d", "th"};

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    AccentFolding(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (isAscii(term.buffer(), term.length())) {
            // Nothing to fold, and no String made for it: most words of most notes.
            return true;
        }
        String folded = fold(term.toString());
        if (folded != null) {
            term.setEmpty().append(folded);
        }
        return true;
    }

    private static boolean isAscii(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The folded word, or {@code null} when nothing in it folds. */
    static String fold(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 0x80;
        }
        if (ascii) {
            return null;
        }
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        String bare = LATIN_MARKS.matcher(decomposed).replaceAll("$1");
        String folded = bare.equals(decomposed) ? word : Normalizer.normalize(bare, Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i < folded.length(); i++) {
            int letter = LETTERS.indexOf(folded.charAt(i));
            if (letter >= 0 && out == null) {
                out = new StringBuilder(folded.length() + 2).append(folded, 0, i);
            }
            if (out != null) {
                if (letter >= 0) out.append(SPELT[letter]); else out.append(folded.charAt(i));
            }
        }
        String result = out == null ? folded : out.toString();
        return result.equals(word) ? null : result;
    }
}
