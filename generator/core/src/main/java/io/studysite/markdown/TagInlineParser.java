package io.studysite.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Set;

/** Reads {@code #tag} where the inline parser meets a '#'; see {@link TagExtension} for the rules. */
final class TagInlineParser implements InlineParserExtension {

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser inlineParser) {
        BasedSequence input = inlineParser.getInput();
        int start = inlineParser.getIndex();
        if (start > 0 && !Character.isWhitespace(input.charAt(start - 1))) {
            return false;
        }
        int end = tagEnd(input, start + 1);
        if (end < 0) {
            return false;
        }
        BasedSequence chars = input.subSequence(start, end);
        Tag tag = new Tag(chars);
        tag.appendChild(new Text(chars));
        inlineParser.flushTextNode();
        inlineParser.getBlock().appendChild(tag);
        inlineParser.setIndex(end);
        return true;
    }

    /**
     * The end of a tag name starting at {@code from}, or -1 when there is none: empty, or only digits and
     * '/' ({@code #1984}, {@code #2024/12}; Quartz's rule, Obsidian's "at least one non-digit").
     */
    static int tagEnd(CharSequence text, int from) {
        int i = from;
        boolean nonDigit = false;
        while (i < text.length()) {
            int cp = Character.codePointAt(text, i);
            if (!isTagChar(cp)) {
                break;
            }
            nonDigit |= !Character.isDigit(cp) && cp != '/';
            i += Character.charCount(cp);
        }
        return nonDigit ? i : -1;
    }

    static boolean isTagChar(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9'
                    || cp == '_' || cp == '-' || cp == '/';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.OTHER_SYMBOL, Character.MODIFIER_SYMBOL -> true; // emoji, skin tones
            default -> cp == 0x200D; // zero-width joiner inside emoji sequences
        };
    }

    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "#";
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new TagInlineParser();
        }
    }
}
