package io.studysite.render;

import io.studysite.config.Dialect;
import io.studysite.markdown.MarkdownEngine;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ExcerptTest {
    private static final MarkdownEngine MARKDOWN = new MarkdownEngine(false, true);

    private static Optional<String> excerpt(String markdown) {
        return Excerpt.of(MARKDOWN.parse(markdown, Dialect.OBSIDIAN));
    }

    @Test
    void theFirstParagraphOfProseAsPlainText() {
        assertThat(excerpt("# Title\n\n![[diagram.png]]\n\n[[Parent]] · [[Other]]\n\n#aws #exam\n\n"
                + "Use **SQS** with `long polling` and [the docs](https://example.com) to save ==money==.\n\nLater.\n"))
                .contains("Use SQS with long polling and the docs to save money.");
    }

    @Test
    void imagesAndLineBreaksSeparateWords() {
        assertThat(excerpt("Route through a![[NAT Gateway.png]]NAT Gateway\nor a![diagram](d.png)peering line<br>to the VPC.\n"))
                .contains("Route through a NAT Gateway or a peering line to the VPC.");
    }

    @Test
    void codeHtmlAndFootnotesAreNotPartOfIt() {
        assertThat(excerpt("```\ncode here is long enough\n```\n\n<div>html block words here</div>\n\n"
                + "Text with a note[^1] and <b>inline</b> html.\n\n[^1]: The footnote's own words.\n"))
                .contains("Text with a note and inline html.");
    }

    @Test
    void aShortLabelGivesWayToTheFirstSentenceButStandsWhenAlone() {
        assertThat(excerpt("- Storage\n  - EBS provides block storage.\n")).contains("EBS provides block storage.");
        assertThat(excerpt("- Storage\n")).contains("Storage");
        assertThat(excerpt("# Only a heading\n\n[[Just a link]]\n")).isEmpty();
    }

    @Test
    void longTextIsCutAtAWordWithAnEllipsis() {
        String words = "alpha beta gamma, delta epsilon. ".repeat(10).strip();
        String cut = Excerpt.cut(words);
        assertThat(cut).hasSizeLessThanOrEqualTo(Excerpt.LENGTH).endsWith("…");
        String kept = cut.substring(0, cut.length() - 1);
        assertThat(words).startsWith(kept);
        assertThat(kept).doesNotEndWith(",").doesNotEndWith(".").doesNotEndWith(" ");
        assertThat(words.charAt(kept.length())).isIn(' ', ',', '.');
        assertThat(Excerpt.cut("short text")).isEqualTo("short text");
        String exact = "x".repeat(Excerpt.LENGTH);
        assertThat(Excerpt.cut(exact)).isEqualTo(exact);
        // One word longer than the limit: cut inside it rather than give nothing.
        assertThat(Excerpt.cut("y".repeat(300))).hasSize(Excerpt.LENGTH).endsWith("…");
    }
}
