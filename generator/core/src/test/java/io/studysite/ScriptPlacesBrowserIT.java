package io.studysite;

import io.studysite.testing.Browser;
import io.studysite.testing.BrowserSession;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script payloads in every place a note's text reaches a page other than its body (which UnsafeHtmlBrowserIT covers):
 * file and folder names, front matter, titles, tags, headings, wikilink labels, callout titles, footnotes, embeds,
 * link targets in every spelling, kramdown attributes, Mermaid, KaTeX, a vault's own service catalog, and .html,
 * .svg and .xml attachments. Payload {@code n} would set {@code window.__pwned = n}. Every page of the site, and every
 * attachment opened as a page, is loaded in Chromium, each element hovered, focused and clicked, links previewed,
 * the search box and page filled in; no payload may run anywhere.
 */
class ScriptPlacesBrowserIT {
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    static Browser browser;
    static Path site;

    /** Each payload by its number, and the place it is written in. */
    static final Map<Integer, String> PLACES = new TreeMap<>();

    static {
        PLACES.put(1, "note file name <img onerror>");
        PLACES.put(2, "folder name <img onerror>");
        PLACES.put(3, "note file name with \" and a handler");
        PLACES.put(4, "note file name with ' and a handler");
        PLACES.put(11, "alias <img onerror>");
        PLACES.put(12, "alias with \" and a handler");
        PLACES.put(13, "front-matter tag <img onerror>");
        PLACES.put(14, "front-matter tag with \" and a handler");
        PLACES.put(15, "description (meta, og:description) breaking out of the attribute");
        PLACES.put(16, "property URL with \" and a handler");
        PLACES.put(17, "property wikilink label <img onerror>");
        PLACES.put(18, "property value javascript:");
        PLACES.put(19, "cssclasses with \" and a handler");
        PLACES.put(20, "property value </script><script>");
        PLACES.put(21, "title </script><img onerror> (tree, graph and preview data)");
        PLACES.put(22, "title <img onerror> (page <title>, og:title, headings, listings)");
        PLACES.put(23, "permalink javascript:");
        PLACES.put(30, "heading with raw <img onerror> (TOC, previews, search)");
        PLACES.put(37, "embed alt text with \" and a handler");
        PLACES.put(31, "heading with <img onerror> as code (TOC, previews, search, embeds)");
        PLACES.put(32, "wikilink display text <img onerror>");
        PLACES.put(33, "wikilink display text <img onerror> as code");
        PLACES.put(34, "callout title <img onerror>");
        PLACES.put(35, "callout title <img onerror> as code");
        PLACES.put(36, "callout type breaking out of the attribute");
        PLACES.put(38, "footnote text <img onerror>");
        PLACES.put(39, "inline footnote <img onerror>");
        PLACES.put(40, "link [x](JaVaScRiPt:…)");
        PLACES.put(41, "link [x](javascript&#58;…)");
        PLACES.put(42, "link [x](<java\\tscript:…>)");
        PLACES.put(43, "link [x](data:text/html,…)");
        PLACES.put(44, "link [x](&#106;avascript:…)");
        PLACES.put(45, "link [x](&#x6A;avascript:…)");
        PLACES.put(46, "link [x](javascript%3A…)");
        PLACES.put(47, "link [x](vbscript:…)");
        PLACES.put(48, "link [x](javascript:… \"title\")");
        PLACES.put(49, "link [x](javascript&colon;…)");
        PLACES.put(66, "link [x](java&#9;script:…)");
        PLACES.put(67, "link [x](&#x20;javascript:…)");
        PLACES.put(50, "wikilink [[javascript:…]]");
        PLACES.put(51, "wikilink [[javascript:…|alias]]");
        PLACES.put(52, "kramdown {: onfocus=…}");
        PLACES.put(53, "kramdown {: href=\"javascript:…\"}");
        PLACES.put(54, "kramdown {: href=\"jav&#x09;ascript:…\"}");
        PLACES.put(55, "kramdown {: href=\"&#106;avascript:…\"}");
        PLACES.put(56, "kramdown {: HREF=\"javascript:…\"}");
        PLACES.put(57, "kramdown {: ONCLICK=…}");
        PLACES.put(58, "kramdown {: formaction=\"javascript:…\"}");
        PLACES.put(59, "reference link [x][r] with [r]: &#x6a;avascript:…");
        PLACES.put(60, "Mermaid label <img onerror>");
        PLACES.put(61, "Mermaid label <a href=javascript:>");
        PLACES.put(62, "Mermaid click … \"javascript:…\"");
        PLACES.put(63, "Mermaid %%{init: securityLevel loose}%% label <img onerror>");
        PLACES.put(64, "Mermaid %%{init: securityLevel loose}%% click javascript:");
        PLACES.put(65, "Mermaid click … call");
        PLACES.put(70, "KaTeX \\href{javascript:…}");
        PLACES.put(71, "KaTeX \\url{javascript:…}");
        PLACES.put(72, "KaTeX \\htmlData / \\htmlClass");
        PLACES.put(80, "code block language breaking out of the class");
        PLACES.put(81, "escaped &lt;img onerror&gt; text (descriptions, previews, search)");
        PLACES.put(82, "service section text <img onerror> as code (service page, mentions)");
        PLACES.put(83, "service section raw <img onerror> (service page)");
        PLACES.put(90, "vault catalog service name <img onerror>");
        PLACES.put(91, "vault catalog category <img onerror>");
        PLACES.put(92, "site title <img onerror> (studysite.yml)");
        PLACES.put(93, "embedded section heading <img onerror> as code");
        PLACES.put(100, ".svg attachment onload, embedded and linked");
        PLACES.put(101, ".svg attachment <script>, embedded and linked");
        PLACES.put(102, ".html attachment <script>");
        PLACES.put(103, ".html attachment <img onerror>");
        PLACES.put(104, ".xml attachment with an XHTML <script>");
        PLACES.put(105, ".xhtml attachment <script>");
        PLACES.put(106, ".svg attachment <a xlink:href=javascript:>");
        PLACES.put(107, ".svg attachment <foreignObject> <img onerror>");
        PLACES.put(108, ".svg attachment <animate> setting href to javascript:");
        PLACES.put(109, ".html attachment javascript: link");
    }

