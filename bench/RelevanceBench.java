import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Search relevance, side by side: runs the queries of bench/relevance/queries.tsv through studysite's own
 * browser search engine (the site opened from disk) and through Pagefind's JS API (the Hugo build of the same
 * corpus served over http), both in headless Chromium with the cache off, and scores each engine's ranking of
 * notes: 2 when the expected note (or an alternate) is the first note listed, 1 when it is among the first 3.
 * A note's rank is the rank of its first section (studysite) or of its page (Pagefind).
 *
 * Per query and engine it also measures, from a fresh page, the milliseconds from loading the engine to the
 * first SHOWN results with their texts ("cold"), the same query again in that page ("warm"), and the bytes of
 * every file the engine loaded for the cold query, raw and gzipped as a static host sends them (files the
 * engine stores compressed, which gzip cannot shrink, count at their size).
 *
 *   java -cp "$(cat classpath.txt)" bench/RelevanceBench.java QUERIES.tsv OUT HTTP_BASE HTTP_LOG CORPUS...
 *
 * OUT/CORPUS/studysite is the studysite build, OUT/CORPUS/hugo/public the Hugo build with its pagefind/
 * folder, served at HTTP_BASE/CORPUS/hugo/public/ by bench/relevance/serve.py, which logs each request to
 * HTTP_LOG and forbids caching. Prints the tables; bench/relevance.sh writes them to
 * bench/out/relevance-results.txt.
 */
public class RelevanceBench {
    /** Results whose texts are loaded: as many as studysite's search box shows. */
    static final int SHOWN = 8;
    /** Sections (studysite) and pages (Pagefind) whose notes are looked up to rank the expected note. */
    static final int RANKED = 300, PAGES_RANKED = 30;

    record Query(String corpus, String kind, String text, List<String> accepted) {}

    /** One engine's answer to one query: distinct notes in rank order, timings and bytes. */
    record Run(List<String> notes, int hits, boolean truncated, double coldMs, double warmMs, int files, long raw, long gzip, String note) {
        int rankOf(List<String> accepted) {
            for (int i = 0; i < notes.size(); i++) {
                if (accepted.contains(notes.get(i))) return i + 1;
            }
            return 0;
        }

        int score(List<String> accepted) {
            int rank = rankOf(accepted);
            return rank == 1 ? 2 : rank >= 2 && rank <= 3 ? 1 : 0;
        }
    }

