package io.studysite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

class MathExtensionTest {

    private static final Flexmark OBSIDIAN = new Flexmark(true);
    private static final Flexmark KRAMDOWN = new Flexmark(false);

    /** A parser and renderer with only the math extension, as the Obsidian or the Jekyll engine sets it. */
    private record Flexmark(Parser parser, HtmlRenderer renderer) {
        Flexmark(boolean singleDollar) {
            this(options(singleDollar));
        }

        Flexmark(MutableDataSet options) {
            this(Parser.builder(options).build(), HtmlRenderer.builder(options).build());
        }

        static MutableDataSet options(boolean singleDollar) {
            MutableDataSet options = new MutableDataSet();
            options.setFrom(singleDollar ? ParserEmulationProfile.COMMONMARK : ParserEmulationProfile.KRAMDOWN);
            options.set(Parser.EXTENSIONS, List.<Extension>of(MathExtension.create()));
            options.set(MathExtension.SINGLE_DOLLAR, singleDollar);
            return options;
        }

        Document parse(String markdown) {
            return parser.parse(markdown);
        }

        Element html(String markdown) {
            return Jsoup.parseBodyFragment(renderer.render(parse(markdown))).body();
        }
    }

    private static List<MathInline> inline(Document document) {
        List<MathInline> found = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof MathInline math) {
                found.add(math);
            }
        }
        return found;
    }

    private static List<MathBlock> blocks(Document document) {
        List<MathBlock> found = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof MathBlock math) {
                found.add(math);
            }
        }
        return found;
    }

    @Nested
    class Currency {

        @ParameterizedTest
        @ValueSource(strings = {
                "$5.00 per TB",
                "It costs $5 and $10.",
                "costs $5 and $10",
                "0.50$ per month",
                "Price: $$",
                "Price: $$\n\nSpeed: $$$",
                "$ 5",
                "from $5-$10 a month",
                "$5,$10,$20",
                "Between 5$ and 10$ per user",
                "5$/month, 3$/day",
                "Price: $$ vs. $$ for the other plan",
                "- $$\n- $$$\n",
                "a $ b $ c",
                "US$ 100 and US$ 200",
                "Prices: $5.00 per TB, costs $5 and $10, Price: $$, $ 5.",
                "It is $5 per user, $50 per team, $500 per org",
        })
        void staysText(String markdown) {
            Document document = OBSIDIAN.parse(markdown);

            assertThat(MathExtension.hasMath(document)).as(markdown).isFalse();
            Element body = OBSIDIAN.html(markdown);
            assertThat(body.select(".math")).isEmpty();
            assertThat(body.text().replace(" ", "")).isEqualTo(markdown.replace("- ", "").replaceAll("\\s", ""));
        }

        @Test
        void aLoneDollarLineWithoutACloserStaysAParagraph() {
            Element body = OBSIDIAN.html("Rating:\n\n$$\n\nMore text.\n");

            assertThat(body.select(".math")).isEmpty();
            assertThat(body.select("p")).extracting(Element::text).containsExactly("Rating:", "$$", "More text.");
        }

        @Test
        void aDollarBlockLeftOpenByItsListItemGoesBackToText() {
            Element body = OBSIDIAN.html("- $$\n- cheap $$\n");

            assertThat(body.select(".math")).isEmpty();
            assertThat(body.select("li")).extracting(Element::text).containsExactly("$$", "cheap $$");
        }
    }

    @Nested
    class InlineMath {

        @Test
        void dollarsAroundTexAreInlineMath() {
            Document document = OBSIDIAN.parse("Energy $E = mc^2$ and $x$.");

            assertThat(inline(document)).extracting(MathInline::tex).containsExactly("E = mc^2", "x");
            assertThat(inline(document)).noneMatch(MathInline::isDisplay);
            assertThat(MathExtension.hasMath(document)).isTrue();
        }

        @Test
        void openingNeedsANonSpaceAfterAndClosingANonSpaceBefore() {
            // the first '$' after an opener decides: after a space it closes nothing, and nothing opens there
            assertThat(inline(OBSIDIAN.parse("$a $b$"))).extracting(MathInline::tex).containsExactly("b");
            assertThat(inline(OBSIDIAN.parse("$ a$ and $b$"))).extracting(MathInline::tex).containsExactly("b");
        }

        @Test
        void aClosingDollarBeforeADigitDoesNotClose() {
            assertThat(inline(OBSIDIAN.parse("$x$5 then $y$"))).extracting(MathInline::tex).containsExactly("y");
        }

        @Test
        void theFirstDollarAfterAnOpenerDecides() {
            Document document = OBSIDIAN.parse("Storage: $5.00 per TB, transfer costs $5 and $10 for $n$ GB.");

            assertThat(inline(document)).extracting(MathInline::tex).containsExactly("n");
        }

        @Test
        void pricesAndMathMix() {
            Document document = OBSIDIAN.parse("It costs \\$5 and the area is $\\pi r^2$.");

            assertThat(inline(document)).extracting(MathInline::tex).containsExactly("\\pi r^2");
        }

        @Test
        void mathMaySpanASoftLineBreak() {
            assertThat(inline(OBSIDIAN.parse("sum $a +\nb$ here"))).extracting(MathInline::tex).containsExactly("a +\nb");
        }

        @Test
        void anEscapedDollarInsideMathDoesNotClose() {
            assertThat(inline(OBSIDIAN.parse("$a \\$ b$"))).extracting(MathInline::tex).containsExactly("a \\$ b");
        }

        @Test
        void doubleDollarsWithinTextAreDisplayMath() {
            Document document = OBSIDIAN.parse("The formula $$\\int_0^1 x\\,dx$$ is easy.");

            assertThat(inline(document)).singleElement().satisfies(m -> {
                assertThat(m.tex()).isEqualTo("\\int_0^1 x\\,dx");
                assertThat(m.isDisplay()).isTrue();
            });
            assertThat(blocks(document)).isEmpty();
        }

        @Test
        void mathInsideEmphasisAndHeadings() {
            Element body = OBSIDIAN.html("# Bound $O(n)$\n\n*so $x_1$ holds*\n");

            assertThat(body.select("h1 > span.math-inline").text()).isEqualTo("O(n)");
            assertThat(body.select("em > span.math-inline").text()).isEqualTo("x_1");
        }

        @Test
        void markdownInsideMathIsNotParsed() {
            Document document = OBSIDIAN.parse("$a_1 * b_2 * c$ and $[x](y)$");

            assertThat(inline(document)).extracting(MathInline::tex).containsExactly("a_1 * b_2 * c", "[x](y)");
        }
    }

    @Nested
    class Escapes {

        @Test
        void escapedDollarsAreLiteral() {
            Element body = OBSIDIAN.html("\\$x\\$ and \\$5\n");

            assertThat(body.select(".math")).isEmpty();
            assertThat(body.text()).isEqualTo("$x$ and $5");
        }

        @Test
        void anEscapedDollarBeforeMath() {
            Document document = OBSIDIAN.parse("\\$$x$");

            assertThat(inline(document)).extracting(MathInline::tex).containsExactly("x");
        }
    }

    @Nested
    class Code {

        @ParameterizedTest
        @ValueSource(strings = {
                "`$x$` and `$$y$$`",
                "```\n$x$\n$$\ny\n$$\n```\n",
                "    $x$\n    $$\n    y\n    $$\n",
                "~~~tex\n$$\n\\frac12\n$$\n~~~\n",
        })
        void codeIsNeverMath(String markdown) {
            Document document = OBSIDIAN.parse(markdown);

            assertThat(MathExtension.hasMath(document)).isFalse();
            assertThat(OBSIDIAN.html(markdown).select("code").text()).contains("$");
        }

        @Test
        void aDollarInACodeSpanClosesNothing() {
            Element body = OBSIDIAN.html("costs $10, see `$x$` and ``a ` $b``");

            assertThat(body.select(".math")).isEmpty();
            assertThat(body.select("code")).extracting(Element::text).containsExactly("$x$", "a ` $b");
        }

        @Test
        void aCodeSpanAfterMathIsStillCode() {
            Element body = OBSIDIAN.html("$x$ and `$y$`");

            assertThat(body.select(".math").text()).isEqualTo("x");
            assertThat(body.select("code").text()).isEqualTo("$y$");
        }
    }

    @Nested
    class DisplayBlocks {

        @Test
        void dollarLinesEncloseADisplayBlock() {
            Document document = OBSIDIAN.parse("Before\n\n$$\n\\begin{aligned}\na &= b \\\\\nc &< d\n\\end{aligned}\n$$\n\nAfter\n");

            assertThat(blocks(document)).singleElement().extracting(MathBlock::tex)
                    .isEqualTo("\\begin{aligned}\na &= b \\\\\nc &< d\n\\end{aligned}");
            assertThat(inline(document)).isEmpty();
        }

        @Test
        void aBlockMayInterruptAParagraph() {
            Element body = OBSIDIAN.html("The sum:\n$$\n\\sum_i x_i\n$$\nafter\n");

            assertThat(body.select("div.math-display").text()).isEqualTo("\\sum_i x_i");
            assertThat(body.select("p")).extracting(Element::text).containsExactly("The sum:", "after");
        }

        @Test
        void aLineOfOnlyDoubleDollarMathIsABlock() {
            Document document = OBSIDIAN.parse("$$ x = \\frac{1}{2} $$\n");

            assertThat(blocks(document)).singleElement().extracting(MathBlock::tex).isEqualTo("x = \\frac{1}{2}");
        }

        @Test
        void texOnTheDelimiterLinesBelongsToTheBlock() {
            Document document = OBSIDIAN.parse("$$\\begin{pmatrix}\n1 & 0\n\\end{pmatrix}$$\n");

            assertThat(blocks(document)).singleElement().extracting(MathBlock::tex)
                    .isEqualTo("\\begin{pmatrix}\n1 & 0\n\\end{pmatrix}");
        }

        @Test
        void blocksWorkInQuotesAndListItems() {
            Document document = OBSIDIAN.parse("> $$\n> a^2\n> $$\n\n- item\n\n  $$\n  b^2\n  $$\n");

            assertThat(blocks(document)).extracting(MathBlock::tex).containsExactly("a^2", "b^2");
        }

        @Test
        void blankLinesStayInsideTheBlock() {
            Document document = OBSIDIAN.parse("$$\na\n\nb\n$$\n");

            assertThat(blocks(document)).singleElement().extracting(MathBlock::tex).isEqualTo("a\n\nb");
        }

        @Test
        void twoDoubleDollarMathsOnOneLineAreInline() {
            Document document = OBSIDIAN.parse("$$a$$ and $$b$$\n");

            assertThat(blocks(document)).isEmpty();
            assertThat(inline(document)).extracting(MathInline::tex).containsExactly("a", "b");
        }
    }

    @Nested
    class Rendering {

        @Test
        void inlineMathIsASpanHoldingItsTex() {
            Element body = OBSIDIAN.html("Let $a<b \\& c>d$ hold.");

            Elements spans = body.select("p > span.math.math-inline");
            assertThat(spans).hasSize(1);
            assertThat(spans.first().text()).isEqualTo("a<b \\& c>d");
            assertThat(spans.first().children()).isEmpty();
        }

        @Test
        void texIsEscapedInTheHtml() {
            String html = OBSIDIAN.renderer().render(OBSIDIAN.parse("$a<b>c & d$\n\n$$\n<script>x</script>\n$$\n"));

            assertThat(html).contains("a&lt;b&gt;c &amp; d").contains("&lt;script&gt;x&lt;/script&gt;")
                    .doesNotContain("<script>").doesNotContain("<b>");
        }

        @Test
        void aDisplayBlockIsADivOutsideAnyParagraph() {
            Element body = OBSIDIAN.html("text\n\n$$\nx^2\n$$\n");

            Element div = body.selectFirst("div.math.math-display");
            assertThat(div).isNotNull();
            assertThat(div.parent()).isEqualTo(body);
            assertThat(div.text()).isEqualTo("x^2");
        }

        @Test
        void doubleDollarsInTextAreADisplaySpanInTheParagraph() {
            Element body = OBSIDIAN.html("see $$x^2$$ here");

            assertThat(body.select("p > span.math.math-display").text()).isEqualTo("x^2");
            assertThat(body.select("div")).isEmpty();
        }

        @Test
        void theTexKeepsItsLineBreaks() {
            Element body = OBSIDIAN.html("$$\na \\\\\nb\n$$\n");

            assertThat(body.selectFirst("div.math").wholeText()).isEqualTo("a \\\\\nb");
        }
    }

    @Nested
    class Kramdown {

        @Test
        void singleDollarsAreText() {
            Document document = KRAMDOWN.parse("$x$ costs $5\n");

            assertThat(MathExtension.hasMath(document)).isFalse();
        }

        @Test
        void doubleDollarsWithinTextAreInlineMath() {
            Document document = KRAMDOWN.parse("so $$ x^2 $$ holds\n");

            assertThat(inline(document)).singleElement().satisfies(m -> {
                assertThat(m.tex()).isEqualTo(" x^2 ");
                assertThat(m.isDisplay()).isFalse();
            });
        }

        @Test
        void doubleDollarLinesAreADisplayBlock() {
            Document document = KRAMDOWN.parse("$$\nx^2\n$$\n");

            assertThat(blocks(document)).extracting(MathBlock::tex).containsExactly("x^2");
        }
    }

    @Test
    void renderedHtmlTellsWhetherItHoldsMath() {
        String math = OBSIDIAN.renderer().render(OBSIDIAN.parse("so $x$ holds"));
        String display = OBSIDIAN.renderer().render(OBSIDIAN.parse("$$\nx\n$$\n"));
        String none = OBSIDIAN.renderer().render(OBSIDIAN.parse("costs $5 and $10, `$x$`"));

        assertThat(MathExtension.hasMath(math)).isTrue();
        assertThat(MathExtension.hasMath(display)).isTrue();
        assertThat(MathExtension.hasMath(none)).isFalse();
    }

    @Test
    void aNoteWithoutMathHasNone() {
        assertThat(MathExtension.hasMath(OBSIDIAN.parse("# Plain\n\nNo math, $5 only.\n"))).isFalse();
    }
}
