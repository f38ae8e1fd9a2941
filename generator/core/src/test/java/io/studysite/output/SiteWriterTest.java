package io.studysite.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir
    Path tmp;

    Path output;

    @BeforeEach
    void setUp() {
        output = tmp.resolve("site");
    }

    /** Everything under a folder, path → SHA-256, so two calls compare byte for byte. */
    private static Map<String, String> fingerprint(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                out.put(rel, Files.isDirectory(p) ? "dir" : sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void previousSite() throws IOException {
        Files.createDirectories(output.resolve("old/deep"));
        Files.writeString(output.resolve(OutputFolder.MARKER), "built by studysite\n");
        Files.writeString(output.resolve("index.html"), "<p>old home</p>");
        Files.writeString(output.resolve("old/deep/page.html"), "<p>old page</p>");
        Files.write(output.resolve("old/pic.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
    }

    @Test
    void nothingIsVisibleBeforeCommit() throws IOException {
        try (SiteWriter writer = SiteWriter.begin(output)) {
            writer.write("index.html", "<p>home</p>");
            writer.write("a/b/page.html", "<p>page</p>");
            assertThat(output).doesNotExist();
            assertThat(siblings()).hasSize(1).allSatisfy(name -> assertThat(name).startsWith(".site.new-"));
        }
    }

    @Test
    void commitPutsTheNewSiteInPlace() throws IOException {
        try (SiteWriter writer = SiteWriter.begin(output)) {
            writer.write("index.html", "<p>home</p>");
            writer.write("a/b/page.html", "<p>page</p>");
            writer.commit();
        }
        assertThat(output.resolve("index.html")).hasContent("<p>home</p>");
        assertThat(output.resolve("a/b/page.html")).hasContent("<p>page</p>");
        assertThat(output.resolve(OutputFolder.MARKER)).isRegularFile();
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void theCommittedSiteIsAcceptedByTheNextBuild() throws IOException {
        try (SiteWriter writer = SiteWriter.begin(output)) {
            writer.write("index.html", "x");
            writer.commit();
        }
        assertThat(OutputFolder.refusal(tmp.resolve("content"), output)).isEmpty();
    }

    @Test
    void previousSiteStaysUntilCommitThenIsReplacedWhole() throws IOException {
        previousSite();
        Map<String, String> before = fingerprint(output);
        try (SiteWriter writer = SiteWriter.begin(output)) {
            writer.write("index.html", "<p>new home</p>");
            writer.write("new/page.html", "<p>new page</p>");
            assertThat(fingerprint(output)).isEqualTo(before);
            writer.commit();
        }
        assertThat(output.resolve("index.html")).hasContent("<p>new home</p>");
        assertThat(output.resolve("new/page.html")).hasContent("<p>new page</p>");
        assertThat(output.resolve("old")).doesNotExist();
        assertThat(fingerprint(output).keySet()).containsExactlyInAnyOrder(
                "", "index.html", "new", "new/page.html", OutputFolder.MARKER);
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void closeWithoutCommitLeavesThePreviousSiteUntouched() throws IOException {
        previousSite();
        Map<String, String> before = fingerprint(output);
        try (SiteWriter writer = SiteWriter.begin(output)) {
            writer.write("index.html", "<p>half a site</p>");
            writer.write("old/deep/page.html", "<p>changed</p>");
            writer.copy("old/pic.png", new ByteArrayInputStream(new byte[] {9, 9}));
        }
        assertThat(fingerprint(output)).isEqualTo(before);
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void closeWithoutCommitAndWithoutAPreviousSiteLeavesNothing() throws IOException {
        try (SiteWriter writer = SiteWriter.begin(output)) {
            writer.write("index.html", "x");
        }
        assertThat(output).doesNotExist();
        assertThat(siblings()).isEmpty();
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouched() throws IOException {
        previousSite();
        Map<String, String> before = fingerprint(output);
        assertThatThrownBy(() -> {
            try (SiteWriter writer = SiteWriter.begin(output)) {
                writer.write("index.html", "<p>new</p>");
                throw new IllegalStateException("render failed");
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("render failed");
        assertThat(fingerprint(output)).isEqualTo(before);
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void closeAfterCommitKeepsTheSite() throws IOException {
        SiteWriter writer = SiteWriter.begin(output);
        writer.write("index.html", "x");
        writer.commit();
        writer.close();
        writer.close();
        assertThat(output.resolve("index.html")).hasContent("x");
    }

    @Test
    void anEmptyOutputFolderIsReplaced() throws IOException {
        Files.createDirectories(output);
        try (SiteWriter writer = SiteWriter.begin(output)) {
            writer.write("index.html", "x");
            writer.commit();
        }
        assertThat(output.resolve("index.html")).hasContent("x");
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void missingParentFoldersAreCreated() throws IOException {
        Path deep = tmp.resolve("a/b/site");
        try (SiteWriter writer = SiteWriter.begin(deep)) {
            writer.write("index.html", "x");
            writer.commit();
        }
        assertThat(deep.resolve("index.html")).hasContent("x");
    }

    @Test
    void aRelativeOutputPathWorks() throws IOException {
        Path relative = Path.of("").toAbsolutePath().relativize(output);
        try (SiteWriter writer = SiteWriter.begin(relative)) {
            writer.write("index.html", "x");
            writer.commit();
        }
        assertThat(output.resolve("index.html")).hasContent("x");
    }

    @Test
    void theSiteIsReadableByOthersLikeAnyNewFolder() throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        Assumptions.assumeTrue(view != null, "POSIX permissions only");
        Path reference = Files.createDirectory(tmp.resolve("reference"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
        Files.delete(reference);
        try (SiteWriter writer = SiteWriter.begin(output)) {
            writer.write("index.html", "x");
            writer.commit();
        }
        assertThat(Files.getPosixFilePermissions(output)).isEqualTo(expected);
    }

    @Test
    void pathsThatLeaveTheSiteAreRefused() {
        try (SiteWriter writer = SiteWriter.begin(output)) {
            for (String path : List.of("../x.html", "a/../../x.html", "../site/x.html", "/etc/x.html", "..")) {
                assertThatThrownBy(() -> writer.write(path, "x"))
                        .as(path)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("site path leaves the site: " + path);
            }
            assertThatThrownBy(() -> writer.copy("../x.png", new ByteArrayInputStream(new byte[1])))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> writer.copy("../x.png", tmp))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(writer.bytesWritten()).isZero();
        }
        assertThat(tmp.resolve("x.html")).doesNotExist();
        assertThat(tmp.resolve("x.png")).doesNotExist();
    }

    @Test
    void dotDotInsideTheSiteIsFine() throws IOException {
        try (SiteWriter writer = SiteWriter.begin(output)) {
            writer.write("a/../b/x.html", "x");
            writer.commit();
        }
        assertThat(output.resolve("b/x.html")).hasContent("x");
    }

    @Test
    void bytesWrittenCountsEveryByteOfTheContent() throws IOException {
        Path source = Files.write(tmp.resolve("source.bin"), new byte[] {1, 2, 3, 4, 5});
        try (SiteWriter writer = SiteWriter.begin(output)) {
            assertThat(writer.bytesWritten()).isZero();
            writer.write("a.html", "héllo"); // 6 bytes in UTF-8
            assertThat(writer.bytesWritten()).isEqualTo(6);
            writer.write("b.bin", new byte[10]);
            writer.copy("c.bin", new ByteArrayInputStream(new byte[7]));
            writer.copy("d.bin", source);
            writer.write("e.txt", "🚀"); // 4 bytes
            writer.write("empty", new byte[0]);
            assertThat(writer.bytesWritten()).isEqualTo(6 + 10 + 7 + 5 + 4);
            writer.commit();
        }
        assertThat(output.resolve("a.html")).hasBinaryContent("héllo".getBytes(StandardCharsets.UTF_8));
        assertThat(output.resolve("c.bin")).hasSize(7);
        assertThat(output.resolve("d.bin")).hasBinaryContent(new byte[] {1, 2, 3, 4, 5});
        assertThat(output.resolve("empty")).isEmptyFile();
    }

    @Test
    void writingTheSamePathAgainReplacesIt() throws IOException {
        try (SiteWriter writer = SiteWriter.begin(output)) {
            writer.write("a.html", "first");
            writer.write("a.html", "second");
            writer.copy("a.html", new ByteArrayInputStream("third".getBytes(StandardCharsets.UTF_8)));
            writer.commit();
        }
        assertThat(output.resolve("a.html")).hasContent("third");
    }

    @Test
    void copyClosesTheStream() {
        AtomicBoolean closed = new AtomicBoolean();
        try (SiteWriter writer = SiteWriter.begin(output)) {
            writer.copy("x.bin", new ByteArrayInputStream(new byte[3]) {
                @Override
                public void close() throws IOException {
                    closed.set(true);
                    super.close();
                }
            });
        }
        assertThat(closed).isTrue();
    }

    @Test
    void manyThreadsCanWriteAtOnce() throws IOException {
        try (SiteWriter writer = SiteWriter.begin(output)) {
            IntStream.range(0, 200).parallel()
                    .forEach(i -> writer.write("f" + (i % 7) + "/g" + (i % 3) + "/p" + i + ".html", "page " + i));
            assertThat(writer.bytesWritten()).isEqualTo(IntStream.range(0, 200).map(i -> ("page " + i).length()).sum());
            writer.commit();
        }
        try (Stream<Path> walk = Files.walk(output)) {
            assertThat(walk.filter(p -> p.toString().endsWith(".html")).count()).isEqualTo(200);
        }
    }

    @Test
    void secondBuildOverTheFirst() throws IOException {
        for (String version : List.of("one", "two")) {
            try (SiteWriter writer = SiteWriter.begin(output)) {
                writer.write(version + ".html", version);
                writer.commit();
            }
        }
        assertThat(output.resolve("two.html")).hasContent("two");
        assertThat(output.resolve("one.html")).doesNotExist();
        assertThat(siblings()).containsExactly("site");
    }
}
