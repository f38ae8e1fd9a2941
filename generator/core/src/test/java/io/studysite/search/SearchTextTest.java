package io.studysite.search;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The regex-free normalisation gives exactly what the regular expressions gave. */
class SearchTextTest {
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The definition: NFKC, zero-width characters removed, runs of {@code \s} made one space, trimmed. */
    private static String byRegex(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return SPACES.matcher(ZERO_WIDTH.matcher(nfkc).replaceAll("")).replaceAll(" ").trim();
    }

    @Test
    void collapsesSpacesAndDropsZeroWidthCharacters() {
        assertThat(SearchText.normalize("  Cloud\u200bFormation \t\n stacks  ")).isEqualTo("CloudFormation stacks");
        assertThat(SearchText.normalize("ＡＷＳ\u00a0Lambda")).isEqualTo("AWS Lambda");
        assertThat(SearchText.normalize("a\u000bb\fc\r\nd")).isEqualTo("a b c d");
        assertThat(SearchText.normalize("\u0001 x \u0002")).isEqualTo("x");
        assertThat(SearchText.normalize("one space only")).isEqualTo("one space only");
    }

    @Test
    void agreesWithTheRegularExpressionsOnRandomText() {
        String alphabet = "ab Z \t\n\r\u000b\f\u0001\u00a0é\u0301\u200b\u200d\u2060\ufeff\u00adＡﬁ›–\u2028";
        Random random = new Random(17);
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            samples.add(s.toString());
        }
        for (String sample : samples) {
            assertThat(SearchText.normalize(sample)).as("%s", sample.codePoints().boxed().toList()).isEqualTo(byRegex(sample));
        }
    }
}
