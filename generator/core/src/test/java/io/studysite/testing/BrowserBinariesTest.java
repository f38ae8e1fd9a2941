package io.studysite.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BrowserBinariesTest {
    @TempDir
    Path dir;

    private Path executable(String name) throws IOException {
        Path file = Files.createDirectories(dir.resolve("bin")).resolve(name);
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void findsTheBrowserAndDriverOnThePath() throws IOException {
        Path chrome = executable("google-chrome");
        Path driver = executable("chromedriver");
        BrowserBinaries found = new BrowserBinaries(Map.of("PATH", "/nonexistent:" + dir.resolve("bin")));
        assertEquals(Optional.of(chrome), found.browser());
        assertEquals(Optional.of(driver), found.driver());
    }

    @Test
    void aNamedBinaryWinsAndAMissingOneIsNotReplacedByAGuess() throws IOException {
        Path named = executable("my-chromium");
        executable("chromium");
        Map<String, String> env = Map.of("PATH", dir.resolve("bin").toString(),
                "STUDYSITE_CHROMIUM", named.toString(), "STUDYSITE_CHROMEDRIVER", dir.resolve("missing").toString());
        assertEquals(Optional.of(named), new BrowserBinaries(env).browser());
        assertEquals(Optional.empty(), new BrowserBinaries(env).driver());
    }

    @Test
    void aFileThatIsNotExecutableIsNotABrowser() throws IOException {
        Files.createDirectories(dir.resolve("bin"));
        Files.writeString(dir.resolve("bin/chromium"), "not a program");
        BrowserBinaries found = new BrowserBinaries(Map.of("PATH", dir.resolve("bin").toString()));
        assertEquals(Optional.empty(), found.browser().filter(p -> p.startsWith(dir)));
    }
}
