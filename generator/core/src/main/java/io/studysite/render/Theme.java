package io.studysite.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.studysite.diag.Diagnostic;
import io.studysite.diag.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A theme in layers, as Hugo does it: a user's theme folder overrides any template or static file
 * one at a time, and the default theme bundled in this jar fills in the rest. A theme folder holds
 * {@code templates/*.peb} and {@code static/**}.
 */
public final class Theme {
    static final String BUNDLED = "studysite/theme/";

    private final Optional<Path> userFolder;

    public Theme(Optional<Path> userFolder) {
        this.userFolder = userFolder.map(p -> p.toAbsolutePath().normalize());
    }

    /** The template engine: autoescape on, templates from the user's folder first. Built once per build. */
    public PebbleEngine engine() {
        List<Loader<?>> loaders = new ArrayList<>();
        userFolder.map(f -> f.resolve("templates")).filter(Files::isDirectory).ifPresent(dir -> {
            FileLoader user = new FileLoader(dir.toString());
            user.setPrefix(dir.toString());
            loaders.add(user);
        });
        ClasspathLoader bundled = new ClasspathLoader(Theme.class.getClassLoader());
        bundled.setPrefix(BUNDLED + "templates");
        loaders.add(bundled);
        return new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .build();
    }

    /** A template that failed to compile or render, as a diagnostic at its file in the user's theme when it is one. */
    public Diagnostic templateError(PebbleException e) {
        String name = e.getFileName() == null ? "template" : e.getFileName();
        Path file = userFolder.map(t -> t.resolve("templates").resolve(name)).filter(Files::exists).orElse(Path.of(name));
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        return new Diagnostic(file, line, line > 0 ? 1 : 0, Severity.ERROR, "template-error",
                e.getPebbleMessage() == null ? String.valueOf(e.getMessage()) : e.getPebbleMessage(), null);
    }

    /** A static file to copy into the site's {@code _studysite/} folder. */
    public interface StaticFile {
        InputStream open() throws IOException;
    }

    /** Every static file of the theme by its path under {@code static/}, user files over bundled ones, sorted. */
    public Map<String, StaticFile> staticFiles() {
        Map<String, StaticFile> files = new TreeMap<>();
        URL bundled = Theme.class.getClassLoader().getResource(BUNDLED + "static");
        if (bundled != null) {
            ClasspathFolder.open(bundled, root -> collect(root, files));
        }
        userFolder.map(f -> f.resolve("static")).filter(Files::isDirectory).ifPresent(root -> collect(root, files));
        return files;
    }

    private static void collect(Path root, Map<String, StaticFile> into) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                String relative = root.relativize(p).toString().replace('\\', '/');
                if (!relative.startsWith(".") && !relative.contains("/.")) {
                    byte[] bytes = read(p);
                    into.put(relative, () -> new java.io.ByteArrayInputStream(bytes));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
