package io.studysite.render;

import io.studysite.markdown.DiagramNodeRenderer;
import io.studysite.markdown.MathExtension;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a page needs from the bundled browser libraries ({@link BundledAssets}), decided on its rendered HTML so
 * that what comes in through an embed counts too. Templates test {@code page.needs contains 'math'}.
 */
public final class PageNeeds {
    /** Math: KaTeX and {@code math.js}. */
    public static final String MATH = "math";
    /** Code blocks: highlight.js and {@code code.js} (highlighting and a Copy button). */
    public static final String CODE = "code";
    /** Mermaid diagrams: Mermaid and {@code diagrams.js}. */
    public static final String DIAGRAMS = "diagrams";

    private PageNeeds() {
    }

    /** The needs of a page's rendered Markdown, sorted. */
    public static Set<String> of(String html) {
        Set<String> needs = new TreeSet<>();
        if (MathExtension.hasMath(html)) {
            needs.add(MATH);
        }
        // flexmark renders fenced and indented code blocks alike as <pre><code…
        if (html.contains("<pre><code")) {
            needs.add(CODE);
        }
        if (DiagramNodeRenderer.hasDiagram(html)) {
            needs.add(DIAGRAMS);
        }
        return Collections.unmodifiableSet(needs);
    }
}