    public static void main(String[] args) throws Exception {
        Path queriesFile = Path.of(args[0]);
        Path out = Path.of(args[1]).toAbsolutePath();
        String http = args[2].replaceAll("/$", "");
        Path httpLog = Path.of(args[3]);
        List<String> corpora = List.of(args).subList(4, args.length);
        List<Query> queries = readQueries(queriesFile);

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--allow-file-access-from-files");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        StringBuilder summary = new StringBuilder();
        try {
            for (String corpus : corpora) {
                List<Query> mine = queries.stream().filter(q -> q.corpus().equals(corpus)).toList();
                if (mine.isEmpty()) continue;
                summary.append(runCorpus(driver, corpus, mine, out.resolve(corpus), http + "/" + corpus + "/hugo/public/", httpLog));
            }
        } finally {
            driver.quit();
        }
        System.out.println("## Totals\n");
        System.out.println("| corpus | queries | engine | score | best note first | in top 3 | cold ms (median) | warm ms (median) | KB raw / gzip per cold query (median) | search data |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        System.out.print(summary);
    }

    private static String runCorpus(ChromeDriver driver, String corpus, List<Query> queries, Path dir, String pagefindBase, Path httpLog) throws IOException {
        Path site = dir.resolve("studysite");
        Path pub = dir.resolve("hugo/public");
        Map<String, String> notesByPage = notesByPage(site);
        // A blank page beside the site, so that the site's own page scripts do not compete with the measurement.
        Path blank = dir.resolve("blank.html");
        Files.writeString(blank, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>bench</title></head><body></body></html>\n");
        System.out.printf(Locale.ROOT, "## %s: %d queries%n%n", corpus, queries.size());
        System.out.println("Ranks are of notes (1 = first); `-` = not in the results. Score: 2 = first, 1 = top 3.");
        System.out.println();
        System.out.println("| kind | query | expected | studysite rank (score) | studysite box | Pagefind rank (score) | studysite first note | Pagefind first note | studysite cold / warm ms | Pagefind cold / warm ms | studysite KB gzip | Pagefind KB gzip |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<Run> studysite = new ArrayList<>(), box = new ArrayList<>(), pagefind = new ArrayList<>();
        for (Query query : queries) {
            Run[] ss = studysite(driver, blank, site, notesByPage, query.text());
            Run pf = pagefind(driver, pagefindBase, pub, httpLog, query.text());
            studysite.add(ss[0]);
            box.add(ss[1]);
            pagefind.add(pf);
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %.0f / %.0f | %.0f / %.0f | %.1f | %.1f |%n",
                    query.kind(), query.text(), shortName(query.accepted().get(0)),
                    rank(ss[0], query), rank(ss[1], query), rank(pf, query),
                    firstNote(ss[0]), firstNote(pf), ss[0].coldMs(), ss[0].warmMs(), pf.coldMs(), pf.warmMs(),
                    ss[0].gzip() / 1024.0, pf.gzip() / 1024.0);
        }
        System.out.println();
        long ssData = folderBytes(site.resolve("_studysite/search"));
        long pfData = folderBytes(pub.resolve("pagefind"));
        return total(corpus, "studysite", queries, studysite, ssData)
                + total(corpus, "studysite (box, last word a prefix)", queries, box, ssData)
                + total(corpus, "Pagefind " + pagefindVersion(pub), queries, pagefind, pfData);
    }

    /** Submitted (the search page) and as typed in the search box (last word a prefix). */
    private static Run[] studysite(ChromeDriver driver, Path blank, Path site, Map<String, String> notesByPage, String query) throws IOException {
        driver.get(blank.toUri().toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> run = (Map<String, Object>) driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1], query = arguments[0], SHOWN = arguments[1], RANKED = arguments[2];
                var root = 'studysite/', engine;
                function add(src) { return new Promise(function (ok, fail) { var s = document.createElement('script');
                  s.src = src; s.onload = ok; s.onerror = fail; document.head.appendChild(s); }); }
                function docsOf(hits) {
                  if (hits.length && hits[0].doc === undefined) throw new Error('studysiteSearch.search hits have no doc id: update RelevanceBench');
                  return hits.map(function (h) { return h.doc; });
                }
                function once(typing) {
                  var t0 = performance.now(), result;
                  return studysiteSearch.search(query, {typing: typing, respell: true}).then(function (r) { result = r;
                    return studysiteSearch.docs(docsOf(r.hits.slice(0, SHOWN)));
                  }).then(function () { return {ms: performance.now() - t0, result: result}; });
                }
                function urls(result) {
                  return studysiteSearch.docs(docsOf(result.hits.slice(0, RANKED))).then(function (ds) { return ds.map(function (d) { return d.url; }); });
                }
                var t0 = performance.now(), cold, warm, files, typed;
                add(root + '_studysite/search-analyzer.js').then(function () { return add(root + '_studysite/search.js'); })
                  .then(function () { return studysiteSearch.configure(root); })
                  .then(function () { return once(false); })
                  .then(function (r) { cold = r; cold.ms = performance.now() - t0; files = studysiteSearch.loaded(); return once(false); })
                  .then(function (r) { warm = r; return once(true); })
                  .then(function (r) { typed = r; return urls(cold.result); })
                  .then(function (submittedUrls) { return urls(typed.result).then(function (typedUrls) {
                    done({cold: cold.ms, warm: warm.ms, hits: cold.result.hits.length, files: files, urls: submittedUrls,
                          typedUrls: typedUrls, typedHits: typed.result.hits.length, suggestion: cold.result.respelt ? 'showing ' + cold.result.query : (cold.result.suggestion || '')}); }); })
                  .catch(function (e) { done({error: String(e && e.stack || e)}); });
                """, query, SHOWN, RANKED);
        if (run.containsKey("error")) throw new IllegalStateException("studysite, " + query + ": " + run.get("error"));
        @SuppressWarnings("unchecked")
        List<String> shards = (List<String>) run.get("files");
        List<Path> loaded = new ArrayList<>(List.of(site.resolve("_studysite/search-analyzer.js"), site.resolve("_studysite/search.js")));
        shards.forEach(name -> loaded.add(site.resolve("_studysite/search/" + name + ".js")));
        long[] bytes = bytes(loaded);
        String suggestion = (String) run.get("suggestion");
        int hits = ((Number) run.get("hits")).intValue(), typedHits = ((Number) run.get("typedHits")).intValue();
        Run submitted = new Run(notes(run.get("urls"), notesByPage), hits, hits > RANKED, ms(run.get("cold")), ms(run.get("warm")),
                loaded.size(), bytes[0], bytes[1], suggestion.isEmpty() || suggestion.startsWith("showing ") ? suggestion : "did you mean " + suggestion);
        Run typed = new Run(notes(run.get("typedUrls"), notesByPage), typedHits, typedHits > RANKED, 0, 0, 0, 0, 0, "");
        return new Run[] {submitted, typed};
    }

    private static Run pagefind(ChromeDriver driver, String base, Path pub, Path httpLog, String query) throws IOException {
        driver.get(base + "blank.html");
        long before = Files.readAllLines(httpLog).size();
        @SuppressWarnings("unchecked")
        Map<String, Object> cold = (Map<String, Object>) driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1], query = arguments[0], SHOWN = arguments[1], base = arguments[2];
                var t0 = performance.now();
                import(base + 'pagefind/pagefind.js').then(function (module) { window.pagefind = module; return pagefind.init(); })
                  .then(function () { return pagefind.search(query); })
                  .then(function (r) { window.result = r; return Promise.all(r.results.slice(0, SHOWN).map(function (x) { return x.data(); })); })
                  .then(function () { done({ms: performance.now() - t0, hits: result.results.length}); })
                  .catch(function (e) { done({error: String(e && e.stack || e)}); });
                """, query, SHOWN, base);
        if (cold.containsKey("error")) throw new IllegalStateException("Pagefind, " + query + ": " + cold.get("error"));
        // Every file the cold query loaded, from the page or from Pagefind's worker: the server's log.
        List<String> requests = Files.readAllLines(httpLog);
        String prefix = base.replaceFirst("^https?://[^/]+", "");
        List<Path> loaded = new ArrayList<>();
        for (String line : requests.subList((int) before, requests.size())) {
            String path = line.substring(line.indexOf(' ') + 1).replaceAll("[?#].*", "");
            if (path.startsWith(prefix) && !path.endsWith("/blank.html")) loaded.add(pub.resolve(path.substring(prefix.length())));
        }
        long[] bytes = bytes(loaded);
        @SuppressWarnings("unchecked")
        Map<String, Object> rest = (Map<String, Object>) driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1], query = arguments[0], SHOWN = arguments[1], RANKED = arguments[2];
                var t0 = performance.now(), warm;
                pagefind.search(query)
                  .then(function (r) { return Promise.all(r.results.slice(0, SHOWN).map(function (x) { return x.data(); })); })
                  .then(function () { warm = performance.now() - t0;
                    return Promise.all(result.results.slice(0, RANKED).map(function (x) { return x.data(); })); })
                  .then(function (pages) {
                    done({warm: warm, urls: pages.map(function (p) { return p.url; })}); })
                  .catch(function (e) { done({error: String(e && e.stack || e)}); });
                """, query, SHOWN, PAGES_RANKED);
        if (rest.containsKey("error")) throw new IllegalStateException("Pagefind, " + query + ": " + rest.get("error"));
        List<String> notes = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) rest.get("urls");
        for (String url : urls) {
            String note = noteOfPage(pub, url.replaceFirst("^https?://[^/]+", "").replaceFirst("^" + Pattern.quote(prefix), "/"));
            if (!notes.contains(note)) notes.add(note);
        }
        int hits = ((Number) cold.get("hits")).intValue();
        return new Run(notes, hits, hits > notes.size(), ms(cold.get("ms")), ms(rest.get("warm")), new LinkedHashSet<>(loaded).size(), bytes[0], bytes[1], "");
    }

    /** The note a page of the Hugo site was made from: its bench-source meta (Hugo's index.md is the copy's _index.md). */
    private static String noteOfPage(Path pub, String url) throws IOException {
        String path = url.replaceAll("[?#].*", "").replaceFirst("^/", "");
        Path page = pub.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        Matcher m = Pattern.compile("<meta name=\"bench-source\" content=\"([^\"]*)\"").matcher(Files.exists(page) ? Files.readString(page) : "");
        return m.find() ? unescape(m.group(1)).replaceAll("(^|/)_index\\.md$", "$1index.md") : "?" + url;
    }

    /** Site pages by their path in the site, to the note each was made from (the page's "Source:" line). */
    private static Map<String, String> notesByPage(Path site) throws IOException {
        Pattern source = Pattern.compile("<p class=\"source[^\"]*\">Source: <code>([^<]*)</code>");
        Map<String, String> notes = new HashMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = source.matcher(Files.readString(page, StandardCharsets.UTF_8));
                if (m.find()) notes.put(site.relativize(page).toString().replace('\\', '/'), unescape(m.group(1)));
            }
        }
        if (notes.isEmpty()) throw new IllegalStateException(site + ": no page names its source note (<p class=\"source\">Source: <code>…</code>)");
        return notes;
    }

    private static List<String> notes(Object urls, Map<String, String> notesByPage) {
        List<String> notes = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> list = (List<String>) urls;
        for (String url : list) {
            String page = url.replaceAll("#.*", "");
            String note = notesByPage.getOrDefault(page, "?" + page);
            if (!notes.contains(note)) notes.add(note);
        }
        return notes;
    }

    private static String rank(Run run, Query query) {
        int rank = run.rankOf(query.accepted());
        String text = rank > 0 ? String.valueOf(rank) : run.truncated() ? ">" + run.notes().size() : "-";
        text += " (" + run.score(query.accepted()) + ")";
        if (run.hits() == 0) text += " 0 hits";
        if (!run.note().isEmpty()) text += ", " + run.note();
        return text;
    }

    private static String firstNote(Run run) {
        return run.notes().isEmpty() ? "–" : shortName(run.notes().get(0));
    }

    private static String shortName(String note) {
        return note.replaceFirst("^services/[^/]+/", "");
    }

    private static String total(String corpus, String engine, List<Query> queries, List<Run> runs, long dataBytes) {
        int score = 0, first = 0, top3 = 0;
        for (int i = 0; i < queries.size(); i++) {
            int s = runs.get(i).score(queries.get(i).accepted());
            score += s;
            if (s == 2) first++;
            if (s >= 1) top3++;
        }
        boolean measured = runs.get(0).files() > 0;
        return String.format(Locale.ROOT, "| %s | %d | %s | **%d** / %d | %d | %d | %s | %s | %s | %s |%n", corpus, queries.size(), engine, score,
                2 * queries.size(), first, top3,
                measured ? String.format(Locale.ROOT, "%.0f", median(runs.stream().map(Run::coldMs).toList())) : "",
                measured ? String.format(Locale.ROOT, "%.0f", median(runs.stream().map(Run::warmMs).toList())) : "",
                measured ? String.format(Locale.ROOT, "%.0f / %.0f", median(runs.stream().map(r -> r.raw() / 1024.0).toList()),
                        median(runs.stream().map(r -> r.gzip() / 1024.0).toList())) : "",
                measured ? String.format(Locale.ROOT, "%.2f MB", dataBytes / 1e6) : "");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static List<Query> readQueries(Path file) throws IOException {
        List<Query> queries = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            List<String> accepted = new ArrayList<>(List.of(cols[3]));
            if (cols.length > 4 && !cols[4].isBlank()) {
                for (String alt : cols[4].split(",")) accepted.add(alt.trim());
            }
            queries.add(new Query(cols[0], cols[1], cols[2], accepted));
        }
        return queries;
    }

    /** Raw bytes, and gzipped bytes (a file gzip cannot shrink, as Pagefind's compressed chunks, counts at its size). */
    private static long[] bytes(List<Path> files) throws IOException {
        long raw = 0, gzip = 0;
        Map<Path, Boolean> seen = new LinkedHashMap<>();
        for (Path file : files) {
            if (seen.put(file, true) != null) continue;
            byte[] bytes = Files.readAllBytes(file);
            raw += bytes.length;
            gzip += Math.min(bytes.length, gzipped(bytes));
        }
        return new long[] {raw, gzip};
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

    private static String pagefindVersion(Path pub) throws IOException {
        Matcher m = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"").matcher(Files.readString(pub.resolve("pagefind/pagefind-entry.json")));
        return m.find() ? m.group(1) : "";
    }

    private static double ms(Object value) {
        return ((Number) value).doubleValue();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
