package io.studysite.render;

import io.studysite.markdown.DiagramNodeRenderer;
import io.studysite.markdown.MathExtension;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page needs from the bundled browser libraries ({@link BundledAssets}), decided on its rendered HTML so
 * that what comes in through an embed counts too. Templates test {@code page.needs contains 'math'}.
 */
public final class PageNeeds {
    /** Math: KaTeX and {@code math.js}. */
    public static final String MATH = "math";
    /** Code blocks: {@code code.js} (a Copy button on each). */
    public static final String CODE = "code";
    /**
     * Code blocks that name a language: highlight.js too (code.js colours only those, never guessing), some
     * 125 KB that a page with only plain blocks does without.
     */
    public static final String HIGHLIGHT = "highlight";
    /** Mermaid diagrams: Mermaid and {@code diagrams.js}. */
    public static final String DIAGRAMS = "diagrams";

    /** The language of a rendered fence ({@code ```java} → {@code <pre><code class="language-java">}). */
    private static final Pattern FENCE_LANGUAGE = Pattern.compile("<pre><code class=\"language-([^\"\\s]+)");
    /** Fence infos that say the block is plain text: nothing for highlight.js to colour. */
    private static final Set<String> PLAIN = Set.of("text", "txt", "plain", "plaintext", "none", "nohighlight");

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
            if (namesALanguage(html)) {
                needs.add(HIGHLIGHT);
            }
        }
        if (DiagramNodeRenderer.hasDiagram(html)) {
            needs.add(DIAGRAMS);
        }
        return Collections.unmodifiableSet(needs);
    }

    private static boolean namesALanguage(String html) {
        Matcher fence = FENCE_LANGUAGE.matcher(html);
        while (fence.find()) {
            if (!PLAIN.contains(fence.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
