package io.studysite.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.studysite.diag.Diagnostic;
import io.studysite.diag.Diagnostics;
import io.studysite.diag.Severity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final Path FILE = Path.of("content/Note.md");

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    @Test
    void validUtf8IsDecodedWithoutDiagnostics() {
        Diagnostics diagnostics = new Diagnostics();

        assertThat(TextDecoder.decode(bytes("naïve 日本語 😀\n"), FILE, diagnostics)).isEqualTo("naïve 日本語 😀\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aByteOrderMarkIsStripped() {
        Diagnostics diagnostics = new Diagnostics();

        assertThat(TextDecoder.decode(bytes(0xEF, 0xBB, 0xBF, "# Title\n"), FILE, diagnostics)).isEqualTo("# Title\n");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void onlyALeadingByteOrderMarkIsStripped() {
        Diagnostics diagnostics = new Diagnostics();

        assertThat(TextDecoder.decode(bytes("a", 0xEF, 0xBB, 0xBF, "b"), FILE, diagnostics)).isEqualTo("a\uFEFFb");
    }

    @Test
    void emptyFile() {
        Diagnostics diagnostics = new Diagnostics();

        assertThat(TextDecoder.decode(new byte[0], FILE, diagnostics)).isEmpty();
        assertThat(TextDecoder.decode(bytes(0xEF, 0xBB, 0xBF), FILE, diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void invalidBytesBecomeReplacementCharactersWithOneWarningAtTheFirst() {
        Diagnostics diagnostics = new Diagnostics();
        // Latin-1 "é" (0xE9) on line 2 after "caf", another bad byte on line 3
        byte[] input = bytes("line one\ncaf", 0xE9, " ok\n", 0xFF, "\n");

        String text = TextDecoder.decode(input, FILE, diagnostics);

        assertThat(text).isEqualTo("line one\ncaf\uFFFD ok\n\uFFFD\n");
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("invalid-utf8");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.file()).isEqualTo(FILE);
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(4);
        });
    }

    @Test
    void columnCountsCharactersNotBytes() {
        Diagnostics diagnostics = new Diagnostics();
        // "é" and "日" are 2 and 3 bytes but one column each: the bad byte is the 4th character
        TextDecoder.decode(bytes("é日x", 0x80, "y"), FILE, diagnostics);

        Diagnostic d = diagnostics.sorted().get(0);
        assertThat(d.line()).isEqualTo(1);
        assertThat(d.column()).isEqualTo(4);
    }

    @Test
    void positionIgnoresTheByteOrderMark() {
        Diagnostics diagnostics = new Diagnostics();

        String text = TextDecoder.decode(bytes(0xEF, 0xBB, 0xBF, "ab", 0xC3, "c"), FILE, diagnostics);

        assertThat(text).isEqualTo("ab\uFFFDc");
        Diagnostic d = diagnostics.sorted().get(0);
        assertThat(d.line()).isEqualTo(1);
        assertThat(d.column()).isEqualTo(3);
    }

    @Test
    void aTruncatedSequenceAtTheEndIsInvalid() {
        Diagnostics diagnostics = new Diagnostics();

        String text = TextDecoder.decode(bytes("end ", 0xE2, 0x80), FILE, diagnostics);

        assertThat(text).startsWith("end ").contains("\uFFFD");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::line, Diagnostic::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 5));
    }
}
