package io.studysite.testing;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.nio.file.Path;

/** A vault written from text blocks into {@code tmp/vault} and built into {@code tmp/site}, and its pages read back. */
public final class TestSite {
    private TestSite() {}

    public static BuildResult build(Path tmp, String... pathsAndTexts) {
        Path vault = TestVault.write(tmp.resolve("vault"), pathsAndTexts);
        return new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
    }

    /** A page of the built site, by its site path. */
    public static Document page(Path tmp, String path) throws IOException {
        return Jsoup.parse(tmp.resolve("site").resolve(path).toFile(), "UTF-8");
    }
}
