package io.studysite.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Repairs text that was UTF-8 once but got decoded as Windows-1252 on its way into the note
 * ({@code Cloudâ€‹Formation}, {@code â€“}, {@code cafÃ©}). A run is replaced only when its
 * Windows-1252 bytes decode strictly to a single code point, so correct text is left alone.
 */
public final class MojibakeRepair {

    /** One repaired line: where its first repair starts (1-based) and what it was. */
    public record Fix(int line, int column, String original, String repaired) {}

    /** The repaired text and one fix per changed line. */
    public record Result(String text, List<Fix> fixes) {
        public boolean changed() {
            return !fixes.isEmpty();
        }
    }

    /** Windows-1252 character → the byte it was decoded from (0x80–0xFF only). */
    private static final Map<Character, Integer> CP1252_BYTE = new HashMap<>();

    static {
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0x80; b <= 0xFF; b++) {
            String s = new String(new byte[] {(byte) b}, cp1252);
            char c = s.charAt(0);
            // Bytes windows-1252 leaves undefined travel as C1 controls in mojibake (e.g. â€\u009D for ”).
            CP1252_BYTE.put(c == '\uFFFD' ? (char) b : c, b);
        }
    }

    private MojibakeRepair() {}

    public static Result repair(String text) {
        if (!mayBeGarbled(text)) {
            return new Result(text, List.of());
        }
        StringBuilder out = new StringBuilder(text.length());
        List<Fix> fixes = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            int continuations = continuationsAfterLead(c);
            String repaired = continuations > 0 ? decodeRun(text, i, continuations) : null;
            if (repaired != null) {
                // A zero-width space is never what the author meant to keep in a word.
                out.append(repaired.equals("\u200B") ? "" : repaired);
                if (fixes.isEmpty() || fixes.get(fixes.size() - 1).line() != line) {
                    fixes.add(new Fix(line, i - lineStart + 1, text.substring(i, i + continuations + 1), repaired));
                }
                i += continuations + 1;
            } else {
                out.append(c);
                if (c == '\n') {
                    line++;
                    lineStart = i + 1;
                }
                i++;
            }
        }
        return new Result(out.toString(), List.copyOf(fixes));
    }

    /**
     * Whether the text shows a mojibake signature at all: "Ã" or "Â" (the leads of U+0080–U+00FF), or "â" /
     * "ð" followed by a continuation character ("â€", "â†’", "âœ“", "ðŸ˜€"). Text without one is left alone,
     * which keeps rare false repairs ("É" before "”") out of files that show no sign of mojibake.
     */
    private static boolean mayBeGarbled(String text) {
        if (text.contains("Ã") || text.contains("Â")) {
            return true;
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'â' || c == 'ð') {
                Integer next = CP1252_BYTE.get(text.charAt(i + 1));
                if (next != null && next <= 0xBF) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int continuationsAfterLead(char c) {
        if (c >= '\u00C2' && c <= '\u00DF') return 1;
        if (c >= '\u00E0' && c <= '\u00EF') return 2;
        if (c >= '\u00F0' && c <= '\u00F4') return 3;
        return 0;
    }

    private static String decodeRun(String text, int start, int continuations) {
        if (start + continuations >= text.length()) {
            return null;
        }
        byte[] bytes = new byte[continuations + 1];
        bytes[0] = (byte) text.charAt(start);
        for (int k = 1; k <= continuations; k++) {
            Integer b = CP1252_BYTE.get(text.charAt(start + k));
            if (b == null || b > 0xBF) {
                return null;
            }
            bytes[k] = (byte) (int) b;
        }
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            String s = decoded.toString();
            return s.codePointCount(0, s.length()) == 1 ? s : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
