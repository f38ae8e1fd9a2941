package io.studysite.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.studysite.config.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DialectDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {"layout: single", "classes: wide", "categories: [aws]", "category: aws",
            "excerpt: x", "author_profile: true", "sidebar:", "toc_label: Contents", "toc_sticky: true",
            "header:", "redirect_from: /old/", "published: false", "last_modified_at: 2024-01-01"})
    void aJekyllOnlyFrontMatterKeyMeansJekyll(String line) {
        assertThat(DialectDetector.detect("---\ntitle: T\n" + line + "\n---\n# Body\n")).isEqualTo(Dialect.JEKYLL);
    }

    @Test
    void sharedFrontMatterKeysMeanObsidian() {
        assertThat(DialectDetector.detect("""
                ---
                title: T
                tags: [aws, exam]
                aliases: [x]
                date: 2024-01-01
                publish: true
                ---
                # Body
                """)).isEqualTo(Dialect.OBSIDIAN);
    }

    @Test
    void aJekyllKeyNestedUnderAnotherKeyDoesNotCount() {
        assertThat(DialectDetector.detect("""
                ---
                cssclasses:
                  layout: wide
                ---
                text
                """)).isEqualTo(Dialect.OBSIDIAN);
    }

    @Test
    void aJekyllKeyInTheBodyDoesNotCount() {
        assertThat(DialectDetector.detect("""
                # Setup
                layout: this is just a sentence
                """)).isEqualTo(Dialect.OBSIDIAN);
    }

    @Test
    void frontMatterWithWindowsLineEndings() {
        assertThat(DialectDetector.detect("---\r\nlayout: single\r\n---\r\ntext\r\n")).isEqualTo(Dialect.JEKYLL);
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
    })
    void liquidInTheBodyMeansJekyll(String body) {
        assertThat(DialectDetector.detect("# T\n\n" + body + "\n")).isEqualTo(Dialect.JEKYLL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "```liquid\n{% include toc %}\n```",
            "~~~\n{{ site.baseurl }}\n~~~",
            "  ```\n  {% raw %}\n  ```",
            "inline `{% include toc %}` code",
            "a template placeholder {{date}} from Obsidian's Templates plugin",
            "100% sure, {not liquid}",
    })
    void liquidInCodeOrLookalikesMeansObsidian(String body) {
        assertThat(DialectDetector.detect("# T\n\n" + body + "\n\nafter\n")).isEqualTo(Dialect.OBSIDIAN);
    }

    @Test
    void liquidAfterAClosedFenceCounts() {
        assertThat(DialectDetector.detect("```\ncode\n```\n{% include toc %}\n")).isEqualTo(Dialect.JEKYLL);
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

    @Test
    void aJekyllKeyAfterTheFrontMatterDoesNotCount() {
        assertThat(DialectDetector.detect("---\ntitle: T\n---\nlayout: single\n")).isEqualTo(Dialect.OBSIDIAN);
    }
}
