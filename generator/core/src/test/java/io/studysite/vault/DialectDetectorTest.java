package io.studysite.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DialectDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {"layout: single", "classes: wide", "categories: [aws]", "category: aws",
            "excerpt: x", "author_profile: true", "sidebar:", "toc_label: Contents", "toc_sticky: true",
            "header:", "redirect_from: /old/", "published: false", "last_modified_at: 2024-01-01"})
    void frontMatterKeysAreNoEvidence(String line) {
        // Obsidian properties may be called anything.
        assertThat(DialectDetector.jekyllEvidence("---\ntitle: T\n" + line + "\n---\na [[b]] c\n")).isEmpty();
    }

    @Test
    void frontMatterWithLiquidLookalikesIsNoEvidence() {
        assertThat(DialectDetector.jekyllEvidence("---\nx: \"{{ page.title }}\"\ny: \"{% raw %}\"\n---\ntext\n")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{% include toc %}",
            "{%- include toc -%}",
            "text {% link _posts/2024-01-01-x.md %} text",
            "{% post_url 2010-07-21-name-of-post %}",
            "{% include_relative other.md %}",
            "![]({{ \"/x.png\" | absolute_url }})",
            "[home]({{ site.baseurl }}/)",
            "{{ page.title }}",
            "{: .notice--info}",
            "{:.no_toc}",
            "{:#intro}",
            "{:class=\"wide\"}",
            "{: target=\"_blank\"}",
            "{:toc}",
            "{: toc }",
            "[link](x.html){:target=\"_blank\"}",
    })
    void liquidOrKramdownAttributesInTheBodyAreEvidence(String body) {
        assertThat(DialectDetector.jekyllEvidence("# T\n\n" + body + "\n")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "```liquid\n{% include toc %}\n```",
            "~~~\n{{ site.baseurl }}\n~~~",
            "  ```\n  {% raw %}\n  ```",
            "inline `{% include toc %}` code",
            "inline `{: .x}` code",
            "a template placeholder {{date}} from Obsidian's Templates plugin",
            "100% sure, {not liquid}",
            "a map {:a 1} in Clojure, {:}",
    })
    void liquidInCodeOrLookalikesAreNoEvidence(String body) {
        assertThat(DialectDetector.jekyllEvidence("# T\n\n" + body + "\n\nafter\n")).isEmpty();
    }

    @Test
    void theEvidenceNamesTheConstructAndItsLine() {
        assertThat(DialectDetector.jekyllEvidence("---\ntitle: T\n---\n# T\n\n```\n{% raw %}\n```\n{% include toc %}\n"))
                .contains("Liquid tag {% include toc %} on line 9");
        assertThat(DialectDetector.jekyllEvidence("a\r\nb {{ site.url }}\r\n")).contains("Liquid output {{ site.url }} on line 2");
        assertThat(DialectDetector.jekyllEvidence("para\n{: .lead}\n")).contains("kramdown attribute list {: .lead} on line 2");
    }

    @Test
    void anUnclosedFrontMatterIsBody() {
        assertThat(DialectDetector.jekyllEvidence("---\ntitle: T\n{% include toc %}\n")).isPresent();
    }

    @Test
    void frontMatterIsTheFencedBlockAtTheStart() {
        assertThat(DialectDetector.frontMatter("---\na: 1\n---\nbody")).isEqualTo("---\na: 1\n---");
        assertThat(DialectDetector.frontMatter("---\na: 1\n---")).isEqualTo("---\na: 1\n---");
        assertThat(DialectDetector.frontMatter("---\na: 1\n----\nb: 2\n---\nbody")).isEqualTo("---\na: 1\n----\nb: 2\n---");
        assertThat(DialectDetector.frontMatter("text\n---\na: 1\n---\n")).isEmpty();
        assertThat(DialectDetector.frontMatter("---\nnever closed\n")).isEmpty();
        assertThat(DialectDetector.frontMatter("")).isEmpty();
    }
}
