package io.studysite.render;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.diag.Diagnostics;
import io.studysite.testing.TestSite;
import io.studysite.testing.TestVault;
import io.studysite.vault.Attachment;
import io.studysite.vault.VaultPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PageLikeAttachmentTest {
    private static String publish(String name, String text) {
        return new String(PageLikeAttachment.defuse(name, text.getBytes(StandardCharsets.UTF_8)).orElseThrow().bytes(),
                StandardCharsets.UTF_8);
    }

    private static final String[] VAULT = {
            "Note.md", "![[evil.svg]] [[evil.svg]] [[saved.html]] ![[photo.png]]\n",
            "evil.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"window.__pwned=1\"><rect width=\"9\" height=\"9\"/></svg>",
            "saved.html", "<!DOCTYPE html><p>Saved <b>page</b></p>",
            "photo.png", "not really a picture",
    };

    @Test
    void aBuildPublishesPageLikeAttachmentsDefusedAndSaysSo(@TempDir Path tmp) throws IOException {
        BuildResult result = TestSite.build(tmp, VAULT);
        Path site = tmp.resolve("site");
        assertThat(Files.readString(site.resolve("evil.svg"))).doesNotContain("onload").contains("<rect");
        assertThat(Files.readString(site.resolve("saved.html"))).isEqualTo("<!DOCTYPE html>" + PageLikeAttachment.POLICY
                + "<p>Saved <b>page</b></p>");
        assertThat(Files.readString(site.resolve("photo.png"))).isEqualTo("not really a picture");
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("unsafe-html"))
                .singleElement().satisfies(d -> assertThat(d.file().getFileName()).hasToString("evil.svg"));
        // The page embeds the drawing as a picture, where nothing runs anyway.
        assertThat(TestSite.page(tmp, "note.html").select("img[src=evil.svg]")).hasSize(1);
    }

    @Test
    void checkSaysWhatABuildWouldPublishDefused(@TempDir Path tmp) {
        BuildResult result = new SiteBuilder().build(new BuildOptions(TestVault.write(tmp.resolve("vault"), VAULT),
                tmp.resolve("site"), java.util.Optional.empty(), false, false));
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("unsafe-html")).hasSize(1);
    }

    @Test
    void aTrustingVaultsAttachmentsArePublishedAsTheyAre(@TempDir Path tmp) throws IOException {
        String[] trusting = java.util.Arrays.copyOf(VAULT, VAULT.length + 2);
        trusting[VAULT.length] = "studysite.yml";
        trusting[VAULT.length + 1] = "html: trusted\n";
        BuildResult result = TestSite.build(tmp, trusting);
        assertThat(Files.readString(tmp.resolve("site/evil.svg"))).isEqualTo(VAULT[3]);
        assertThat(result.diagnostics()).noneMatch(d -> d.code().equals("unsafe-html"));
    }

    @Test
    void onlyFilesABrowserOpensAsPagesAreDefused() {
        assertThat(PageLikeAttachment.runsAsPage("a/Report.HTML")).isTrue();
        assertThat(PageLikeAttachment.runsAsPage("diagram.svg")).isTrue();
        assertThat(PageLikeAttachment.runsAsPage("feed.xml")).isTrue();
        assertThat(PageLikeAttachment.runsAsPage("page.xhtml")).isTrue();
        assertThat(PageLikeAttachment.runsAsPage("photo.png")).isFalse();
        assertThat(PageLikeAttachment.runsAsPage("paper.pdf")).isFalse();
        assertThat(PageLikeAttachment.defuse("photo.png", new byte[] {1, 2})).isEmpty();
    }

    @Test
    void anHtmlPageKeepsItsBytesAndGainsAPolicyBeforeAnythingCanRun() {
        String page = "<!DOCTYPE html>\n<html><head><script>x()</script></head><body onload=\"y()\">"
                + "<a href=\"javascript:z()\">go</a><p>caf\u00e9</p></body></html>";
        PageLikeAttachment.Defused defused = PageLikeAttachment.defuse("saved.html", page.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        String published = new String(defused.bytes(), StandardCharsets.UTF_8);
        assertThat(published).isEqualTo("<!DOCTYPE html>\n" + PageLikeAttachment.POLICY + page.substring("<!DOCTYPE html>\n".length()));
        Document parsed = Jsoup.parse(published);
        Element policy = parsed.head().child(0);
        assertThat(policy.attr("http-equiv")).isEqualTo("Content-Security-Policy");
        assertThat(policy.attr("content")).contains("script-src 'none'");
        assertThat(parsed.documentType()).isNotNull();
        assertThat(defused.scripts()).containsExactly("<script>", "onload=\"y()\"", "href=\"javascript:z()\"");
    }

    @Test
    void thePolicyFollowsAnyNumberOfCommentsAndBlanks() {
        String prologue = "<!-- saved -->\n".repeat(50_000) + "<!DOCTYPE html>";
        assertThat(publish("x.html", prologue + "<p>x</p>")).isEqualTo(prologue + PageLikeAttachment.POLICY + "<p>x</p>");
    }

    @Test
    void aPageInUtf16StaysUtf16() {
        String page = "\uFEFF<p>hi</p>";
        byte[] bytes = page.getBytes(StandardCharsets.UTF_16LE);
        byte[] published = PageLikeAttachment.defuse("x.htm", bytes).orElseThrow().bytes();
        assertThat(new String(published, StandardCharsets.UTF_16LE)).isEqualTo("\uFEFF" + PageLikeAttachment.POLICY + "<p>hi</p>");
    }

    @Test
    void aDrawingLosesWhatRunsAndKeepsWhatIsDrawn() {
        PageLikeAttachment.Defused defused = PageLikeAttachment.defuse("d.svg", """
                <!DOCTYPE svg [<!ENTITY x "<script>a()</script>">]>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="b()">
                <script>c()</script><svg:script xmlns:svg="http://www.w3.org/2000/svg">d()</svg:script>
                <a xlink:href=" JAVA&#x09;SCRIPT:e()"><rect width="10" height="10" fill="teal"/></a>
                <a href="https://example.com/"><animate attributeName="href" values="javascript:f()"/><circle r="4"/></a>
                <foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="g()"/>text</div></foreignObject>
                <image href="data:image/png;base64,iVBORw0KGgo="/>
                <text x="1" y="2">caf&#233; &amp; tea</text>
                </svg>
                """.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        String published = new String(defused.bytes(), StandardCharsets.UTF_8);
        assertThat(published).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").doesNotContain("DOCTYPE", "ENTITY");
        Document svg = Jsoup.parse(published, "", Parser.xmlParser());
        assertThat(svg.select("script, svg|script, animate")).isEmpty();
        assertThat(svg.getAllElements()).allSatisfy(e -> e.attributes().forEach(a -> {
            assertThat(a.getKey()).doesNotStartWith("on");
            assertThat(a.getValue()).doesNotContainIgnoringCase("script:");
        }));
        assertThat(svg.select("rect[fill=teal], circle, foreignObject img[src=x]")).hasSize(3);
        assertThat(svg.selectFirst("image").attr("href")).startsWith("data:image/png");
        assertThat(svg.selectFirst("text").text()).isEqualTo("café & tea");
        assertThat(defused.scripts()).hasSize(7).first().asString().startsWith("<!DOCTYPE svg");
    }

    @Test
    void xmlIsNeverTransformedIntoAPage() {
        String published = publish("feed.xml", """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <?xml-stylesheet type="text/xsl" href="page.xsl"?>
                <feed><html:script xmlns:html="http://www.w3.org/1999/xhtml">x()</html:script><entry>ok</entry></feed>
                """);
        assertThat(published).doesNotContain("xml-stylesheet", "script", "ISO-8859-1").contains("<entry>ok</entry>");
    }

    @Test
    void aTrustingVaultPublishesAsItIsAndOthersAreWarned(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("evil.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\"/>");
        Attachment attachment = new Attachment(VaultPath.of("evil.svg"), file);
        Diagnostics diagnostics = new Diagnostics();
        assertThat(PageLikeAttachment.publish(attachment, true, diagnostics)).isEmpty();
        assertThat(diagnostics.all()).isEmpty();
        assertThat(PageLikeAttachment.publish(attachment, false, diagnostics)).isPresent();
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("unsafe-html");
            assertThat(d.file()).isEqualTo(file);
            assertThat(d.message()).isEqualTo("1 thing that would run a script cannot run when a reader opens it, first "
                    + "onload=\"x()\" (html: trusted in studysite.yml publishes it as it is)");
        });
        Path plain = Files.writeString(tmp.resolve("ok.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThat(PageLikeAttachment.publish(new Attachment(VaultPath.of("ok.svg"), plain), false, diagnostics)).isPresent();
        assertThat(diagnostics.all()).hasSize(1);
    }
}
