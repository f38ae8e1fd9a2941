import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Measures the site search in headless Chromium, opened from disk as readers open it: per query the
 * milliseconds from the call to the first eight results (as many as the search box shows) with their texts, and the bytes of every file
 * search loaded for it (engine, analyzer, shards), raw and gzipped as a static host would send them.
 * Each query runs in a fresh page ("cold": only the engine and the manifest loaded, as when the
 * search box has been focused) and then again in the same page ("warm": its shards already loaded,
 * as when a reader keeps typing).
 *
 *   java -cp "$(cat classpath.txt)" bench/SearchBench.java SITE_FOLDER "query one" "query two" ...
 *
 * The classpath is Selenium's: run.sh takes it from generator/core's test classpath.
 */
public class SearchBench {
    /** Results whose texts are loaded, as the search box shows them. */
    static final int SHOWN = 8;

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        List<String> queries = List.of(args).subList(1, args.length);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        long shardFiles;
        try (Stream<Path> files = Files.list(site.resolve("_studysite/search"))) {
            shardFiles = files.count();
        }
        System.out.printf("site %s: %d search files, %.1f MB%n", site, shardFiles, folderBytes(site.resolve("_studysite/search")) / 1e6);
        System.out.println("| query | words | hits | cold ms (ranked) | load-only ms | warm ms | files | KB loaded | KB gzip |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        try {
            for (String query : queries) {
                driver.get(site.resolve("index.html").toUri().toString());
                @SuppressWarnings("unchecked")
                Map<String, Object> run = (Map<String, Object>) driver.executeAsyncScript("""
                        var done = arguments[arguments.length - 1], query = arguments[0], SHOWN = arguments[1];
                        function add(src) { return new Promise(function (ok, fail) { var s = document.createElement('script');
                          s.src = src; s.onload = ok; s.onerror = fail; document.head.appendChild(s); }); }
                        function once() {
                          var t0 = performance.now();
                          return studysiteSearch.search(query, {typing: false}).then(function (r) {
                            var ranked = performance.now() - t0;
                            return studysiteSearch.docs(r.hits.slice(0, SHOWN).map(function (h) { return h.doc; })).then(function () {
                              return {ms: performance.now() - t0, ranked: ranked, hits: r.hits.length};
                            });
                          });
                        }
                        add('_studysite/search-analyzer.js').then(function () { return add('_studysite/search.js'); })
                          .then(function () { return studysiteSearch.configure(''); }).then(once)
                          .then(function (cold) { return once().then(function (warm) {
                            done({cold: cold.ms, ranked: cold.ranked, warm: warm.ms, hits: cold.hits, files: studysiteSearch.loaded()}); }); })
                          .catch(function (e) { done({error: String(e)}); });
                        """, query, SHOWN);
                if (run.containsKey("error")) {
                    throw new IllegalStateException(query + ": " + run.get("error"));
                }
                @SuppressWarnings("unchecked")
                List<String> shards = (List<String>) run.get("files");
                List<Path> loaded = new ArrayList<>(List.of(site.resolve("_studysite/search-analyzer.js"), site.resolve("_studysite/search.js"),
                        site.resolve("_studysite/search-ui.js")));
                shards.forEach(name -> loaded.add(site.resolve("_studysite/search/" + name + ".js")));
                long raw = 0, gzip = 0;
                for (Path file : loaded) {
                    byte[] bytes = Files.readAllBytes(file);
                    raw += bytes.length;
                    gzip += gzipped(bytes);
                }
                System.out.printf("| %s | %d | %s | %.1f (%.1f) | %.1f | %.1f | %d | %.1f | %.1f |%n", query, query.split("\\s+").length,
                        run.get("hits"), ((Number) run.get("cold")).doubleValue(), ((Number) run.get("ranked")).doubleValue(),
                        loadOnly(driver, site, shards),
                        ((Number) run.get("warm")).doubleValue(),
                        loaded.size(), raw / 1024.0, gzip / 1024.0);
                if (System.getenv("SEARCH_BENCH_FILES") != null) {
                    System.out.println("  loaded: " + String.join(" ", shards));
                }
            }
        } finally {
            driver.quit();
        }
    }

    /**
     * Milliseconds a fresh page takes just to load the shards a query loaded (term and facet chunks, then
     * doc chunks, each group in parallel as the engine loads them) without decoding or scoring anything:
     * the part of the cold time that is Chromium reading files from disk, one script at a time.
     */
    private static double loadOnly(ChromeDriver driver, Path site, List<String> shards) {
        driver.get(site.resolve("index.html").toUri().toString());
        List<String> first = shards.stream().filter(name -> !name.equals("manifest") && !name.startsWith("docs-")).toList();
        List<String> docs = shards.stream().filter(name -> name.startsWith("docs-")).toList();
        Number ms = (Number) driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1], first = arguments[0], docs = arguments[1];
                window.studysiteSearch = {receive: function () {}};
                function add(name) { return new Promise(function (ok, fail) { var s = document.createElement('script');
                  s.src = '_studysite/search/' + name + '.js'; s.onload = ok; s.onerror = fail; document.head.appendChild(s); }); }
                var t0 = performance.now();
                Promise.all(first.map(add)).then(function () { return Promise.all(docs.map(add)); })
                  .then(function () { done(performance.now() - t0); });
                """, first, docs);
        return ms.doubleValue();
    }

    private static long gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
