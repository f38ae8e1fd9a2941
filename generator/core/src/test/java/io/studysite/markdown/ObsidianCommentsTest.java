package io.studysite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.studysite.config.Dialect;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObsidianCommentsTest {

    private static String strip(String text) {
        String stripped = ObsidianComments.strip(text);
        assertThat(stripped.lines().count()).as("line count").isEqualTo(text.lines().count());
        return stripped;
    }

    @Nested
    class Text {

        @Test
        void withoutCommentsTheSameString() {
            String text = "no comment here, 100% sure\n";
            assertThat(ObsidianComments.strip(text)).isSameAs(text);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "a %%hidden%% b        | a  b",
                "foo%%x%%bar           | foobar",
                "text %%c%%            | text",
                "text %%c%%   \t       | text",
                "%%c%% text            | text",
                "\"  %%c%% text\"      | \"  text\"",
                "%%%%x                 | x",
                "a %%1%% b %%2%% c     | a  b  c",
                "\\%% not a comment    | \\%% not a comment",
                "unmatched ` %%gone%%  | unmatched `",
        })
        void inlineComments(String text, String expected) {
            assertThat(strip(text + "\n")).isEqualTo(expected + "\n");
        }

        @Test
        void codeSpansKeepPercentSigns() {
            assertThat(strip("`%%a%%` and ``b %% ` c`` then %%gone%%\n"))
                    .isEqualTo("`%%a%%` and ``b %% ` c`` then\n");
        }

        @Test
        void codeSpanMaySpanLinesButNotParagraphs() {
            assertThat(strip("x `code\n%% kept` y %%z%%\n")).isEqualTo("x `code\n%% kept` y\n");
            assertThat(strip("x `open\n\nnew %%gone%% p\n")).isEqualTo("x `open\n\nnew  p\n");
        }

        @Test
        void fencedCodeKeepsPercentSigns() {
            assertThat(strip("```sql\nSELECT '%%' -- %%x%%\n```\n%%gone%%after\n~~~\n%%\n~~~\n"))
                    .isEqualTo("```sql\nSELECT '%%' -- %%x%%\n```\nafter\n~~~\n%%\n~~~\n");
        }

        @Test
        void longerFenceIsNotClosedByAShorterOne() {
            assertThat(strip("````\n```\n%%x%%\n```\n````\n%%y%%z\n")).isEqualTo("````\n```\n%%x%%\n```\n````\nz\n");
        }

        @Test
        void unclosedFenceRunsToTheEnd() {
            assertThat(strip("```\n%%a\n")).isEqualTo("```\n%%a\n");
        }

        @Test
        void fencesInQuotesAndLists() {
            assertThat(strip("> ```\n> %%q%%\n> ```\n> %%gone%% x\n")).isEqualTo("> ```\n> %%q%%\n> ```\n> x\n");
            assertThat(strip("- item\n  ```\n  %%l%%\n  ```\n")).isEqualTo("- item\n  ```\n  %%l%%\n  ```\n");
            // a fence left of the item's content ends the list: it is a top-level fence
            assertThat(strip("- item\n```\n%%t%%\n```\n")).isEqualTo("- item\n```\n%%t%%\n```\n");
        }

        @Test
        void indentedCodeKeepsPercentSigns() {
            assertThat(strip("para\n\n    code %%x%%\n\n\tmore %%y%%\n\nback %%z%%\n"))
                    .isEqualTo("para\n\n    code %%x%%\n\n\tmore %%y%%\n\nback\n");
        }

        @Test
        void indentedParagraphContinuationIsNoCode() {
            assertThat(strip("para\n    cont %%x%%\n")).isEqualTo("para\n    cont\n");
        }

        @Test
        void indentedTextInAListItemIsNoCode() {
            assertThat(strip("- item\n\n    text %%x%% y\n")).isEqualTo("- item\n\n    text  y\n");
            assertThat(strip("- a\n\t- b\n\n\t\t%%c%% text\n")).isEqualTo("- a\n\t- b\n\n\t\ttext\n");
            // four columns past the item's content is code again
            assertThat(strip("- item\n\n      code %%x%%\n")).isEqualTo("- item\n\n      code %%x%%\n");
        }

        @Test
        void multiLineCommentKeepsEveryNewline() {
            assertThat(strip("para\n%%\nsecret\n\nsecret\n%%\nmore\n")).isEqualTo("para\n\n\n\n\n\nmore\n");
            assertThat(strip("%% starts here\nand ends %% visible\n")).isEqualTo("\nvisible\n");
            assertThat(strip("line one %%from here\nto here%% line two\n")).isEqualTo("line one\nline two\n");
        }

        @Test
        void aCommentWinsOverCodeThatStartsInsideIt() {
            assertThat(strip("%%\n```\n%%\nafter\n")).isEqualTo("\n\n\nafter\n");
        }

        @Test
        void unclosedCommentHidesTheRestOfTheNote() {
            assertThat(strip("shown\n%% from here\n\n# Heading\n\n```\ncode\n```\n"))
                    .isEqualTo("shown\n\n\n\n\n\n\n\n");
            assertThat(strip("no newline %%at end")).isEqualTo("no newline");
        }

        @Test
        void commentsInAQuoteKeepTheQuoteMarkers() {
            assertThat(strip("> [!note]\n> %%\n> hidden\n> %%\n> visible\n"))
                    .isEqualTo("> [!note]\n>\n>\n>\n> visible\n");
        }

        @Test
        void frontMatterIsLeftAlone() {
            assertThat(strip("---\ntitle: 100%% sure\n---\nbody %%c%%\n")).isEqualTo("---\ntitle: 100%% sure\n---\nbody\n");
        }

        @Test
        void windowsLineEndings() {
            assertThat(strip("a %%x%%\r\n%%\r\nhidden\r\n%%\r\nb\r\n")).isEqualTo("a\r\n\r\n\r\n\r\nb\r\n");
        }
    }

    @Nested
    class Rendered {

        private static final MarkdownEngine ENGINE = new MarkdownEngine(false, true);

        private Document parse(String markdown, Dialect dialect) {
            return ENGINE.parse(markdown, dialect);
        }

        private Element render(String markdown, Dialect dialect) {
            Document document = parse(markdown, dialect);
            return Jsoup.parseBodyFragment(ENGINE.render(document, dialect, new FakeLinkTargets())).body();
        }

        /** The text a search indexer would collect: every node's own characters. */
        private String astText(Document document) {
            StringBuilder text = new StringBuilder();
            for (Node node : document.getDescendants()) {
                if (!node.hasChildren()) {
                    text.append(node.getChars()).append(' ');
                }
            }
            return text.toString();
        }

        @Test
        void commentsNeverReachTheTreeOrThePage() {
            String note = """
                    Visible %%secret one%% text.

                    %%
                    secret two

                    - secret three
                    %%

                    Trailing %%secret four
                    """;
            Document document = parse(note, Dialect.OBSIDIAN);
            Element body = render(note, Dialect.OBSIDIAN);

            assertThat(astText(document)).doesNotContain("secret", "%%");
            assertThat(body.html()).doesNotContain("secret", "%%");
            assertThat(body.select("p")).extracting(Element::text).containsExactly("Visible text.", "Trailing");
            assertThat(body.select("ul")).isEmpty();
        }

        @Test
        void codeKeepsItsPercentSigns() {
            Element body = render("`%%a%%` x %%gone%%\n\n```\n%%b%%\n```\n", Dialect.OBSIDIAN);

            assertThat(body.select("p > code").text()).isEqualTo("%%a%%");
            assertThat(body.select("p").first().text()).isEqualTo("%%a%% x");
            assertThat(body.select("pre > code").text()).isEqualTo("%%b%%");
        }

        @Test
        void commentAtLineStartDoesNotMakeIndentedCode() {
            Element body = render("para\n\n%%c%%    text\n", Dialect.OBSIDIAN);

            assertThat(body.select("pre")).isEmpty();
            assertThat(body.select("p")).extracting(Element::text).containsExactly("para", "text");
        }

        @Test
        void commentAtLineEndDoesNotMakeAHardBreak() {
            Element body = MarkdownEngineTestSupport.render(new MarkdownEngine(true, true), "text  %%c%%\nnext\n");

            assertThat(body.select("br")).isEmpty();
            assertThat(body.select("p").text()).isEqualTo("text next");
        }

        @Test
        void lineNumbersStayRight() {
            Document document = parse("%%\none\ntwo\n%%\n# Heading\n", Dialect.OBSIDIAN);

            Node heading = document.getChildOfType(com.vladsch.flexmark.ast.Heading.class);
            assertThat(heading.getStartLineNumber()).isEqualTo(4);
        }

        @Test
        void commentInsideACalloutKeepsTheCallout() {
            Element callout = render("> [!note] Title %%secret%%\n> %%\n> secret\n> %%\n> visible\n", Dialect.OBSIDIAN)
                    .selectFirst("div.callout");

            assertThat(callout.selectFirst(".callout-title").text()).isEqualTo("Title");
            assertThat(callout.selectFirst(".callout-content").text()).isEqualTo("visible");
            assertThat(callout.html()).doesNotContain("secret");
        }

        @Test
        void jekyllNotesKeepPercentSigns() {
            Element body = render("a %%b%% c\n", Dialect.JEKYLL);

            assertThat(body.select("p").text()).isEqualTo("a %%b%% c");
        }
    }

    /** Renders with a given engine, as the other tests do. */
    private static final class MarkdownEngineTestSupport {
        static Element render(MarkdownEngine engine, String markdown) {
            Document document = engine.parse(markdown, Dialect.OBSIDIAN);
            return Jsoup.parseBodyFragment(engine.render(document, Dialect.OBSIDIAN, new FakeLinkTargets())).body();
        }
    }
}
