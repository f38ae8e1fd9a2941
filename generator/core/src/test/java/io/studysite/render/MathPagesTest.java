package io.studysite.render;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.testing.SiteLinkChecker;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Math pages load the bundled KaTeX; a site without math carries none of it. */
class MathPagesTest {
    @TempDir
    Path tmp;

    private Document page(String path) throws IOException {
        return Jsoup.parse(tmp.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    @Test
    void pagesWithMathLoadBundledKatexAndOthersDoNot() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"),
                "Physics.md", "Energy $E = mc^2$ costs $5.00 per TB.\n\n$$\n\\int_0^1 x\\,dx\n$$\n",
                "Prices.md", "S3 costs $0.023 per GB and $5 per month.\n");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        Document physics = page("physics.html");
        assertThat(physics.select(".markdown .math-inline").eachText()).containsExactly("E = mc^2");
        assertThat(physics.select(".markdown .math-display").text()).isEqualTo("\\int_0^1 x\\,dx");
        assertThat(physics.select("script[src]").eachAttr("src"))
                .containsExactly("_studysite/katex/katex.min.js", "_studysite/math.js", "_studysite/page.js", "_studysite/tree.js");
        Document prices = page("prices.html");
        assertThat(prices.select(".math")).isEmpty();
        assertThat(prices.select("script[src*=katex]")).isEmpty();
        assertThat(tmp.resolve("site/_studysite/katex/katex.min.js")).isRegularFile();
        SiteLinkChecker.Report links = SiteLinkChecker.check(tmp.resolve("site"));
        assertThat(links.ok()).as(links.describe()).isTrue();
    }

    @Test
    void aSiteWithoutMathShipsNoKatex() {
        Path vault = TestVault.write(tmp.resolve("vault"), "A.md", "Costs $5 and $10.\n");
        new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        assertThat(tmp.resolve("site/_studysite/katex")).doesNotExist();
    }
}
