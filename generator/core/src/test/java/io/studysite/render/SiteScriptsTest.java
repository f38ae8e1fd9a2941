package io.studysite.render;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The site-wide scripts pages load: the notes tree ({@link SiteTree}) and the hover previews ({@link Previews}). */
class SiteScriptsTest {
    @TempDir
    Path tmp;

    private Path build(String... pathsAndTexts) {
        Path vault = TestVault.write(tmp.resolve("vault"), pathsAndTexts);
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        return tmp.resolve("site/_studysite");
    }

    @Test
    void theTreeListsFoldersFirstInNaturalOrderWithCompactEncodedUrls() throws IOException {
        Path scripts = build("Note 10.md", "# Note 10\n", "Note 2.md", "# Note 2\n", "Zeta/Café crème.md", "# Café crème\n",
                "Alpha/Inner/Deep.md", "# Deep\n",
                "Alpha/Post.md", "---\npermalink: /blog/post/\n---\n# A post\n",
                "Alpha/<script>.md", "Text.\n");
        String tree = Files.readString(scripts.resolve(SiteTree.SCRIPT), StandardCharsets.UTF_8);
        assertThat(tree).startsWith("studysiteTree.receive({\"previews\":2,\"tree\":[").endsWith("});\n");
        // Folders first (Alpha before Zeta), then the root's notes in natural order (2 before 10).
        assertThat(tree.indexOf("[\"Alpha\"")).isLessThan(tree.indexOf("[\"Zeta\""));
        assertThat(tree.indexOf("[\"Zeta\"")).isLessThan(tree.indexOf("[\"Note 2\""));
        assertThat(tree.indexOf("[\"Note 2\"")).isLessThan(tree.indexOf("[\"Note 10\""));
        // A note under its folder is relative to it; a permalink elsewhere is site-relative after a '/'.
        assertThat(tree).contains("[\"Inner\",\"alpha/inner/index.html\",[[\"Deep\",\"deep.html\"]]]");
        assertThat(tree).contains("[\"A post\",\"/blog/post.html\"]");
        assertThat(tree).contains("[\"Café crème\",\"caf%C3%A9-cr%C3%A8me.html\"]");
        assertThat(tree).contains("[\"Note 2\",\"note-2.html\"]");
        // A title cannot open or end a script element.
        assertThat(tree).doesNotContain("<").contains("[\"\\u003cscript>\",\"script.html\"]");
    }

    @Test
    void aLongFolderIsAPartOfTheTreeAndNotesOutsideTheirFolderAreToldTheirBranch() throws IOException {
        java.util.List<String> files = new java.util.ArrayList<>(java.util.List.of("Start.md", "# Start\n",
                "Big/Small/Leaf.md", "# Leaf\n", "Big/Post.md", "---\npermalink: /blog/post/\n---\n# A post\n"));
        for (int i = 1; i <= 80; i++) {
            files.addAll(java.util.List.of("Big/Note " + i + ".md", "# A note with a title long enough to make a long listing " + i + "\n"));
        }
        Path scripts = build(files.toArray(String[]::new));
        String top = Files.readString(scripts.resolve(SiteTree.SCRIPT), StandardCharsets.UTF_8);
        assertThat(top.replaceFirst("\"previews\":\\d+,", "")).isEqualTo("studysiteTree.receive({\"away\":{\"blog/post.html\":[0]},"
                + "\"tree\":[[\"Big\",\"big/index.html\",0],[\"Start\",\"start.html\"]]});\n");
        String part = Files.readString(scripts.resolve(SiteTree.PARTS + "/0.js"), StandardCharsets.UTF_8);
        // A short subfolder stays inline in its parent's part.
        assertThat(part).startsWith("studysiteTree.part(0,[[\"Small\",\"big/small/index.html\",[[\"Leaf\",\"leaf.html\"]]],")
                .contains("[\"A post\",\"/blog/post.html\"]", "[\"A note with a title long enough to make a long listing 80\",\"note-80.html\"]")
                .endsWith("]);\n");
        try (Stream<Path> parts = Files.list(scripts.resolve(SiteTree.PARTS))) {
            assertThat(parts).hasSize(1);
        }
    }

    @Test
    void previewsAreChunkedByPageWithAnExcerptPerSection() throws IOException {
        StringBuilder files = new StringBuilder();
        String[] notes = new String[80];
        for (int i = 0; i < 40; i++) {
            notes[2 * i] = "Note " + i + ".md";
            notes[2 * i + 1] = "# Note " + i + "\n\nLead text of note " + i + ".\n\n## Detail\n\nDetail of note " + i + ".\n";
        }
        Path scripts = build(notes);
        String tree = Files.readString(scripts.resolve(SiteTree.SCRIPT), StandardCharsets.UTF_8);
        // Three notes a chunk: a hover loads some 7 KB of rich previews, not a fifth of the site's.
        assertThat(tree).startsWith("studysiteTree.receive({\"previews\":14,");
        int found = 0;
        try (Stream<Path> chunks = Files.list(scripts.resolve(Previews.FOLDER))) {
            for (Path chunk : (Iterable<Path>) chunks::iterator) {
                int n = Integer.parseInt(chunk.getFileName().toString().replace(".js", ""));
                String text = Files.readString(chunk, StandardCharsets.UTF_8);
                assertThat(text).startsWith("studysitePreviews.receive(" + n + ",{");
                for (int i = 0; i < 40; i++) {
                    String page = "note-" + i + ".html";
                    if (text.contains("\"" + page + "\"")) {
                        assertThat(Previews.chunkOf(page, 14)).isEqualTo(n);
                        // The first heading repeats the note's title: the heading paths leave it out.
                        // Each section as its page renders it, marked 1.
                        assertThat(text).contains("\"" + page + "\":[\"Note " + i + "\",[[\"note-" + i + "\",\"\",\"<p>Lead text of note "
                                + i + ".<\\/p>\",1],[\"detail\",\"Detail\",\"<p>Detail of note " + i + ".<\\/p>\",1]]]");
                        found++;
                    }
                }
            }
        }
        assertThat(found).isEqualTo(40);
        // FNV-1a as preview.js computes it: known values keep the two sides in step.
        assertThat(Previews.chunkOf("", 1_000_000)).isEqualTo((int) (0x811c9dc5L % 1_000_000));
        assertThat(Previews.chunkOf("a", Integer.MAX_VALUE)).isEqualTo((int) (0xe40c292cL % Integer.MAX_VALUE));
    }
}
