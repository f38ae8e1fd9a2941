package io.studysite.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * KaTeX for pages with math, read from the {@code org.webjars.npm:katex} WebJar on the classpath (inside a
 * jar or from a folder) and copied into the site only when a published page holds math. The site gets
 * {@code _studysite/katex/katex.min.js}, {@code katex.min.css} and the woff2 fonts (every browser that runs
 * KaTeX reads woff2); the stylesheet's woff and ttf fallbacks are dropped so nothing points at a missing file.
 */
public final class KatexAssets {
    /** The folder under the site's theme folder ({@code _studysite/}) that holds KaTeX. */
    public static final String FOLDER = "katex";

    static final String WEBJAR = "META-INF/resources/webjars/katex/";
    static final String POM_PROPERTIES = "META-INF/maven/org.webjars.npm/katex/pom.properties";
    private static final Pattern FONT_FALLBACKS = Pattern.compile(
            ",\\s*url\\(\\s*['\"]?fonts/[^)'\"]+\\.(?:woff|ttf)['\"]?\\s*\\)\\s*format\\(\\s*['\"](?:woff|truetype)['\"]\\s*\\)");

    private KatexAssets() {
    }

    /** The bundled KaTeX version, read from the WebJar. */
    public static String version() {
        return Holder.VERSION;
    }

    /**
     * Every file to copy, by its path under the site's theme folder ({@code katex/katex.min.js},
     * {@code katex/fonts/KaTeX_Main-Regular.woff2}, …), sorted. Read once per JVM.
     */
    public static Map<String, byte[]> files() {
        return Holder.FILES;
    }

    private static final class Holder {
        static final String VERSION = readVersion();
        static final Map<String, byte[]> FILES = readFiles(VERSION);
    }

    private static String readVersion() {
        try (InputStream in = resource(POM_PROPERTIES)) {
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            if (version == null || version.isBlank()) {
                throw new IllegalStateException(POM_PROPERTIES + " names no version");
            }
            return version.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> readFiles(String version) {
        String dist = WEBJAR + version + "/dist/";
        Map<String, byte[]> files = new TreeMap<>();
        files.put(FOLDER + "/katex.min.js", readAll(dist + "katex.min.js"));
        String css = new String(readAll(dist + "katex.min.css"), StandardCharsets.UTF_8);
        files.put(FOLDER + "/katex.min.css", withoutFontFallbacks(css).getBytes(StandardCharsets.UTF_8));
        URL fonts = KatexAssets.class.getClassLoader().getResource(dist + "fonts/KaTeX_Main-Regular.woff2");
        if (fonts == null) {
            throw new IllegalStateException("KaTeX fonts are missing from the classpath: " + dist + "fonts/");
        }
        withFolder(fonts, folder -> {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> p.getFileName().toString().endsWith(".woff2")).forEach(p -> {
                    try {
                        files.put(FOLDER + "/fonts/" + p.getFileName(), Files.readAllBytes(p));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        });
        return Collections.unmodifiableMap(files);
    }

    /** Drops the woff and truetype {@code url()} after each woff2 one in the {@code @font-face} rules. */
    static String withoutFontFallbacks(String css) {
        return FONT_FALLBACKS.matcher(css).replaceAll("");
    }

    private static InputStream resource(String name) {
        InputStream in = KatexAssets.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("KaTeX is missing from the classpath: " + name
                    + " (dependency org.webjars.npm:katex)");
        }
        return in;
    }

    private static byte[] readAll(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface FolderAction {
        void accept(Path folder) throws IOException;
    }

    /** Runs the action on the folder holding the given file, whether it lies in a directory or in a jar. */
    private static void withFolder(URL file, FolderAction action) {
        try {
            URI uri = file.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                boolean opened = false;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                try {
                    action.accept(fs.provider().getPath(uri).getParent());
                } finally {
                    if (opened) {
                        fs.close();
                    }
                }
            } else {
                action.accept(Path.of(uri).getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("KaTeX has an unreadable location: " + file, e);
        }
    }
}
