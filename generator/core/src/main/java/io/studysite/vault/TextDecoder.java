package io.studysite.vault;

import io.studysite.diag.Diagnostics;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Decodes note bytes as UTF-8; invalid bytes become U+FFFD with one diagnostic per file, and the build goes on. */
final class TextDecoder {
    private TextDecoder() {}

    static String decode(byte[] bytes, Path file, Diagnostics diagnostics) {
        int start = hasBom(bytes) ? 3 : 0;
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return strict().decode(input).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidOffset(bytes, start);
            int line = 1, column = 1;
            for (int i = start; i < bad; i++) {
                boolean lineEnd = bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'));
                if (lineEnd) {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            diagnostics.warn(file, line, column, "invalid-utf8",
                    "the file is not valid UTF-8; invalid bytes are shown as \uFFFD");
            return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        }
    }

    private static int firstInvalidOffset(byte[] bytes, int start) {
        CharsetDecoder decoder = strict();
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(input, output, true);
        return input.position();
    }

    private static CharsetDecoder strict() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }
}
