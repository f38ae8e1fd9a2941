package io.studysite.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * Display math as a block: {@code $$} on its own line up to the next line that ends in {@code $$}, or a
 * line that is nothing but {@code $$…$$}. The TeX is kept as written.
 */
public final class MathBlock extends Block implements DoNotDecorate {
    private String tex = "";

    MathBlock() {
    }

    /** The TeX between the delimiters, without the line break before the closing {@code $$}. */
    public String tex() {
        return tex;
    }

    void setTex(String tex) {
        this.tex = tex;
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
