package io.studysite.search;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as search sees it: NFKC-normalised with zero-width characters removed, so
 * {@code Cloud\u200bFormation} is found as CloudFormation and full-width letters as their plain form.
 */
public final class SearchText {
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {}

    public static String normalize(String text) {
        // Most note text is already NFKC and free of zero-width characters: check before rewriting.
        String nfkc = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        String visible = ZERO_WIDTH.matcher(nfkc).find() ? ZERO_WIDTH.matcher(nfkc).replaceAll("") : nfkc;
        return SPACES.matcher(visible).replaceAll(" ").trim();
    }
}
