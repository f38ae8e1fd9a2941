package io.studysite.testing;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.search.SearchIndex;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A vault written from text blocks into {@code tmp/vault} and built into {@code tmp/site}, and its pages read back. */
public final class TestSite {
    private TestSite() {}

    public static BuildResult build(Path tmp, String... pathsAndTexts) {
        Path vault = TestVault.write(tmp.resolve("vault"), pathsAndTexts);
        return new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
    }

    /** Builds the vault, which must build without errors, and returns its search index. */
    public static Path searchIndex(Path tmp, String... pathsAndTexts) {
        BuildResult result = build(tmp, pathsAndTexts);
        assertThat(result.outcome()).as(result.diagnostics().toString()).isEqualTo(BuildResult.Outcome.OK);
        return SearchIndex.folderFor(tmp.resolve("site"));
    }

    /** A page of the built site, by its site path. */
    public static Document page(Path tmp, String path) throws IOException {
        return Jsoup.parse(tmp.resolve("site").resolve(path).toFile(), "UTF-8");
    }
}
