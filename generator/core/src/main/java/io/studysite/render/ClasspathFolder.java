package io.studysite.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a classpath resource as a {@link Path}, whether it lies in a folder (tests, IDE) or inside
 * a jar (the CLI, the Maven plugin): the bundled theme and the WebJars are read this way.
 */
final class ClasspathFolder {
    interface Action {
        void accept(Path path) throws IOException;
    }

    private ClasspathFolder() {}

    static void open(URL resource, Action action) {
        try {
            URI uri = resource.toURI();
            if (!uri.getScheme().equals("jar")) {
                action.accept(Path.of(uri));
                return;
            }
            FileSystem fs;
            boolean opened = false;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            try {
                action.accept(fs.provider().getPath(uri));
            } finally {
                if (opened) {
                    fs.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a bundled resource has an unreadable location: " + resource, e);
        }
    }
}