    static final String[] VAULT = {
            "Plain.md", """
            A control note. See [[<img src=x onerror=window.__pwned=1>]], [[Props]], [[Body]], [[Jekyll]], [[Svc]],
            [[a" onmouseover="window.__pwned=3" b]], [[a' onmouseover='window.__pwned=4' b]], [[Inner]], [[Script title]], [[Html title]], [[Permalink]].

            ![[Body#`<img src=x onerror=window.__pwned=93>` embedded]]

            Attachments: ![[evil.svg|" onerror="window.__pwned=37]] [[evil.svg]] [svg](evil.svg) ![img](evil.svg) <img src="evil.svg">
            [[evil.html]] ![[evil.html]] [html](evil.html) <a href="evil.html">raw</a> [[evil.xml]] [[evil.xhtml]]
            """,
            "<img src=x onerror=window.__pwned=1>.md", "## S3\nS3, a note named with markup.\n",
            "<img src=y onerror=window.__pwned=2>/Inner.md", "In a folder named with markup. [[Plain]]\n",
            "a\" onmouseover=\"window.__pwned=3\" b.md", "Quotes in the name. [[Plain]]\n",
            "a' onmouseover='window.__pwned=4' b.md", "Quotes in the name. [[Plain]]\n",
            "Script title.md", """
            ---
            title: "</script><img src=x onerror=window.__pwned=21>"
            ---
            Links to [[Plain]].
            """,
            "Html title.md", """
            ---
            title: "<img src=x onerror=window.__pwned=22>"
            tags: [markup]
            ---
            Links to [[Plain]] and [[Script title]].
            """,
            "Permalink.md", """
            ---
            permalink: "javascript:window.__pwned=23"
            ---
            An address that is a script. [[Plain]]
            """,
            "Props.md", """
            ---
            aliases: ["<img src=x onerror=window.__pwned=11>", "\\" onmouseover=\\"window.__pwned=12"]
            tags: ["<img src=x onerror=window.__pwned=13>", "t\\"onmouseover=\\"window.__pwned=14"]
            description: "\\"><img src=x onerror=window.__pwned=15>"
            source: "https://example.com/\\"onmouseover=\\"window.__pwned=16"
            related: "[[Plain|<img src=x onerror=window.__pwned=17>]]"
            link: "javascript:window.__pwned=18"
            cssclasses: ["x\\" onmouseover=\\"window.__pwned=19"]
            other: "</script><script>window.__pwned=20</script>"
            ---
            Props body links [[Plain]] and [[<img src=x onerror=window.__pwned=11>|by alias]].
            """,
            "Body.md", """
            ## `<img src=x onerror=window.__pwned=31>` code heading

            [[Plain|<img src=x onerror=window.__pwned=32>]] and [[Plain|`<img src=x onerror=window.__pwned=33>`]]

            > [!note] <img src=x onerror=window.__pwned=34>
            > callout

            > [!note] `<img src=x onerror=window.__pwned=35>`
            > callout

            > [!"><img src=x onerror=window.__pwned=36>]
            > callout

            Footnote[^1] and inline ^[<img src=x onerror=window.__pwned=39>].

            [^1]: A footnote <img src=x onerror=window.__pwned=38>

            [a](JaVaScRiPt:window.__pwned=40) [b](javascript&#58;window.__pwned=41) [c](<java\tscript:window.__pwned=42>)
            [d](data:text/html,<script>parent.__pwned=43</script>) [f](&#106;avascript:window.__pwned=44)
            [g](&#x6A;avascript:window.__pwned=45) [h](javascript%3Awindow.__pwned=46) [k](javascript:window.__pwned=48 "t")
            [m](javascript&colon;window.__pwned=49) [n](vbscript:window.__pwned=47) [ref][r]
            [o](java&#9;script:window.__pwned=66) [p](&#x20;javascript:window.__pwned=67)

            ## Raw <img src=x onerror=window.__pwned=30> heading

            [r]: &#x6a;avascript:window.__pwned=59

            [[javascript:window.__pwned=50]] [[javascript:window.__pwned=51|click]]

            ```mermaid
            graph TD
              A["<img src=x onerror=window.__pwned=60>"] --> B["<a href='javascript:window.__pwned=61'>b</a>"]
              click A "javascript:window.__pwned=62"
              click B call eval("window.__pwned=65")
            ```

            ```mermaid
            %%{init: {"securityLevel": "loose", "flowchart": {"htmlLabels": true}}}%%
            graph TD
              C["<img src=x onerror=window.__pwned=63>"] --> D
              click C "javascript:window.__pwned=64"
            ```

            $\\href{javascript:window.__pwned=70}{click}$ $\\url{javascript:window.__pwned=71}$ $\\htmlData{onclick=window.__pwned=72}{y}$ $\\htmlClass{x}{y}$

            ```"><img src=x onerror=window.__pwned=80>
            code
            ```

            &lt;img src=x onerror=window.__pwned=81&gt;

            ## `<img src=x onerror=window.__pwned=93>` embedded

            A section embedded elsewhere.
            """,
            "Jekyll.md", """
            ---
            title: Jekyll
            ---
            {% include toc %}

            A paragraph.
            {: tabindex="0" onfocus="window.__pwned=52"}

            [link](https://example.com/){: href="javascript:window.__pwned=53"}

            [link2](https://example.com/){: href="jav&#x09;ascript:window.__pwned=54"}

            [link3](https://example.com/){: href="&#106;avascript:window.__pwned=55"}

            [link4](https://example.com/){: HREF="javascript:window.__pwned=56" ONCLICK="window.__pwned=57"}

            <form><button>go</button></form>

            Para
            {: tabindex="0" formaction="javascript:window.__pwned=58"}
            """,
            "Svc.md", """
            ## Evilsvc

            Evilsvc covering section with `<img src=x onerror=window.__pwned=82>` and <img src=x onerror=window.__pwned=83>.

            ## Other

            Mentions Evilsvc and S3 beside `<img src=x onerror=window.__pwned=82>`.
            """,
            "my-services.yml", """
            categories: ["<img src=x onerror=window.__pwned=91>"]
            services:
              - {id: evil, name: "<img src=x onerror=window.__pwned=90>", short: Evilsvc, category: "<img src=x onerror=window.__pwned=91>"}
            """,
            "studysite.yml", """
            title: "<img src=x onerror=window.__pwned=92>"
            services:
              extend: my-services.yml
            """,
            "evil.svg", """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="200" onload="window.__pwned=100">
            <script>window.__pwned=101</script>
            <a xlink:href="javascript:window.__pwned=106"><rect width="100" height="100" fill="teal"/></a>
            <foreignObject width="100" height="100" y="100"><img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="window.__pwned=107"/></foreignObject>
            <a><animate attributeName="href" values="javascript:window.__pwned=108"/><circle cx="150" cy="50" r="40"/></a>
            </svg>
            """,
            "evil.html", """
            <!DOCTYPE html><html><head><title>x</title><script>window.__pwned=102</script></head>
            <body><img src=x onerror="window.__pwned=103"><p>Hello</p><a href="javascript:window.__pwned=109">go</a></body></html>
            """,
            "evil.xml", """
            <?xml version="1.0"?><root><html:script xmlns:html="http://www.w3.org/1999/xhtml">window.__pwned=104</html:script></root>
            """,
            "evil.xhtml", """
            <html xmlns="http://www.w3.org/1999/xhtml"><body><script>window.__pwned=105</script><p>x</p></body></html>
            """,
    };

