package io.studysite;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.studysite.testing.Browser;
import io.studysite.testing.BrowserSession;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 404 page as a static host serves it: at whatever address was asked for, deep under the base path.
 * A loopback server stands in for GitHub Pages: the site under /notes/, 404.html for anything missing.
 */
class NotFoundPageBrowserIT {
    @RegisterExtension
    static final BrowserSession session = new BrowserSession();
    static Browser browser;
    static HttpServer server;
    static String origin;

    @BeforeAll
    static void buildServeAndStart(@TempDir Path out) throws IOException {
        Path vault = TestVault.write(out.resolve("vault"),
                "studysite.yml", "title: Served notes\nbaseUrl: https://user.github.io/notes/\n",
                "Lambda layers.md", "# Lambda layers\n\nLayers share code between Lambda functions.\n");
        Path site = out.resolve("site");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, site));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> serve(site, exchange));
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort();
        browser = session.browser();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void serve(Path site, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = path.startsWith("/notes/") ? site.resolve(path.substring("/notes/".length())).normalize() : null;
        int status = 200;
        if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
            file = site.resolve("404.html");
            status = 404;
        }
        String name = file.getFileName().toString();
        String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css"
                : name.endsWith(".js") ? "text/javascript" : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    @Test
    void aMissingPageDeepUnderTheBasePathIsStyledAndOffersASearchForItsName() {
        browser.size(1280, 900);
        browser.colorScheme("light");
        browser.driver().get(origin + "/notes/old/course/lambda-layers.html");

        assertThat(browser.driver().getTitle()).startsWith("Page not found");
        // The stylesheet loaded from /notes/_studysite/, not from /notes/old/course/_studysite/.
        assertThat(browser.script("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(253, 253, 252)");
        WebElement query = browser.driver().findElement(By.id("not-found-query"));
        assertThat(query.getAttribute("value")).isEqualTo("lambda layers");

        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        URI searched = URI.create(browser.driver().getCurrentUrl());
        assertThat(searched.getPath()).isEqualTo("/notes/search/index.html");
        assertThat(searched.getRawQuery()).isEqualTo("q=lambda+layers");
        assertThat(browser.driver().findElement(By.id("search-page-input")).getAttribute("value")).isEqualTo("lambda layers");
        browser.driver().navigate().back();

        browser.driver().findElement(By.linkText("All tags")).click();
        assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).isEqualTo("/notes/tags/index.html");
    }

    @Test
    void theMissingNameIsUsedAsTextNeverAsMarkup() {
        browser.driver().get(origin + "/notes/%3Cimg%20src%3Dx%20onerror%3D%22document.title%3D'pwned'%22%3E");
        assertThat(browser.driver().getTitle()).startsWith("Page not found");
        assertThat(browser.driver().findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("not-found-query")).getAttribute("value"))
                .isEqualTo("<img src=x onerror=\"document.title='pwned'\">");
    }
}
