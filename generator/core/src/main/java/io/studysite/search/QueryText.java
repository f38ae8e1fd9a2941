package io.studysite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query as typed, taken apart the same way in Java and in the browser engine: quoted phrases,
 * the loose words, and (while typing) the unfinished last word. Curly quotes count as straight ones;
 * a quote left open is ignored.
 *
 * @param words   the text outside phrases, without the unfinished word
 * @param phrases the text of each quoted phrase, in order
 * @param prefix  the unfinished last word as typed (letters and digits), if the query is being typed
 */
public record QueryText(String words, List<String> phrases, Optional<String> prefix) {
    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern TRAILING_WORD = Pattern.compile("[\\p{L}\\p{N}]+$");

    public QueryText {
        phrases = List.copyOf(phrases);
    }

    public static QueryText parse(String typed, boolean typing) {
        String text = SearchText.normalize(typed.replace('\u201C', '"').replace('\u201D', '"'));
        Optional<String> prefix = Optional.empty();
        // A trailing space means the last word is finished.
        if (typing && !typed.isEmpty() && !Character.isWhitespace(typed.charAt(typed.length() - 1))) {
            Matcher last = TRAILING_WORD.matcher(text);
            if (last.find()) {
                prefix = Optional.of(last.group());
                text = text.substring(0, last.start());
            }
        }
        List<String> phrases = new ArrayList<>();
        Matcher phrase = PHRASE.matcher(text);
        StringBuilder words = new StringBuilder();
        while (phrase.find()) {
            phrases.add(phrase.group(1));
            phrase.appendReplacement(words, " ");
        }
        phrase.appendTail(words);
        return new QueryText(words.toString().replace('"', ' '), phrases, prefix);
    }
}
