package io.studysite;

import io.studysite.diag.Diagnostic;
import io.studysite.diag.Severity;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Notes whose cost grew faster than their size (minutes, gigabytes) build within a bound, beside an ordinary note
 * that is published. The bound is against hangs, not a benchmark: each case takes a second or two.
 */
class LargeNoteTest {
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String ORDINARY = "# Ordinary\nPlain words about S3.\n";

    @TempDir
    Path tmp;

    private BuildResult build(Map<String, String> files) {
        Map<String, String> vault = new LinkedHashMap<>(files);
        vault.put("Ordinary.md", ORDINARY);
        Path content = TestVault.write(tmp.resolve("vault"), vault);
        BuildResult result = assertTimeoutPreemptively(BOUND,
                () -> new SiteBuilder().build(BuildOptions.of(content, tmp.resolve("site"))));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        return result;
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(tmp.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    private static String indentedList(int depth) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            list.append("  ".repeat(i)).append("- item\n");
        }
        return list.toString();
    }

    static Stream<Arguments> notesOverALimit() {
        return Stream.of(
                Arguments.of("a 1,500-deep indented list", indentedList(1_500), "indented more than 1,000 spaces"),
                Arguments.of("20,000 list markers on one line", "- ".repeat(20_000) + "deep\n", "opens lists or quotes 40,000 levels deep"),
                Arguments.of("a note of 18 million characters", "Plain words about buckets and keys.\n".repeat(500_000),
                        "characters long"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notesOverALimit")
    void aNoteOverALimitIsANoticeAtOnce(String name, String text, String why) throws IOException {
        BuildResult result = build(Map.of("Hostile.md", "---\ntags: [kept]\n---\n" + text));

        assertThat(page("ordinary.html").select(".markdown").text()).contains("Plain words about S3.");
        assertThat(page("hostile.html").select(".markdown").text()).contains("This note could not be shown", why);
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("note-too-complex")).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.WARNING);
                    assertThat(d.file()).hasFileName("Hostile.md");
                    assertThat(d.message()).contains(why);
                });
        // The front matter still counts.
        assertThat(tmp.resolve("site/tags/kept.html")).exists();
    }

    @Test
    void anEmbedFanOutStopsAtThePagesBudgetWithANotice() throws IOException {
        Map<String, String> chain = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            String embeds = i < 4 ? ("![[N" + (i + 1) + "]]\n\n").repeat(40) : "The last note, with some words to fill a line of text.\n";
            chain.put("N" + i + ".md", "# N" + i + "\nSome text of note " + i + ".\n\n" + embeds);
        }
        BuildResult result = build(chain);

        assertThat(page("ordinary.html").select(".markdown").text()).contains("Plain words about S3.");
        Document top = page("n0.html");
        assertThat(top.select(".markdown").text()).contains("The last note", "this page already embeds as much as a page can show");
        assertThat(top.html().length()).isLessThan(3 * (4 << 20));
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("embeds-too-large"))
                .extracting(d -> d.file().getFileName().toString()).contains("N0.md");
        // Copies of one embedded note keep the page's ids unique.
        List<String> ids = top.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void repeatedEmbedsOfANoteAreCopiesWithTheirOwnIds() throws IOException {
        build(Map.of("Hub.md", "# Hub\n![[Part]]\n\n![[Part]]\n\n![[Part#Inner]]\n",
                "Part.md", "# Part\ntext[^1]\n## Inner\n![[Leaf]]\n\n[^1]: a note\n",
                "Leaf.md", "# Leaf\nleaf words\n"));

        Document hub = page("hub.html");
        assertThat(hub.select(".markdown").text()).contains("leaf words");
        assertThat(hub.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        assertThat(hub.select("a[href^=#]").eachAttr("href"))
                .allSatisfy(href -> assertThat(hub.getElementById(href.substring(1))).as(href).isNotNull());
    }

    static Stream<Arguments> hostileFrontMatter() {
        return Stream.of(
                Arguments.of("a list that contains itself", "a: &a [1, *a]\n"),
                Arguments.of("50,000 nested lists", "x: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n"),
                Arguments.of("aliases that double at each step", aliasChain(30)));
    }

    private static String aliasChain(int steps) {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol]\n");
        for (int i = 1; i < steps; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        return yaml.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFrontMatter")
    void hostileFrontMatterIsReportedAndTheNoteIsPublished(String name, String yaml) throws IOException {
        BuildResult result = build(Map.of("Hostile.md", "---\n" + yaml + "---\n# Hostile\nThe body is shown.\n"));

        assertThat(page("hostile.html").select(".markdown").text()).contains("The body is shown.");
        assertThat(page("ordinary.html").select(".markdown").text()).contains("Plain words about S3.");
        assertThat(result.diagnostics()).extracting(Diagnostic::code).contains("invalid-front-matter");
    }
}
