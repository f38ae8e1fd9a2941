package io.studysite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import io.studysite.config.Dialect;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RawHtmlTest {
    private static final MarkdownEngine ENGINE = new MarkdownEngine(false, true);
    private static final MarkdownEngine TRUSTING = new MarkdownEngine(false, true, true);

    private static Element render(MarkdownEngine engine, String markdown, Dialect dialect) {
        Document document = engine.parse(markdown, dialect);
        HeadingIds.assign(document);
        return Jsoup.parseBodyFragment(engine.render(document, dialect, new FakeLinkTargets())).body();
    }

    private static Element render(String markdown) {
        return render(ENGINE, markdown, Dialect.OBSIDIAN);
    }

    /** No script element, no on* attribute, no URL that runs a script, anywhere in the page. */
    private static void assertHarmless(Element body) {
        assertThat(body.select("script, object, embed, style, form, input, textarea, svg, math, base, meta, link")).isEmpty();
        for (Element element : body.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(element.outerHtml()).doesNotStartWithIgnoringCase("on");
                assertThat(LinkSyntax.runsScript(attribute.getValue())).as(element.outerHtml()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>window.__pwned = 1</script>\n",
            "text <script>window.__pwned = 1</script> more\n",
            "<img src=x onerror=\"window.__pwned = 1\">\n",
            "a <img src=x onerror=window.__pwned=1> b\n",
            "<svg onload=\"window.__pwned = 1\"></svg>\n",
            "<details ontoggle=\"window.__pwned = 1\" open><summary>x</summary>y</details>\n",
            "<input autofocus onfocus=\"window.__pwned = 1\">\n",
            "<a href=\"javascript:window.__pwned = 1\">x</a>\n",
            "see <a href=\"JaVaScRiPt&#58;window.__pwned=1\">x</a>\n",
            "<a href=\" &#x0A;javascript:window.__pwned=1\">x</a>\n",
            "<iframe src=\"javascript:window.__pwned=1\"></iframe>\n",
            "<iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>\n",
            "<div style=\"x\" onmouseover=\"window.__pwned=1\">hover</div>\n",
            "<object data=\"javascript:window.__pwned=1\"></object>\n",
            "<form><button formaction=\"javascript:window.__pwned=1\">x</button></form>\n",
            "<!-- c --><script>window.__pwned = 1</script>\n",
            "<math><a xlink:href=\"javascript:window.__pwned=1\">x</a></math>\n",
            "<a href=\"x\" HREF=\"javascript:window.__pwned=1\" onclick=\"window.__pwned=1\">x</a>\n",
            "<img src=\"x\" onerror=\"window.__pwned=1\"\n",
            "[x](JaVaScRiPt:window.__pwned=1)\n",
            "[x](javascript&#58;window.__pwned=1)\n",
            "[x][r]\n\n[r]: javascript:window.__pwned=1\n",
            "<javascript:window.__pwned=1>\n",
            "[x](data:text/html,<script>alert(1)</script>)\n",
    })
    void payloadsLoseTheirScripts(String payload) {
        Element body = render(payload);
        assertHarmless(body);
        assertThat(body.html()).doesNotContain("<script");
    }

    @Test
    void jekyllAttributesAddNoHandlers() {
        Element body = render(ENGINE, "A paragraph.\n{: onfocus=\"window.__pwned=1\" tabindex=\"0\" .note}\n\n"
                + "[x](https://example.com){: onclick=\"window.__pwned=1\" href=\"javascript:window.__pwned=1\"}\n", Dialect.JEKYLL);
        assertHarmless(body);
        assertThat(body.selectFirst("p.note")).isNotNull();
        // The attribute list's href replaced the link's own: the text stays, unlinked.
        assertThat(body.selectFirst("a").text()).isEqualTo("x");
    }

    @Test
    void whatNotesUseIsKept() {
        Element body = render("""
                ## Key policy<a name="key-policy"></a>

                <details open><summary>Answer</summary>

                **S3** is <mark style="background: #FFB86CA6;">object</mark> storage.<br>H<sub>2</sub>O x<sup>2</sup>
                press <kbd>Ctrl</kbd>

                </details>

                <div class="box" style="color: red"><span class="s" id="here">in</span></div>

                <img src="pic.png" width="300" height="200" alt="a picture">

                <table><tr><th colspan="2">h</th></tr><tr><td>a</td><td>b</td></tr></table>

                <iframe width="560" height="315" src="https://www.youtube.com/embed/abc" allowfullscreen></iframe>

                <a href="https://example.com/x?a=1&amp;b=2">ext</a> <a href="#here">in page</a> <a href="other.html">rel</a>
                """);
        assertThat(body.selectFirst("a[name=key-policy]")).isNotNull();
        assertThat(body.selectFirst("details[open] > summary").text()).isEqualTo("Answer");
        assertThat(body.selectFirst("details strong").text()).isEqualTo("S3");
        assertThat(body.selectFirst("mark").attr("style")).isEqualTo("background: #FFB86CA6;");
        assertThat(body.select("br, sub, sup, kbd")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(body.selectFirst("div.box[style] > span.s#here")).isNotNull();
        Element img = body.selectFirst("img");
        assertThat(img.attr("src")).isEqualTo("pic.png");
        assertThat(img.attr("width")).isEqualTo("300");
        assertThat(img.attr("height")).isEqualTo("200");
        assertThat(body.selectFirst("th[colspan=2]")).isNotNull();
        assertThat(body.select("td")).hasSize(2);
        assertThat(body.selectFirst("iframe").attr("src")).isEqualTo("https://www.youtube.com/embed/abc");
        assertThat(body.select("a[href]")).extracting(a -> a.attr("href"))
                .containsExactly("https://example.com/x?a=1&b=2", "#here", "other.html");
    }

    @Test
    void textThatLooksLikeASchemeIsNotAUrl() {
        Element body = render("![Data: monthly costs](https://example.com/chart.png \"Data: by service\")\n");
        assertThat(body.selectFirst("img").attr("alt")).isEqualTo("Data: monthly costs");
        assertThat(body.selectFirst("img").attr("title")).isEqualTo("Data: by service");
    }

    @Test
    void onlyVideoPlayersAreFramed() {
        assertThat(render("<iframe src=\"https://evil.example/page\"></iframe>\n").select("iframe")).isEmpty();
    }

    @Test
    void whatIsNotATagStaysText() {
        Element body = render("<p>1 < 2 and <3 and <!DOCTYPE x></p>\n");
        assertThat(body.text()).contains("1 < 2 and <3 and <!DOCTYPE x>");
    }

    @Test
    void trustedHtmlIsWrittenAsIs() {
        Element body = render(TRUSTING, "<img src=x onerror=\"window.__pwned = 1\">\n\n<script>window.__pwned = 1</script>\n\n"
                + "<a href=\"javascript:void(0)\">x</a>\n", Dialect.OBSIDIAN);
        assertThat(body.selectFirst("img").attr("onerror")).isEqualTo("window.__pwned = 1");
        assertThat(body.select("script")).hasSize(1);
        assertThat(body.selectFirst("a").attr("href")).isEqualTo("javascript:void(0)");
    }

    @Test
    void placeholdersThatAreNoElementsGoSilently() {
        RawHtml.Cleaned cleaned = RawHtml.clean("aws kms get-key --region <region> --key <key-id onclick=\"x()\">");
        assertThat(cleaned.html()).isEqualTo("aws kms get-key --region  --key ");
        assertThat(cleaned.removed()).containsExactly("onclick=\"x()\"");
    }

    @Test
    void cleaningReportsWhatWent() {
        RawHtml.Cleaned cleaned = RawHtml.clean("<b onclick=\"x()\">a</b><script>y()</script>");
        assertThat(cleaned.html()).isEqualTo("<b>a</b>");
        assertThat(cleaned.removed()).containsExactly("onclick=\"x()\"", "<script>");
    }

    @Test
    void plainTagsAreKeptAsWrittenAndAnythingElseIsStillJudged() {
        // Written as they are without jsoup: no attribute, or only quoted, distinct, safe ones.
        assertThat(RawHtml.clean("<br><a name=\"intro\" id='top' CLASS=\"x\">a</a>").html())
                .isEqualTo("<br><a name=\"intro\" id='top' CLASS=\"x\">a</a>");
        // A handler, a URL, a repeated name or an unquoted value still goes through the full check.
        assertThat(RawHtml.clean("<a name=\"x\" onclick=\"y()\">").removed()).containsExactly("onclick=\"y()\"");
        assertThat(RawHtml.clean("<a name=\"x\" href=\"javascript:y()\">").removed()).containsExactly("href=\"javascript:y()\"");
        assertThat(RawHtml.clean("<a name=\"x\" NAME=\"y\">").html()).isEqualTo("<a name=\"x\" NAME=\"y\">");
        assertThat(RawHtml.clean("<span title=a>t</span>").html()).isEqualTo("<span title=a>t</span>");
    }
}
