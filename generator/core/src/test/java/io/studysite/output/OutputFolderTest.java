package io.studysite.output;

import io.studysite.testing.TestVault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path tmp;

    Path content;

    @BeforeEach
    void setUp() throws IOException {
        content = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(content.resolve("Note.md"), "# Note\n");
    }

    private Optional<String> refusal(Path output) {
        return OutputFolder.refusal(content, output);
    }

    @Test
    void theContentFolderItself() {
        assertThat(refusal(content))
                .contains("the output folder " + content + " is the content folder; choose another, e.g. site/");
    }

    @Test
    void theContentFolderSpelledWithDotDot() {
        Path output = content.resolve("sub").resolve("..");
        assertThat(refusal(output)).hasValueSatisfying(m -> assertThat(m).contains("is the content folder"));
        assertThat(refusal(tmp.resolve("other/../notes/."))).hasValueSatisfying(m -> assertThat(m).contains("is the content folder"));
    }

    @Test
    void theContentFolderSpelledRelatively() {
        Path relative = Path.of("").toAbsolutePath().relativize(content);
        assertThat(OutputFolder.refusal(relative, content)).hasValueSatisfying(m -> assertThat(m).contains("is the content folder"));
    }

    @Test
    void aFolderThatContainsTheContent() {
        assertThat(refusal(tmp)).contains("the output folder " + tmp + " contains the content folder " + content
                + "; replacing it would delete your notes");
    }

    @Test
    void anAncestorFurtherUpContainsTheContentToo() {
        assertThat(refusal(tmp.getParent())).hasValueSatisfying(m -> assertThat(m).contains("contains the content folder"));
    }

    @Test
    void aFolderInsideTheContent() {
        Path output = content.resolve("site");
        assertThat(refusal(output)).contains("the output folder " + output + " lies inside the content folder "
                + content + "; the site would be read back as notes. Choose a folder outside it");
    }

    @Test
    void aMissingFolderDeepInsideTheContent() {
        assertThat(refusal(content.resolve("a/b/c"))).hasValueSatisfying(m -> assertThat(m).contains("lies inside the content folder"));
    }

    @Test
    void insideTheContentViaDotDot() {
        Path output = tmp.resolve("elsewhere/../notes/site");
        assertThat(refusal(output)).hasValueSatisfying(m -> assertThat(m).contains("lies inside the content folder"));
    }

    @Test
    void aSymbolicLinkToTheContentFolder() throws IOException {
        Path link = TestVault.symlink(tmp.resolve("link"), content);
        assertThat(refusal(link)).hasValueSatisfying(m -> assertThat(m).contains("is the content folder"));
    }

    @Test
    void insideTheContentViaASymbolicLink() throws IOException {
        Path link = TestVault.symlink(tmp.resolve("link"), content);
        assertThat(refusal(link.resolve("site"))).hasValueSatisfying(m -> assertThat(m).contains("lies inside the content folder"));
    }

    @Test
    void contentReachedThroughASymbolicLinkIsStillContained() throws IOException {
        Path link = TestVault.symlink(tmp.resolve("link"), content);
        assertThat(OutputFolder.refusal(link, tmp)).hasValueSatisfying(m -> assertThat(m).contains("contains the content folder"));
        assertThat(OutputFolder.refusal(link, content.resolve("site")))
                .hasValueSatisfying(m -> assertThat(m).contains("lies inside the content folder"));
    }

    @Test
    void aSymbolicLinkThatPointsIntoTheContentFromAMissingPath() throws IOException {
        Path link = TestVault.symlink(tmp.resolve("link"), content);
        assertThat(refusal(link.resolve("not/yet/there"))).hasValueSatisfying(m -> assertThat(m).contains("lies inside"));
    }

    @Test
    void aNonEmptyFolderStudysiteDidNotBuild() throws IOException {
        Path output = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(output.resolve("important.txt"), "keep me");
        assertThat(refusal(output)).contains("the output folder " + output + " is not empty and was not built by"
                + " studysite; it would be replaced whole. Empty it or choose another folder");
    }

    @Test
    void aFolderHoldingOnlyHiddenFilesIsNotEmpty() throws IOException {
        Path output = Files.createDirectories(tmp.resolve("docs"));
        Files.createDirectories(output.resolve(".git"));
        assertThat(refusal(output)).hasValueSatisfying(m -> assertThat(m).contains("is not empty and was not built by studysite"));
    }

    @Test
    void aFileIsNotAFolder() throws IOException {
        Path output = Files.writeString(tmp.resolve("site"), "a file");
        assertThat(refusal(output)).contains("the output path " + output + " is a file, not a folder");
    }

    @Test
    void anEmptyFolderIsFine() throws IOException {
        assertThat(refusal(Files.createDirectories(tmp.resolve("site")))).isEmpty();
    }

    @Test
    void aMissingFolderIsFine() {
        assertThat(refusal(tmp.resolve("site"))).isEmpty();
        assertThat(refusal(tmp.resolve("out/deeper/site"))).isEmpty();
    }

    @Test
    void aSiblingWhoseNameStartsLikeTheContentIsFine() {
        assertThat(refusal(tmp.resolve("notes-site"))).isEmpty();
        assertThat(refusal(tmp.resolve("notes2"))).isEmpty();
    }

    @Test
    void aPreviousStudysiteSiteIsFine() throws IOException {
        Path output = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(output.resolve(OutputFolder.MARKER), "built by studysite\n");
        Files.writeString(output.resolve("index.html"), "<html></html>");
        Files.createDirectories(output.resolve("folder"));
        assertThat(refusal(output)).isEmpty();
    }

    @Test
    void theMarkerMustBeInTheFolderItself() throws IOException {
        Path output = Files.createDirectories(tmp.resolve("site"));
        Files.createDirectories(output.resolve("sub"));
        Files.writeString(output.resolve("sub").resolve(OutputFolder.MARKER), "x");
        assertThat(refusal(output)).hasValueSatisfying(m -> assertThat(m).contains("was not built by studysite"));
    }

    @Test
    void aSymbolicLinkToAnEmptyFolderElsewhereIsFine() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real-site"));
        Path link = TestVault.symlink(tmp.resolve("site-link"), real);
        assertThat(refusal(link)).isEmpty();
    }

    @Test
    void refusalNamesThePathsAsGiven() {
        Path output = content.resolve("sub").resolve("..").resolve("out");
        assertThat(refusal(output)).hasValueSatisfying(m -> assertThat(m).startsWith("the output folder " + output + " "));
    }
}
