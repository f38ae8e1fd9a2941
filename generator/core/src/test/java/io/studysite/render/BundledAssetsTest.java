package io.studysite.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

class BundledAssetsTest {

    private final Map<String, byte[]> files = BundledAssets.katex();

    @Test
    void theVersionComesFromTheWebJar() {
        assertThat(BundledAssets.katexVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void findsTheScriptAndTheStylesheet() {
        assertThat(files).containsKeys("katex/katex.min.js", "katex/katex.min.css");
        String js = new String(files.get("katex/katex.min.js"), StandardCharsets.UTF_8);
        assertThat(js).contains("katex").hasSizeGreaterThan(100_000);
        // a classic script: no ES module syntax at the top level
        assertThat(js).doesNotContain("export default").doesNotStartWith("import ");
    }

    @Test
    void copiesOnlyWoff2Fonts() {
        assertThat(files.keySet()).filteredOn(k -> k.startsWith("katex/fonts/")).hasSizeGreaterThanOrEqualTo(19)
                .allMatch(k -> k.endsWith(".woff2"))
                .contains("katex/fonts/KaTeX_Main-Regular.woff2", "katex/fonts/KaTeX_Math-Italic.woff2");
        assertThat(files.keySet()).allMatch(k -> k.equals("katex/katex.min.js") || k.equals("katex/katex.min.css")
                || k.startsWith("katex/fonts/"));
        byte[] font = files.get("katex/fonts/KaTeX_Main-Regular.woff2");
        assertThat(new String(font, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("wOF2");
    }

    @Test
    void everyFontTheStylesheetNamesIsCopiedAndNoOtherFormatIsNamed() {
        String css = new String(files.get("katex/katex.min.css"), StandardCharsets.UTF_8);
        Matcher url = Pattern.compile("url\\(['\"]?([^)'\"]+)['\"]?\\)").matcher(css);
        int count = 0;
        while (url.find()) {
            count++;
            assertThat(files).containsKey("katex/" + url.group(1));
        }
        assertThat(count).isGreaterThanOrEqualTo(19);
        assertThat(css).doesNotContain(".woff)").doesNotContain(".ttf)").contains("format(\"woff2\")");
    }

    @Test
    void dropsOnlyTheFallbackUrls() {
        String rule = "@font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format(\"woff2\"),"
                + "url(fonts/KaTeX_AMS-Regular.woff) format(\"woff\"),url(fonts/KaTeX_AMS-Regular.ttf) format(\"truetype\")}";

        assertThat(BundledAssets.withoutFontFallbacks(rule)).isEqualTo(
                "@font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format(\"woff2\")}");
    }

    @Test
    void isReadOnce() {
        assertThat(BundledAssets.katex()).isSameAs(files);
        assertThat(BundledAssets.highlight()).isSameAs(BundledAssets.highlight());
    }

    @Test
    void highlightJsIsTheClassicScriptWithALightAndADarkStylesheet() {
        Map<String, byte[]> highlight = BundledAssets.highlight();
        assertThat(BundledAssets.highlightVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(highlight.keySet()).containsExactly(
                "highlight/github-dark.min.css", "highlight/github.min.css", "highlight/highlight.min.js");
        String js = new String(highlight.get("highlight/highlight.min.js"), StandardCharsets.UTF_8);
        assertThat(js).contains("hljs").contains("java").hasSizeGreaterThan(50_000).doesNotContain("export default");
        assertThat(new String(highlight.get("highlight/github-dark.min.css"), StandardCharsets.UTF_8)).contains(".hljs");
    }

    @Test
    void mermaidIsOnlyItsUmdBundle() {
        Map<String, byte[]> mermaid = BundledAssets.mermaid();
        assertThat(BundledAssets.mermaidVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(mermaid.keySet()).containsExactly("mermaid/mermaid.min.js");
        String js = new String(mermaid.get("mermaid/mermaid.min.js"), StandardCharsets.UTF_8);
        assertThat(js).hasSizeGreaterThan(1_000_000).doesNotStartWith("import ");
    }

    @Test
    void filesForCopiesOnlyWhatIsNeeded() {
        assertThat(BundledAssets.filesFor(Set.of())).isEmpty();
        // Code blocks alone need only code.js (a theme file); highlight.js comes with a block naming a language.
        assertThat(BundledAssets.filesFor(Set.of(PageNeeds.CODE))).isEmpty();
        assertThat(BundledAssets.filesFor(Set.of(PageNeeds.CODE, PageNeeds.HIGHLIGHT)).keySet()).isNotEmpty()
                .allMatch(k -> k.startsWith("highlight/"));
        assertThat(BundledAssets.filesFor(Set.of(PageNeeds.MATH)).keySet()).isEqualTo(files.keySet());
        assertThat(BundledAssets.filesFor(Set.of(PageNeeds.DIAGRAMS, PageNeeds.CODE, PageNeeds.HIGHLIGHT)).keySet())
                .contains("mermaid/mermaid.min.js", "highlight/highlight.min.js").noneMatch(k -> k.startsWith("katex/"));
    }
}
