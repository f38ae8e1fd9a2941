package io.studysite.render;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.testing.SiteLinkChecker;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Documentation written for GitHub: HTML anchors, GitHub heading slugs and paths relative to the note. */
class GithubStyleLinksTest {
    @TempDir
    Path tmp;

    private Document page(String path) throws IOException {
        return Jsoup.parse(tmp.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    @Test
    void linksKeepTheirFragmentAndLandOnTheElement() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"),
                "kms/key-policy.md", """
                        # Default key policy<a name="key-policy-default"></a>
                        [own](#key-policy-default-allow-root)
                        ## Allows access to the account<a name="key-policy-default-allow-root"></a>
                        <div id="box">boxed</div>

                        ## Keys & Grants
                        """,
                "kms/concepts.md", """
                        [a](key-policy.md#key-policy-default) [b](key-policy.md#box)
                        [c](key-policy.md#keys--grants) [d](getting-started.md)
                        """,
                "kms/getting-started.md", "# KMS\n",
                "sqs/getting-started.md", "# SQS\n");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        assertThat(result.diagnostics()).filteredOn(d -> !d.code().equals("note-titles") && !d.code().equals("note-subjects")).isEmpty();
        assertThat(page("kms/concepts.html").select(".markdown p a").eachAttr("href")).containsExactly(
                "key-policy.html#key-policy-default", "key-policy.html#box",
                "key-policy.html#keys-and-grants", "getting-started.html");
        Document target = page("kms/key-policy.html");
        assertThat(target.select("a[name=key-policy-default]")).hasSize(1);
        assertThat(target.getElementById("box")).isNotNull();
        assertThat(target.getElementById("keys-and-grants")).isNotNull();
        assertThat(target.select(".markdown a[href]").eachAttr("href")).containsExactly("#key-policy-default-allow-root");
        SiteLinkChecker.Report links = SiteLinkChecker.check(tmp.resolve("site"));
        assertThat(links.ok()).as(links.describe()).isTrue();
    }

    @Test
    void aLinkWithNoAddressKeepsItsTextAndIsReported() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"), "api.md", "Use the [PutKeyPolicy]() operation.\n");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("empty-link"))
                .extracting(d -> d.line() + ":" + d.column()).containsExactly("1:9");
        Document page = page("api.html");
        assertThat(page.select(".markdown span.unresolved-link").text()).isEqualTo("PutKeyPolicy");
        assertThat(page.select(".markdown a")).isEmpty();
        SiteLinkChecker.Report links = SiteLinkChecker.check(tmp.resolve("site"));
        assertThat(links.ok()).as(links.describe()).isTrue();
    }
}
