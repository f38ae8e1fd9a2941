package io.studysite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JekyllPrepassTest {

    private static int lines(String text) {
        return text.split("\n", -1).length;
    }

    @Test
    void tocListAndMarkerBecomeABlankLineAndTheTocTag() {
        assertThat(JekyllPrepass.apply("# T\n* TOC\n{:toc}\n\n## A\n"))
                .isEqualTo("# T\n\n{% include toc %}\n\n## A\n");
        assertThat(JekyllPrepass.apply("- Contents\n{: toc }\n")).isEqualTo("\n{% include toc %}\n");
    }

    @Test
    void tocMarkerWithoutAListBeforeItKeepsThePreviousLine() {
        assertThat(JekyllPrepass.apply("Intro text\n{:toc}\n")).isEqualTo("Intro text\n{% include toc %}\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{: .cls}|{.cls}",
            "{:.cls}|{.cls}",
            "{: #id .a .b}|{#id .a .b}",
            "![](/b.png){:class=\"img-responsive\"}|![](/b.png){class=\"img-responsive\"}",
            "[x](y){:target=\"_blank\"}|[x](y){target=\"_blank\"}",
            "{::comment}kept{:/comment}|{::comment}kept{:/comment}",
            "{:}|{:}",
            "a {: .x} b {: .y}|a {.x} b {.y}",
    })
    void kramdownAttributeListsBecomeFlexmarkOnes(String row) {
        String[] io = row.split("\\|", 2);

        assertThat(JekyllPrepass.apply(io[0])).isEqualTo(io[1]);
    }

    @Test
    void highlightBlocksBecomeFencedCode() {
        String text = "{% highlight ruby %}\ndef x\n  {: .kept}\nend\n{% endhighlight %}\nafter {: .cls}\n";

        assertThat(JekyllPrepass.apply(text))
                .isEqualTo("```ruby\ndef x\n  {: .kept}\nend\n```\nafter {.cls}\n");
    }

    @Test
    void highlightWithOptionsAndWhitespaceControl() {
        assertThat(JekyllPrepass.apply("{% highlight js linenos %}\nx\n{% endhighlight %}"))
                .isEqualTo("```js\nx\n```");
        assertThat(JekyllPrepass.apply("  {%- highlight python -%}  \nx\n{%- endhighlight -%}"))
                .isEqualTo("```python\nx\n```");
    }

    @Test
    void rawContentHasItsBracesEscapedAndTheTagsRemoved() {
        assertThat(JekyllPrepass.apply("Use {% raw %}{{ page.title }}{% endraw %} here"))
                .isEqualTo("Use &#123;&#123; page.title &#125;&#125; here");
    }

    @Test
    void rawAcrossLines() {
        String text = "{% raw %}\n{% include toc %}\n{{ x }}\n{% endraw %}\n{{ y }}";

        assertThat(JekyllPrepass.apply(text))
                .isEqualTo("\n&#123;% include toc %&#125;\n&#123;&#123; x &#125;&#125;\n\n\\{\\{ y }}");
    }

    @Test
    void liquidOutputInTextIsEscapedButNotInLinkDestinationsOrCode() {
        assertThat(JekyllPrepass.apply("By {{ page.author }} `{{ kept }}` [x]({{ \"/a.png\" | relative_url }})"))
                .isEqualTo("By \\{\\{ page.author }} `{{ kept }}` [x]({{ \"/a.png\" | relative_url }})");
    }

    @Test
    void rawWithWhitespaceControl() {
        assertThat(JekyllPrepass.apply("{%- raw -%}{% x %}{%- endraw -%}")).isEqualTo("&#123;% x %&#125;");
    }

    @Test
    void nothingChangesInsideFences() {
        String text = """
                ```markdown
                * TOC
                {:toc}
                ![](/b.png){: .cls}
                {% raw %}{{ x }}{% endraw %}
                {% highlight ruby %}
                puts 1
                {% endhighlight %}
                ```
                ~~~
                {: .inside-tilde}
                ~~~
                {: .outside}
                """;

        String out = JekyllPrepass.apply(text);

        assertThat(out).isEqualTo(text.replace("{: .outside}", "{.outside}"));
    }

    @Test
    void aStrayEndHighlightOutsideABlockIsLeftAlone() {
        assertThat(JekyllPrepass.apply("text\n{% endhighlight %}\n{: .x}\n")).isEqualTo("text\n{% endhighlight %}\n{.x}\n");
    }

    @Test
    void lineCountIsAlwaysPreserved() {
        String text = """
                ---
                layout: single
                ---
                * TOC
                {:toc}

                # Title
                {% highlight ruby %}
                puts 1
                {% endhighlight %}
                {% raw %}
                {{ a }}
                {% endraw %}
                ![](/b.png){:class="x"}
                ```
                {:toc}
                ```
                last""";

        String out = JekyllPrepass.apply(text);

        assertThat(lines(out)).isEqualTo(lines(text));
        assertThat(out.split("\n", -1)[15]).isEqualTo("{:toc}");
        assertThat(out.split("\n", -1)[4]).isEqualTo("{% include toc %}");
        assertThat(out.split("\n", -1)[7]).isEqualTo("```ruby");
        assertThat(out.split("\n", -1)[11]).isEqualTo("&#123;&#123; a &#125;&#125;");
    }

    @Test
    void textWithoutJekyllConstructsIsUnchanged() {
        String text = "# Title\n\nPlain *text* with {braces} and 100% {{ not closed\n\n- list\n";

        assertThat(JekyllPrepass.apply(text)).isEqualTo(text);
        assertThat(JekyllPrepass.apply("")).isEmpty();
    }
}
