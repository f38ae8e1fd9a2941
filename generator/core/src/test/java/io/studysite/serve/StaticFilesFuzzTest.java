package io.studysite.serve;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dev server's request paths, fuzzed: whatever the bytes of a request line, a path resolves to a regular file
 * inside the site folder or to nothing. A secret beside the site and a link out of it are there to be reached.
 * Seeds: {@code StaticFilesFuzzTestInputs/requestPathsStayInTheSite/}; a long run: {@code bench/fuzz.sh}.
 */
class StaticFilesFuzzTest {
    @TempDir
    static Path tmp;
    static Path site;
    static StaticFiles files;

    @BeforeAll
    static void site() throws IOException {
        site = TestVault.write(tmp.resolve("site"), "index.html", "<p>home</p>", "notes/a b.html", "<p>a</p>",
                "notes/index.html", "<p>notes</p>", "theme/site.css", "body{}");
        TestVault.write(tmp, "secret.txt", "SECRET", "site-other/page.html", "<p>neighbour</p>");
        Files.createSymbolicLink(site.resolve("out"), tmp.resolve("secret.txt"));
        files = new StaticFiles(site);
    }

    @FuzzTest
    void requestPathsStayInTheSite(byte[] request) throws IOException {
        // Request lines are ISO-8859-1 on the wire; the server hands the raw path over as such.
        String raw = new String(request, StandardCharsets.ISO_8859_1);
        Optional<Path> file = files.resolve(raw);
        if (file.isPresent()) {
            Path real = file.get();
            assertThat(real).startsWith(site.toRealPath());
            assertThat(real).isRegularFile();
            assertThat(Files.readString(real)).doesNotContain("SECRET", "neighbour");
        }
    }
}
