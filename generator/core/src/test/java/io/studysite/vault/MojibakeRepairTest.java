package io.studysite.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.studysite.vault.MojibakeRepair.Fix;
import io.studysite.vault.MojibakeRepair.Result;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeRepairTest {

    /** What a Windows tool makes of UTF-8 text: its bytes read as windows-1252 (undefined bytes kept as C1 controls). */
    private static String garble(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Charset cp1252 = Charset.forName("windows-1252");
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            String c = new String(new byte[] {b}, cp1252);
            out.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : c);
        }
        return out.toString();
    }

    @Test
    void dropsAZeroWidthSpaceInsideAWord() {
        Result r = MojibakeRepair.repair("Cloudâ€‹Formation");

        assertThat(r.text()).isEqualTo("CloudFormation");
        assertThat(r.fixes()).containsExactly(new Fix(1, 6, "â€‹", "\u200B"));
        assertThat(r.changed()).isTrue();
    }

    @Test
    void repairsAnEnDash() {
        Result r = MojibakeRepair.repair("EC2 â€“ Elastic Compute Cloud");

        assertThat(r.text()).isEqualTo("EC2 – Elastic Compute Cloud");
        assertThat(r.fixes()).containsExactly(new Fix(1, 5, "â€“", "–"));
    }

    @Test
    void repairsATwoByteLetter() {
        Result r = MojibakeRepair.repair("cafÃ©");

        assertThat(r.text()).isEqualTo("café");
        assertThat(r.fixes()).containsExactly(new Fix(1, 4, "Ã©", "é"));
    }

    @Test
    void repairsCurlyQuotesIncludingTheOneWindows1252LeavesUndefined() {
        // ” is E2 80 9D; 0x9D is undefined in windows-1252 and travels as the C1 control U+009D
        Result r = MojibakeRepair.repair("â€œquotedâ€\u009D");

        assertThat(r.text()).isEqualTo("“quoted”");
        assertThat(r.fixes()).containsExactly(new Fix(1, 1, "â€œ", "“"));
    }

    @Test
    void repairsWhatGarblingDid() {
        String original = "Résumé – “naïve” café, 日本語, 😀, ½ → ≥ ✓";
        String garbled = garble(original);
        assertThat(garbled).isNotEqualTo(original);

        assertThat(MojibakeRepair.repair(garbled).text()).isEqualTo(original);
    }

    @Test
    void repairsAnArrowEvenWhenItIsTheOnlyMojibakeInTheText() {
        // → is E2 86 92: "â†’"; no "â€" or "Ã" anywhere in the text
        Result r = MojibakeRepair.repair("request â†’ response");

        assertThat(r.text()).isEqualTo("request → response");
        assertThat(r.fixes()).containsExactly(new Fix(1, 9, "â†’", "→"));
    }

    @Test
    void repairsAnEmojiEvenWhenItIsTheOnlyMojibakeInTheText() {
        Result r = MojibakeRepair.repair("done ðŸ˜€");

        assertThat(r.text()).isEqualTo("done 😀");
        assertThat(r.fixes()).containsExactly(new Fix(1, 6, "ðŸ˜€", "😀"));
    }

    @Test
    void repairsTheSameWayWhateverElseTheTextContains() {
        String alone = MojibakeRepair.repair("a â†’ b").text();
        String withDash = MojibakeRepair.repair("a â†’ b â€“ c").text();

        assertThat(alone).isEqualTo("a → b");
        assertThat(withDash).isEqualTo("a → b – c");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "plain ASCII text with [[links]] and `code`",
            "naïve café déjà vu, Ærøskøbing, Straße",
            "Ã alone at the end: Ã",
            "Ã followed by a space and a letter: Ã b",
            "Â followed by a letter: Âx, and at the end: Â",
            "Ãx is not a UTF-8 sequence",
            "日本語のテキスト、中文、한국어",
            "emoji 😀🎉 and flags 🇮🇹",
            "math ≥ ≤ → ✓ – — “quotes” ‘single’ …",
            "âge, château, pâté, ça, ðe",
            "line one\nline two\r\nline three",
    })
    void leavesCorrectTextAlone(String text) {
        Result r = MojibakeRepair.repair(text);

        assertThat(r.text()).isEqualTo(text);
        assertThat(r.fixes()).isEmpty();
        assertThat(r.changed()).isFalse();
    }

    @Test
    void leadCharacterAtTheVeryEndIsLeftAlone() {
        assertThat(MojibakeRepair.repair("abc â€").text()).isEqualTo("abc â€");
        assertThat(MojibakeRepair.repair("abcÃ").text()).isEqualTo("abcÃ");
    }

    @Test
    void anOverlongOrSurrogateSequenceIsNotRepaired() {
        // "í" + NBSP + "€" would be the bytes ED A0 80: a UTF-16 surrogate, which strict UTF-8 decoding refuses
        Result r = MojibakeRepair.repair("cafÃ© x í\u00A0€ y");

        assertThat(r.text()).isEqualTo("café x í\u00A0€ y");
        assertThat(r.fixes()).containsExactly(new Fix(1, 4, "Ã©", "é"));
    }

    @Test
    void reportsOneFixPerLineAtItsFirstRepair() {
        String text = """
                clean first line
                cafÃ© and â€“ on the same line
                clean
                Cloudâ€‹Formation
                """;

        Result r = MojibakeRepair.repair(text);

        assertThat(r.text()).isEqualTo("""
                clean first line
                café and – on the same line
                clean
                CloudFormation
                """);
        assertThat(r.fixes()).containsExactly(
                new Fix(2, 4, "Ã©", "é"),
                new Fix(4, 6, "â€‹", "\u200B"));
    }

    @Test
    void columnsCountTheOriginalTextOfTheLine() {
        // two repairs earlier on the line do not shift where the line's fix is reported, and the
        // column of the first repair on a later line counts from that line's start
        Result r = MojibakeRepair.repair("Ã©Ã©\n  â€“");

        assertThat(r.text()).isEqualTo("éé\n  –");
        assertThat(r.fixes()).containsExactly(new Fix(1, 1, "Ã©", "é"), new Fix(2, 3, "â€“", "–"));
    }

    @Test
    void noBreakSpaceMojibakeIsRepaired() {
        Result r = MojibakeRepair.repair("100Â\u00A0km");

        assertThat(r.text()).isEqualTo("100\u00A0km");
        assertThat(r.fixes()).containsExactly(new Fix(1, 4, "Â\u00A0", "\u00A0"));
    }
}
