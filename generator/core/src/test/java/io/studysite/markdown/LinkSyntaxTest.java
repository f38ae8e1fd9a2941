package io.studysite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.wikilink.WikiNode;
import io.studysite.config.Dialect;
import io.studysite.markdown.LinkSyntax.Parts;
import io.studysite.markdown.LinkSyntax.Size;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkSyntaxTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine(false, true);

    private static WikiNode wiki(String markdown) {
        List<WikiNode> nodes = StreamSupport.stream(
                        ENGINE.parse(markdown, Dialect.OBSIDIAN).getDescendants().spliterator(), false)
                .filter(WikiNode.class::isInstance).map(WikiNode.class::cast).toList();
        assertThat(nodes).hasSize(1);
        return nodes.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com", "http://x", "HTTPS://EXAMPLE.COM", "mailto:me@example.com",
            "obsidian://open?vault=notes", "tel:+39123", "data:image/png;base64,AA", "//cdn.example.com/x.js",
            "ftp://host/file", "git+ssh://host/repo"})
    void externalUrls(String url) {
        assertThat(LinkSyntax.isExternal(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Note.md", "Other x.md", "sub/Note.md", "../Note.md", "./a.png", "/assets/x.png",
            "#heading", "", "1password:notes.md", "Note.md#a:b", "a/b:c.md", "-x:y"})
    void vaultUrls(String url) {
        assertThat(LinkSyntax.isExternal(url)).isFalse();
    }

    @Test
    void aColonAfterALeadingWordReadsAsAScheme() {
        // as in a browser: "Note: x.md" and "C:\x" have the schemes "note" and "c". Obsidian forbids ':' in
        // file names, so a vault link never looks like this; it stays external and is left alone.
        assertThat(LinkSyntax.isExternal("Note: x.md")).isTrue();
        assertThat(LinkSyntax.isExternal("a:b")).isTrue();
    }

    @Test
    void decodePercentEscapesAsUtf8AndKeepsPlus() {
        assertThat(LinkSyntax.decode("Other%20x.md")).isEqualTo("Other x.md");
        assertThat(LinkSyntax.decode("C%2B%2B+notes.md")).isEqualTo("C+++notes.md");
        assertThat(LinkSyntax.decode("a+b.md")).isEqualTo("a+b.md");
        assertThat(LinkSyntax.decode("caf%C3%A9.md")).isEqualTo("café.md");
        assertThat(LinkSyntax.decode("%F0%9F%98%80.png")).isEqualTo("😀.png");
        assertThat(LinkSyntax.decode("100%25.md")).isEqualTo("100%.md");
        assertThat(LinkSyntax.decode("no escapes")).isEqualTo("no escapes");
    }

    @Test
    void malformedEscapesAreLeftAsWritten() {
        assertThat(LinkSyntax.decode("100%")).isEqualTo("100%");
        assertThat(LinkSyntax.decode("50%off.md")).isEqualTo("50%off.md");
    }

    @Test
    void liquidFilterExpressions() {
        assertThat(LinkSyntax.evaluateLiquidUrl("{{ '/x.png' | relative_url }}")).contains("/x.png");
        assertThat(LinkSyntax.evaluateLiquidUrl("{{ \"/assets/x.png\" | absolute_url }}")).contains("/assets/x.png");
        assertThat(LinkSyntax.evaluateLiquidUrl("{{\"/x.png\"|relative_url}}")).contains("/x.png");
        assertThat(LinkSyntax.evaluateLiquidUrl("  {{ \"/x.png\" | relative_url | absolute_url }}  ")).contains("/x.png");
        // relative_url and absolute_url make a path site-rooted
        assertThat(LinkSyntax.evaluateLiquidUrl("{{ 'assets/x.png' | relative_url }}")).contains("/assets/x.png");
        // a bare literal is just that literal
        assertThat(LinkSyntax.evaluateLiquidUrl("{{ \"x.png\" }}")).contains("x.png");
    }

    @Test
    void liquidSiteBaseUrl() {
        assertThat(LinkSyntax.evaluateLiquidUrl("{{ site.baseurl }}/x.png")).contains("/x.png");
        assertThat(LinkSyntax.evaluateLiquidUrl("{{site.baseurl}}/docs/a.md")).contains("/docs/a.md");
        assertThat(LinkSyntax.evaluateLiquidUrl("{{ site.url }}x.png")).contains("/x.png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/x.png", "x.png", "{{ page.url }}", "{{ '/x.png' | upcase }}", "{{ site.title }}",
            "{{ post.url | relative_url }}", "{% link a.md %}", ""})
    void otherExpressionsAreNotEvaluated(String url) {
        assertThat(LinkSyntax.evaluateLiquidUrl(url)).isEmpty();
    }

    @Test
    void markdownPartsSplitsPathQueryAndAnchor() {
        assertThat(LinkSyntax.markdownParts("Note.md")).contains(new Parts("Note.md", null));
        assertThat(LinkSyntax.markdownParts("Other%20x.md#Some%20Heading")).contains(new Parts("Other x.md", "Some Heading"));
        assertThat(LinkSyntax.markdownParts("a.md?x=1#h")).contains(new Parts("a.md", "h"));
        assertThat(LinkSyntax.markdownParts("a.md?x=1")).contains(new Parts("a.md", null));
        assertThat(LinkSyntax.markdownParts("#local")).contains(new Parts("", "local"));
        assertThat(LinkSyntax.markdownParts("{{ \"/assets/x.png\" | absolute_url }}")).contains(new Parts("/assets/x.png", null));
    }

    @Test
    void markdownPartsIgnoresExternalEmptyAndUnevaluatedLiquid() {
        assertThat(LinkSyntax.markdownParts("https://example.com/a.md")).isEmpty();
        assertThat(LinkSyntax.markdownParts("mailto:x@y")).isEmpty();
        assertThat(LinkSyntax.markdownParts("")).isEmpty();
        assertThat(LinkSyntax.markdownParts("{{ page.url }}")).isEmpty();
        assertThat(LinkSyntax.markdownParts("{{ \"https://example.com\" }}")).isEmpty();
    }

    @Test
    void imageSize() {
        assertThat(LinkSyntax.imageSize("300")).contains(new Size(300, 0));
        assertThat(LinkSyntax.imageSize("300x200")).contains(new Size(300, 200));
        assertThat(LinkSyntax.imageSize(" 300 ")).contains(new Size(300, 0));
        assertThat(LinkSyntax.imageSize("alt text|300x200")).contains(new Size(300, 200));
        assertThat(LinkSyntax.imageSize("alt text")).isEmpty();
        assertThat(LinkSyntax.imageSize("")).isEmpty();
        assertThat(LinkSyntax.imageSize("x300")).isEmpty();
        assertThat(LinkSyntax.imageSize("300x")).isEmpty();
        assertThat(LinkSyntax.imageSize("300X200")).isEmpty();
        assertThat(LinkSyntax.imageSize("300|alt")).isEmpty();
    }

    @Test
    void wikiPartsOfLinks() {
        assertThat(LinkSyntax.wikiParts(wiki("[[Other]]"))).isEqualTo(new Parts("Other", null));
        assertThat(LinkSyntax.wikiParts(wiki("[[ Other | alias ]]"))).isEqualTo(new Parts("Other", null));
        assertThat(LinkSyntax.wikiParts(wiki("[[Other#Some Heading|alias]]"))).isEqualTo(new Parts("Other", "Some Heading"));
        assertThat(LinkSyntax.wikiParts(wiki("[[Other#H1#H2]]"))).isEqualTo(new Parts("Other", "H1#H2"));
        assertThat(LinkSyntax.wikiParts(wiki("[[#EC2]]"))).isEqualTo(new Parts("", "EC2"));
        assertThat(LinkSyntax.wikiParts(wiki("[[Other#^abc123]]"))).isEqualTo(new Parts("Other", "^abc123"));
        assertThat(LinkSyntax.wikiParts(wiki("[[sub/Deep Note.md]]"))).isEqualTo(new Parts("sub/Deep Note.md", null));
    }

    @Test
    void wikiPartsEndTheTargetAtTheFirstPipe() {
        assertThat(LinkSyntax.wikiParts(wiki("[[Other|a|b]]"))).isEqualTo(new Parts("Other", null));
        assertThat(LinkSyntax.wikiParts(wiki("[[Other#Part|a|b]]"))).isEqualTo(new Parts("Other", "Part"));
        assertThat(LinkSyntax.wikiParts(wiki("![[img.png|alt|300]]"))).isEqualTo(new Parts("img.png", null));
    }

    @Test
    void wikiPartsDropTheEscapeOfATablePipe() {
        assertThat(LinkSyntax.wikiParts(wiki("[[Other\\|alias]]"))).isEqualTo(new Parts("Other", null));
        assertThat(LinkSyntax.wikiParts(wiki("![[img.png\\|300]]"))).isEqualTo(new Parts("img.png", null));
    }

    @Test
    void wikiPartsOfEmbeds() {
        assertThat(LinkSyntax.wikiParts(wiki("![[img.png]]"))).isEqualTo(new Parts("img.png", null));
        assertThat(LinkSyntax.wikiParts(wiki("![[Pasted image 2022.png|300]]"))).isEqualTo(new Parts("Pasted image 2022.png", null));
        assertThat(LinkSyntax.wikiParts(wiki("![[Other#Heading]]"))).isEqualTo(new Parts("Other", "Heading"));
    }

    @Test
    void wikiTextIsEverythingAfterTheFirstPipe() {
        assertThat(LinkSyntax.wikiText(wiki("[[Other]]"))).isNull();
        assertThat(LinkSyntax.wikiText(wiki("[[Other#H]]"))).isNull();
        assertThat(LinkSyntax.wikiText(wiki("[[Other|alias]]"))).isEqualTo("alias");
        assertThat(LinkSyntax.wikiText(wiki("[[Other|a|b]]"))).isEqualTo("a|b");
        assertThat(LinkSyntax.wikiText(wiki("![[img.png|300]]"))).isEqualTo("300");
        assertThat(LinkSyntax.wikiText(wiki("![[img.png|alt|300x200]]"))).isEqualTo("alt|300x200");
        assertThat(LinkSyntax.wikiText(wiki("[[Other|]]"))).isEmpty();
    }
}
