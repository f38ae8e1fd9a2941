package io.studysite.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The browser libraries a site may carry, read from their WebJars on the classpath (inside a jar or from a
 * folder), each once per JVM, and copied into the site's theme folder ({@code _studysite/}) only when some
 * published page needs them (see {@link PageNeeds}):
 * <ul>
 *   <li>{@value PageNeeds#MATH}: KaTeX ({@code org.webjars.npm:katex}) as {@code katex/katex.min.js},
 *       {@code katex.min.css} and the woff2 fonts (every browser that runs KaTeX reads woff2); the stylesheet's
 *       woff and ttf fallbacks are dropped so nothing points at a missing file;</li>
 *   <li>{@value PageNeeds#HIGHLIGHT}: highlight.js ({@code org.webjars:highlightjs}, the common-languages build) as
 *       {@code highlight/highlight.min.js} with a light and a dark stylesheet ({@code github.min.css},
 *       {@code github-dark.min.css});</li>
 *   <li>{@value PageNeeds#DIAGRAMS}: Mermaid ({@code org.webjars.npm:mermaid}) as {@code mermaid/mermaid.min.js},
 *       its UMD bundle, a classic script that needs no further file (the WebJar's source maps and ES modules
 *       stay behind).</li>
 * </ul>
 * All three are classic scripts, so they work from {@code file://}. Every site also carries d3's force layout
 * for the graph view ({@link #forceLayout()}).
 */
public final class BundledAssets {
    /** The folder under the theme folder that holds KaTeX. */
    public static final String KATEX = "katex";
    /** The folder under the theme folder that holds highlight.js. */
    public static final String HIGHLIGHT = "highlight";
    /** The folder under the theme folder that holds Mermaid. */
    public static final String MERMAID = "mermaid";
    /** The folder under the theme folder that holds d3's force layout and the three modules it uses. */
    public static final String D3 = "d3";

    private static final Pattern FONT_FALLBACKS = Pattern.compile(
            ",\\s*url\\(\\s*['\"]?fonts/[^)'\"]+\\.(?:woff|ttf)['\"]?\\s*\\)\\s*format\\(\\s*['\"](?:woff|truetype)['\"]\\s*\\)");

    /** A WebJar on the classpath: its Maven coordinates give the folder its files live in. */
    record WebJar(String groupId, String artifactId, String name) {
        String pomProperties() {
            return "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        }

        /** {@code META-INF/resources/webjars/<name>/<version>/} */
        String root(String version) {
            return "META-INF/resources/webjars/" + name + "/" + version + "/";
        }

        String coordinates() {
            return groupId + ":" + artifactId;
        }
    }

    static final WebJar KATEX_JAR = new WebJar("org.webjars.npm", "katex", "katex");
    static final WebJar HIGHLIGHT_JAR = new WebJar("org.webjars", "highlightjs", "highlightjs");
    static final WebJar MERMAID_JAR = new WebJar("org.webjars.npm", "mermaid", "mermaid");
    /** d3-force and its dependencies, in the order their UMD scripts must load (each extends the global {@code d3}). */
    static final List<WebJar> D3_JARS = List.of(
            new WebJar("org.webjars.npm", "d3-dispatch", "d3-dispatch"),
            new WebJar("org.webjars.npm", "d3-quadtree", "d3-quadtree"),
            new WebJar("org.webjars.npm", "d3-timer", "d3-timer"),
            new WebJar("org.webjars.npm", "d3-force", "d3-force"));

    private BundledAssets() {
    }

    /** The bundled KaTeX version, read from its WebJar. */
    public static String katexVersion() {
        return Katex.VERSION;
    }

    /** The bundled highlight.js version, read from its WebJar. */
    public static String highlightVersion() {
        return Highlight.VERSION;
    }

    /** The bundled Mermaid version, read from its WebJar. */
    public static String mermaidVersion() {
        return Mermaid.VERSION;
    }

    /**
     * KaTeX's files by their path under the theme folder ({@code katex/katex.min.js},
     * {@code katex/fonts/KaTeX_Main-Regular.woff2}, …), sorted. Read once per JVM.
     */
    public static Map<String, byte[]> katex() {
        return Katex.FILES;
    }

    /** highlight.js's files by their path under the theme folder ({@code highlight/highlight.min.js}, …). */
    public static Map<String, byte[]> highlight() {
        return Highlight.FILES;
    }

    /** Mermaid's one file by its path under the theme folder ({@code mermaid/mermaid.min.js}). */
    public static Map<String, byte[]> mermaid() {
        return Mermaid.FILES;
    }

    /**
     * d3's force layout for the graph view: {@code d3/d3-dispatch.min.js}, {@code d3/d3-quadtree.min.js},
     * {@code d3/d3-timer.min.js} and {@code d3/d3-force.min.js}, each a module's UMD {@code dist} build.
     */
    public static Map<String, byte[]> forceLayout() {
        return ForceLayout.FILES;
    }

    /** Every file the given needs ({@link PageNeeds}) call for, by path under the theme folder, sorted. */
    public static Map<String, byte[]> filesFor(Collection<String> needs) {
        Map<String, byte[]> files = new TreeMap<>();
        if (needs.contains(PageNeeds.MATH)) {
            files.putAll(katex());
        }
        if (needs.contains(PageNeeds.HIGHLIGHT)) {
            files.putAll(highlight());
        }
        if (needs.contains(PageNeeds.DIAGRAMS)) {
            files.putAll(mermaid());
        }
        return files;
    }

    // One holder per library, so a site with only code never reads the 3 MB Mermaid bundle.
    private static final class Katex {
        static final String VERSION = version(KATEX_JAR);
        static final Map<String, byte[]> FILES = readKatex(KATEX_JAR.root(VERSION) + "dist/");
    }

    private static final class Highlight {
        static final String VERSION = version(HIGHLIGHT_JAR);
        static final Map<String, byte[]> FILES = readHighlight(HIGHLIGHT_JAR.root(VERSION));
    }

    private static final class Mermaid {
        static final String VERSION = version(MERMAID_JAR);
        static final Map<String, byte[]> FILES = Collections.unmodifiableMap(new TreeMap<>(Map.of(
                MERMAID + "/mermaid.min.js", readAll(MERMAID_JAR, MERMAID_JAR.root(VERSION) + "dist/mermaid.min.js"))));
    }

    private static final class ForceLayout {
        static final Map<String, byte[]> FILES = readForceLayout();
    }

    private static Map<String, byte[]> readForceLayout() {
        Map<String, byte[]> files = new TreeMap<>();
        for (WebJar jar : D3_JARS) {
            String file = jar.name() + ".min.js";
            files.put(D3 + "/" + file, readAll(jar, jar.root(version(jar)) + "dist/" + file));
        }
        return Collections.unmodifiableMap(files);
    }

    private static Map<String, byte[]> readKatex(String dist) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(KATEX + "/katex.min.js", readAll(KATEX_JAR, dist + "katex.min.js"));
        String css = new String(readAll(KATEX_JAR, dist + "katex.min.css"), StandardCharsets.UTF_8);
        files.put(KATEX + "/katex.min.css", withoutFontFallbacks(css).getBytes(StandardCharsets.UTF_8));
        URL fonts = BundledAssets.class.getClassLoader().getResource(dist + "fonts/KaTeX_Main-Regular.woff2");
        if (fonts == null) {
            throw new IllegalStateException("KaTeX fonts are missing from the classpath: " + dist + "fonts/");
        }
        ClasspathFolder.open(fonts, file -> {
            Path folder = file.getParent();
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> p.getFileName().toString().endsWith(".woff2")).forEach(p -> {
                    try {
                        files.put(KATEX + "/fonts/" + p.getFileName(), Files.readAllBytes(p));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        });
        return Collections.unmodifiableMap(files);
    }

    private static Map<String, byte[]> readHighlight(String root) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(HIGHLIGHT + "/highlight.min.js", readAll(HIGHLIGHT_JAR, root + "highlight.min.js"));
        files.put(HIGHLIGHT + "/github.min.css", readAll(HIGHLIGHT_JAR, root + "styles/github.min.css"));
        files.put(HIGHLIGHT + "/github-dark.min.css", readAll(HIGHLIGHT_JAR, root + "styles/github-dark.min.css"));
        return Collections.unmodifiableMap(files);
    }

    /** Drops the woff and truetype {@code url()} after each woff2 one in KaTeX's {@code @font-face} rules. */
    static String withoutFontFallbacks(String css) {
        return FONT_FALLBACKS.matcher(css).replaceAll("");
    }

    static String version(WebJar jar) {
        try (InputStream in = resource(jar, jar.pomProperties())) {
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            if (version == null || version.isBlank()) {
                throw new IllegalStateException(jar.pomProperties() + " names no version");
            }
            return version.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(WebJar jar, String name) {
        InputStream in = BundledAssets.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(jar.name() + " is missing from the classpath: " + name
                    + " (dependency " + jar.coordinates() + ")");
        }
        return in;
    }

    private static byte[] readAll(WebJar jar, String name) {
        try (InputStream in = resource(jar, name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
