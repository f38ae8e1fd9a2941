package io.studysite;

import io.studysite.search.SearchShards;
import io.studysite.testing.Browser;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every search shard of the sample site loads from disk (file://) as a classic script and hands over its data. */
class SearchShardsBrowserIT {
    @Test
    @SuppressWarnings("unchecked")
    void everyShardLoadsFromFileUrls(@TempDir Path out) throws Exception {
        Path site = out.resolve("site");
        new SiteBuilder().build(BuildOptions.of(TestVault.repository().resolve("content"), site));
        Path folder = site.resolve("_studysite").resolve(SearchShards.FOLDER);
        List<String> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        // A page beside the site that loads every shard the way the search engine will: classic scripts.
        StringBuilder page = new StringBuilder("<!DOCTYPE html><meta charset=utf-8><script>"
                + "window.studysiteSearch={got:[],receive:function(n,d){this.got.push(n+':'+(Array.isArray(d)?d.length:Object.keys(d).length));}};"
                + "</script>");
        for (String file : files) {
            page.append("<script src=\"site/_studysite/search/").append(file).append("\"></script>");
        }
        Files.writeString(out.resolve("load.html"), page);
        try (Browser browser = Browser.start()) {
            browser.open(out.resolve("load.html"));
            List<String> got = (List<String>) browser.script("return window.studysiteSearch.got");
            assertThat(got).hasSize(files.size());
            assertThat(got).allMatch(entry -> !entry.endsWith(":0"));
            assertThat(got).anyMatch(entry -> entry.startsWith("manifest:"));
        }
    }
}
