package io.studysite.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.text.Normalizer;
import java.util.Locale;

/**
 * An Obsidian inline tag, {@code #tag} or {@code #nested/tag}. Its only child is the {@code Text}
 * "#tag" as written, so code that collects plain text (heading text, search) sees what it saw before.
 */
public final class Tag extends Node implements DoNotDecorate {
    private final BasedSequence name;

    Tag(BasedSequence chars) {
        super(chars);
        this.name = chars.subSequence(1);
    }

    /** The tag as written, without '#': "Nested/Tag". */
    public String name() {
        return name.toString();
    }

    /** Tags are case-insensitive: {@code #Inbox} and {@code #inbox} are one tag. NFC, lower case. */
    public static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] { getChars() };
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        segmentSpanChars(out, getChars(), "tag");
    }
}
