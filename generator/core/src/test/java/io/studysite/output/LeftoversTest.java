package io.studysite.output;

import io.studysite.BuildResult;
import io.studysite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The next build clears what a killed one left beside the site, and nothing else. */
class LeftoversTest {
    @TempDir
    Path tmp;

    @Test
    void aBuildRemovesTheFoldersOfAKilledBuildAndNothingElse() throws Exception {
        long dead = deadPid();
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        String[] leftovers = {".site.new-" + dead + "-4711", ".site.old-" + dead + "-4711",
                "..site.search-index.new-" + dead + "-12", "..site.search-index.old-" + dead + "-12",
                ".site.new-1150409152418774304", "..site.search-index.new-9223372036854775807"};
        String[] kept = {".site.new-" + alive + "-1", "..site.search-index.new-" + alive + "-2", ".site.new-abc",
                ".site.newer-1", ".site.new-1.bak", ".other.new-" + dead + "-1", "site.new-1", ".site.new-", ".Site.new-1"};
        for (String name : leftovers) {
            Files.createDirectories(tmp.resolve(name).resolve("sub"));
            Files.writeString(tmp.resolve(name).resolve("sub/page.html"), "half written");
        }
        for (String name : kept) {
            Files.createDirectories(tmp.resolve(name));
        }
        Files.writeString(tmp.resolve(".site.new-" + dead + "-5"), "a file, not a folder studysite made");

        BuildResult result = TestSite.build(tmp, "Note.md", "# Note\n");

        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    Stream.concat(Stream.of(kept), Stream.of("vault", "site", ".site.search-index",
                            ".site.new-" + dead + "-5")).toArray(String[]::new));
        }
    }

    @Test
    void aSiteSetAsideByAKilledSwapIsPutBack() throws Exception {
        long dead = deadPid();
        Path site = tmp.resolve("site");
        Path previous = Files.createDirectories(tmp.resolve(".site.old-" + dead + "-8"));
        Files.writeString(previous.resolve("index.html"), "previous site");
        Files.createDirectories(tmp.resolve(".site.new-" + dead + "-8"));

        Path staged = FolderSwap.stage(site);

        assertThat(site.resolve("index.html")).hasContent("previous site");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).containsExactlyInAnyOrder(site, staged);
        }
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
