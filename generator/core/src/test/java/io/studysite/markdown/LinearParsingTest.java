package io.studysite.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.studysite.config.Dialect;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Backtick runs and heading lines cost the same per character however long their paragraph is, and read as
 * flexmark's own parsers read them. The time bounds are against hangs (minutes before), not a benchmark.
 */
class LinearParsingTest {
    private static final Duration BOUND = Duration.ofSeconds(30);

    private static final String TEXT = """
            Some `code`, ``code with ` inside``, an unmatched ``` run, ` another `` pair ``, and `a` `b`.

            A paragraph line
            ===
            More text
            #tag line after text
            # A heading after text
            text
            ---
            - item
            - item `x``

            Title
            ---
            """;

    private static String render(boolean linear) {
        MutableDataSet options = new MutableDataSet();
        Parser.Builder builder = Parser.builder(options);
        Parser parser = (linear ? LinearHeadingParser.install(LinearInlineParser.install(builder)) : builder).build();
        return HtmlRenderer.builder(options).build().render(parser.parse(TEXT));
    }

    @Test
    void readsBackticksAndHeadingsAsFlexmarksOwnParsersDo() {
        String expected = render(false);
        assertThat(expected).contains("<code>code with ` inside</code>", "<h1>A paragraph line</h1>", "<h2>Title</h2>");
        assertThat(render(true)).isEqualTo(expected);
    }

    /** A guard rather than a witness: flexmark took about 7 s of CPU here, growing with the square of the runs. */
    @Test
    void aLineOfBacktickRunsOfEveryLengthParsesInLinearTime() {
        String runs = IntStream.rangeClosed(1, 1_500).mapToObj("`"::repeat).collect(Collectors.joining(" ", "", "\n"));
        var document = assertTimeoutPreemptively(BOUND, () -> new MarkdownEngine(false, false).parse(runs, Dialect.OBSIDIAN));
        assertThat(document.getChars().length()).isGreaterThan(1_000_000);
    }

    @Test
    void aParagraphOfTagLinesParsesInLinearTime() {
        String tags = IntStream.range(0, 40_000).mapToObj(i -> "#t" + i).collect(Collectors.joining("\n", "", "\n"));
        var document = assertTimeoutPreemptively(BOUND, () -> new MarkdownEngine(false, false).parse(tags, Dialect.OBSIDIAN));
        assertThat(TagExtension.tags(document)).hasSize(40_000);
    }
}
