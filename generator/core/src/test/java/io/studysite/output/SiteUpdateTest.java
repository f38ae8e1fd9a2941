package io.studysite.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteUpdateTest {
    @TempDir
    Path site;

    @Test
    void writesChangedFilesInPlaceLeavesEqualOnesAloneAndDeletes() throws IOException {
        Files.writeString(site.resolve("same.html"), "same");
        Files.writeString(site.resolve("old.html"), "old");
        Files.writeString(site.resolve("gone.html"), "gone");
        FileTime stamp = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(site.resolve("same.html"), stamp);

        SiteUpdate update = new SiteUpdate(site);
        update.write("same.html", "same");
        update.write("old.html", "new");
        update.write("deep/er/page.html", "fresh");
        update.delete("gone.html");
        update.delete("never-there.html");

        assertThat(Files.getLastModifiedTime(site.resolve("same.html"))).isEqualTo(stamp);
        assertThat(site.resolve("old.html")).hasContent("new");
        assertThat(site.resolve("deep/er/page.html")).hasContent("fresh");
        assertThat(site.resolve("gone.html")).doesNotExist();
        assertThat(update.changed()).containsExactly("old.html", "deep/er/page.html", "gone.html");
        assertThat(update.bytesWritten()).isEqualTo(8);
        // No temporary file is left beside the targets.
        try (Stream<Path> files = Files.walk(site)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "same.html", "old.html", "page.html");
        }
    }

    @Test
    void copiesAMissingFileOnlyAndNeverLeavesTheSite() throws IOException {
        Path image = Files.writeString(site.resolveSibling(site.getFileName() + "-image.png"), "png");
        SiteUpdate update = new SiteUpdate(site);
        update.copyIfMissing("img/a.png", image);
        Files.writeString(image, "changed");
        update.copyIfMissing("img/a.png", image);
        assertThat(site.resolve("img/a.png")).hasContent("png");
        assertThatThrownBy(() -> update.write("../escape.html", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> update.delete("")).isInstanceOf(IllegalArgumentException.class);
    }
}
