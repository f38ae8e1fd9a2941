package io.studysite.markdown;

import com.vladsch.flexmark.util.ast.Document;
import io.studysite.config.Dialect;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptAttributesTest {
    private static final MarkdownEngine ENGINE = new MarkdownEngine(false, true);

    private static Element jekyll(String markdown) {
        Document document = ENGINE.parse(markdown, Dialect.JEKYLL);
        return Jsoup.parseBodyFragment(ENGINE.render(document, Dialect.JEKYLL, new FakeLinkTargets())).body();
    }

    /** kramdown writes an attribute's value as it is: the browser decodes its character references before following it. */
    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:window.__pwned=1",
            "jav&#x09;ascript:window.__pwned=1",
            "&#106;avascript:window.__pwned=1",
            "&#x6A;avascript&colon;window.__pwned=1",
            "java&Tab;script:window.__pwned=1",
            "&#0000106;avascript:window.__pwned=1",
            " &#x0A;vbscript:x",
    })
    void encodedScriptUrlsInAttributeListsGo(String href) {
        Element body = jekyll("[x](https://example.com/){: href=\"" + href + "\"}\n");
        Element link = body.selectFirst("a");
        assertThat(link.text()).isEqualTo("x");
        assertThat(link.hasAttr("href")).as(link.outerHtml()).isFalse();
    }

    @Test
    void encodedPlainUrlsStay() {
        Element link = jekyll("[x](https://example.com/){: href=\"https://example.com/?a=1&amp;b=2\"}\n").selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://example.com/?a=1&b=2");
    }

    @Test
    void judgedAsTheBrowserReadsThem() {
        assertThat(ScriptAttributes.runsScript("HREF", "&#106;avascript:x")).isTrue();
        assertThat(ScriptAttributes.runsScript("src", "java&NewLine;script:x")).isTrue();
        assertThat(ScriptAttributes.runsScript("OnFocus", "x()")).isTrue();
        assertThat(ScriptAttributes.runsScript("title", "javascript: the language")).isFalse();
        assertThat(ScriptAttributes.runsScript("href", "https://example.com/&#106;avascript:")).isFalse();
    }
}
