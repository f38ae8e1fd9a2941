package io.studysite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.util.ast.Node;
import io.studysite.config.Dialect;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine(false, true);

    private static <T extends Node> T first(String markdown, Dialect dialect, Class<T> type) {
        return StreamSupport.stream(ENGINE.parse(markdown, dialect).getDescendants().spliterator(), false)
                .filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private static String headingText(String markdown) {
        return PlainText.of(first(markdown, Dialect.OBSIDIAN, Heading.class));
    }

    private static String label(String markdown) {
        return PlainText.wikiLabel(first(markdown, Dialect.OBSIDIAN, WikiNode.class));
    }

    @Test
    void plainTextOfAHeading() {
        assertThat(headingText("# CI/CD [[DevOps]]")).isEqualTo("CI/CD DevOps");
        assertThat(headingText("#   Spaced    out   ")).isEqualTo("Spaced out");
        assertThat(headingText("# A &amp; B")).isEqualTo("A & B");
        assertThat(headingText("# Tom \\& Jerry")).isEqualTo("Tom & Jerry");
    }

    @Test
    void entitiesAreDecoded() {
        assertThat(headingText("# Generics &lt;T&gt; &amp; more&nbsp;text")).isEqualTo("Generics <T> & more\u00A0text");
        assertThat(headingText("# &copy; 2024")).isEqualTo("© 2024");
    }

    @Test
    void softBreaksInASetextHeadingBecomeSpaces() {
        assertThat(headingText("Line one\nline two\n===")).isEqualTo("Line one line two");
    }

    @Test
    void liquidTagsAreLeftOutOfJekyllHeadings() {
        assertThat(PlainText.of(first("# Title {% comment %}\n", Dialect.JEKYLL, Heading.class))).isEqualTo("Title");
    }

    private static String plain(String markdown, PlainText.Part... leftOut) {
        return PlainText.of(ENGINE.parse(markdown, Dialect.OBSIDIAN), leftOut);
    }

    @Test
    void tableCellsListItemsBlocksAndBreaksAreWordBoundaries() {
        assertThat(plain("| A | B |\n|---|---|\n| NAT Gateway | VPC Peering |\n| one<br>two | three |\n"))
                .isEqualTo("A B NAT Gateway VPC Peering one two three");
        assertThat(plain("- first\n- second\n  1. nested\n\nPara one\nline two  \nline three\n\n> quote\n\nlast"))
                .isEqualTo("first second nested Para one line two line three quote last");
        assertThat(plain("# Heading\nText\n> [!note] Title\n> body")).isEqualTo("Heading Text Title body");
    }

    @Test
    void picturesAndFootnoteReferencesSeparateWordsEvenWhenLeftOut() {
        String markdown = "a![[NAT Gateway.png]]NAT Gateway![diagram](d.png)b[^1]c^[aside]d\n\n[^1]: note\n";
        assertThat(plain(markdown)).isEqualTo("a NAT Gateway.png NAT Gateway diagram b 1 c d note aside");
        assertThat(plain(markdown, PlainText.Part.PICTURES, PlainText.Part.FOOTNOTE_REFERENCES))
                .isEqualTo("a NAT Gateway b c d note aside");
    }

    @Test
    void codeBlocksAndMathCanBeLeftOut() {
        String markdown = "Run\n```\naws s3 ls\n```\nthen `inline` and $x^2$.";
        assertThat(plain(markdown)).isEqualTo("Run aws s3 ls then inline and x^2.");
        assertThat(plain(markdown, PlainText.Part.CODE_BLOCKS, PlainText.Part.MATH)).isEqualTo("Run then inline and .");
    }

    @Test
    void wikiLabelsAsObsidianShowsThem() {
        assertThat(label("[[Other]]")).isEqualTo("Other");
        assertThat(label("[[Other|  alias  ]]")).isEqualTo("alias");
        assertThat(label("[[Other#Some Heading]]")).isEqualTo("Other > Some Heading");
        assertThat(label("[[Other#H1#H2]]")).isEqualTo("Other > H1 > H2");
        assertThat(label("[[#EC2]]")).isEqualTo("EC2");
        assertThat(label("[[Other#Part|shown]]")).isEqualTo("shown");
        assertThat(label("[[Other|a|b]]")).isEqualTo("a|b");
        assertThat(label("[[sub/Deep Note.md]]")).isEqualTo("sub/Deep Note.md");
    }
}