    @BeforeAll
    static void build(@TempDir Path out) {
        site = out.resolve("site");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(TestVault.write(out.resolve("vault"), VAULT), site));
        assertThat(result.outcome()).as(result.diagnostics().toString()).isEqualTo(BuildResult.Outcome.OK);
        browser = session.browser();
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
    }

    /** Every payload that runs appends its number to a list that outlives the page (a javascript: link replaces it). */
    private static final String PROBE = "try { Object.defineProperty(window, '__pwned', {configurable: true,"
            + " set(v) { sessionStorage.setItem('pwned', (sessionStorage.getItem('pwned') || '') + v + ' '); },"
            + " get() { return sessionStorage.getItem('pwned'); }}); } catch (e) { }";

    @Test
    void noPayloadRunsOnAnyPage() {
        Map<String, TreeSet<Integer>> ran = new LinkedHashMap<>();
        for (String page : pages()) {
            TreeSet<Integer> here = visit(page);
            if (!here.isEmpty()) {
                ran.put(page, here);
            }
        }
        TreeSet<Integer> all = new TreeSet<>();
        ran.values().forEach(all::addAll);
        PLACES.forEach((n, place) -> System.out.printf("%s %3d %s%n", all.contains(n) ? "RAN " : "safe", n, place));
        System.out.printf("%d payloads, %d ran, on %d pages: %s%n", PLACES.size(), all.size(), ran.size(), ran);
        assertThat(ran).isEmpty();
    }

    /** The site's pages and attachments a reader can open, by path. */
    private static List<String> pages() {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("_studysite/") || p.endsWith("/index.html"))
                    .filter(p -> p.matches(".*\\.(html|svg|xml|xhtml)") && !p.equals("sitemap.xml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TreeSet<Integer> visit(String page) {
        browser.open(site.resolve("robots.txt"));
        browser.script("sessionStorage.clear()");
        // The search page shows what the query in its address finds.
        String query = page.endsWith("search/index.html") ? "?q=onerror%20pwned" : "";
        browser.driver().get(site.resolve(page).toUri() + query);
        pause(page.endsWith(".html") ? 400 : 100);
        interact(page);
        String ran;
        try {
            ran = (String) browser.script("return sessionStorage.getItem('pwned')");
        } catch (RuntimeException notAPage) {
            ran = null;
        }
        TreeSet<Integer> numbers = new TreeSet<>();
        if (ran != null) {
            for (String n : ran.trim().split("\\s+")) {
                numbers.add(Integer.parseInt(n));
            }
        }
        return numbers;
    }

    /** Hovers, focuses and clicks everything; previews the note links; searches for the payloads. */
    private static void interact(String page) {
        // Links to other pages would leave the page: only script links may follow through.
        browser.script("document.addEventListener('click', e => { const a = e.target.closest && e.target.closest('a');"
                + " if (a && !/^\\s*javascript:/i.test(a.getAttribute('href') || '')) e.preventDefault(); }, true);"
                + " document.addEventListener('submit', e => e.preventDefault(), true)");
        if (page.equals("plain.html")) {
            for (WebElement link : browser.driver().findElements(By.cssSelector("article a.internal-link"))) {
                try {
                    new Actions(browser.driver()).moveToElement(link).perform();
                    pause(700);
                    poke(browser.driver().findElements(By.cssSelector(".link-preview *")));
                } catch (RuntimeException gone) {
                    // The page was replaced by a script link: the flag is already set.
                }
            }
            search();
        }
        poke(browser.driver().findElements(By.cssSelector(page.endsWith(".html") ? "body *" : "*")));
        browser.script("document.querySelectorAll('details').forEach(d => d.open = !d.open)");
        pause(300);
    }

    private static void search() {
        try {
            WebElement box = browser.driver().findElement(By.id("site-search-input"));
            box.sendKeys("onerror pwned");
            pause(1200);
            poke(browser.driver().findElements(By.cssSelector("#site-search-results *")));
            box.sendKeys(Keys.ARROW_DOWN);
        } catch (RuntimeException gone) {
            // As above.
        }
    }

    private static void poke(List<WebElement> elements) {
        for (WebElement element : new ArrayList<>(elements)) {
            try {
                new Actions(browser.driver()).moveToElement(element).perform();
            } catch (RuntimeException notInteractable) {
                // Hidden or zero-size: the script events below still reach it.
            }
            try {
                browser.script("const e = arguments[0]; e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
                        + " if (e.focus) e.focus();"
                        + " if (e.click) e.click(); else e.dispatchEvent(new MouseEvent('click', {bubbles: true}));", element);
            } catch (RuntimeException stale) {
                // A script link that ran replaced the page: the flag is already set.
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
