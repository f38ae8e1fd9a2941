package io.studysite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The linear inline parser reads Markdown exactly as flexmark's own does. */
class LinearInlineParserTest {
    private static final String TEXT = """
            # Title &amp; more

            &nbsp;&nbsp;[General info](./a/b.md#general-info "title")  
            &nbsp;&nbsp;[ref link][r] and [collapsed][] and ![img](a%20b.png) <https://example.com> <b id="x">bold</b>  
            Entities &copy; &#169; &#xA9; &bogus; & plain, `code &amp;`, **strong _em_**, \\*escaped\\*.

            | a | b |
            |---|---|
            | [x](y.md) | &lt;z&gt; |

            [r]: target%20one.md 'a title'
            [collapsed]: https://example.com/c
            """;

    private static String render(boolean linear) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        Parser.Builder builder = Parser.builder(options);
        Parser parser = (linear ? LinearInlineParser.install(builder) : builder).build();
        return HtmlRenderer.builder(options).build().render(parser.parse(TEXT));
    }

    @Test
    void rendersWhatFlexmarksOwnInlineParserRenders() {
        String expected = render(false);
        assertThat(expected).contains("<a href=\"target%20one.md\" title=\"a title\">ref link</a>", "<td>", "<img");
        assertThat(render(true)).isEqualTo(expected);
    }

    @Test
    void referenceDefinitionsStillWorkInTheEngine() {
        String html = new MarkdownEngine(false, true).render(
                new MarkdownEngine(false, true).parse("[a][r]\n\n[r]: https://example.com\n", io.studysite.config.Dialect.OBSIDIAN),
                io.studysite.config.Dialect.OBSIDIAN, LinkTargets.NONE);
        assertThat(html).contains("<a href=\"https://example.com\">a</a>");
    }
}
