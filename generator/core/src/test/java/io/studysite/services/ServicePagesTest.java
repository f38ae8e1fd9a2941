package io.studysite.services;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.testing.SiteLinkChecker;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Service pages quote sections of several notes: ids stay unique and every link still works from there. */
class ServicePagesTest {
    @TempDir
    Path tmp;

    @Test
    void aMentionSnippetKeepsTheWordsOfATableApart() throws IOException {
        // Only the text names services, so the vault is not about AWS unless studysite.yml says so.
        Path vault = TestVault.write(tmp.resolve("vault"), "studysite.yml", "services: on\n", "Messaging.md",
                "# Messaging\n## Options\n| Option | Use |\n|---|---|\n| Amazon SQS | queues |\n| Amazon SNS | topics |\n");
        new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        Document page = Jsoup.parse(tmp.resolve("site/services/sqs.html").toFile(), "UTF-8");
        assertThat(page.select(".mentions li a[title]").eachAttr("title"))
                .containsExactly("Option Use Amazon SQS queues Amazon SNS topics");
    }

    @Test
    void headingChipsNameOnlyTheServicesTheSectionCovers() throws IOException {
        // "batch" in lower case is a common noun in a note about SQS, not AWS Batch: no chip, and no link to a page
        // that does not exist; "(SNS)" is an aside.
        Path vault = TestVault.write(tmp.resolve("vault"), "sqs/Batching.md",
                "# Amazon SQS batching\nIntro.\n## Reporting batch item failures\nText.\n## Fan-out (SNS)\nText.\n## Lambda triggers\nText.\n");
        new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        Document note = Jsoup.parse(tmp.resolve("site/sqs/batching.html").toFile(), "UTF-8");
        assertThat(note.select(".heading-services a").eachAttr("title")).containsExactly("AWS Lambda");
        SiteLinkChecker.Report report = SiteLinkChecker.check(tmp.resolve("site"));
        assertThat(report.ok()).as(report.describe()).isTrue();
    }

    @Test
    void aCoveringSectionUnderTheTitleHeadingDoesNotRepeatTheTitle() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"), "Compute.md", "# Compute\nIntro.\n## Lambda\nFunctions.\n");
        new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        Document page = Jsoup.parse(tmp.resolve("site/services/lambda.html").toFile(), "UTF-8");
        assertThat(page.select(".covering-source a").eachText()).containsExactly("Read it in the note: Lambda");
    }

    @Test
    void sectionsOfSeveralNotesShareAPageWithUniqueIdsAndWorkingLinks() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"),
                "A.md", "## Lambda\nSee [[B#Lambda]] and ![[Shared]]\n### Limits\n![[Shared#Detail]]\n",
                "folder/B.md", "## Lambda\n![[Shared]]\n![pic](../pic.png)\n",
                "Shared.md", "# Shared\nshared text\n## Detail\nmore\n",
                "pic.png", "png");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        Document page = Jsoup.parse(tmp.resolve("site/services/lambda.html").toFile(), "UTF-8");
        assertThat(page.select(".service-note-title").eachText()).containsExactly("A", "B");
        Set<String> ids = new HashSet<>();
        for (Element withId : page.select("[id]")) {
            assertThat(ids.add(withId.id())).as("id " + withId.id() + " is unique").isTrue();
        }
        // Links and images inside quoted sections point from services/ to the right places.
        assertThat(page.select(".covering-section img").eachAttr("src")).containsExactly("../pic.png");
        assertThat(page.select(".covering-section a[href*=b.html]").eachAttr("href")).contains("../folder/b.html#lambda");
        SiteLinkChecker.Report report = SiteLinkChecker.check(tmp.resolve("site"));
        assertThat(report.ok()).as(report.describe()).isTrue();
        assertThat(List.of(page.select(".covering-source a").eachAttr("href").toArray()))
                .contains("../a.html#lambda", "../a.html#limits", "../folder/b.html#lambda");
    }

    @Test
    void quotedSectionsKeepTheirFootnotesAndBlockIdsWorkingAndUnique() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"),
                "A.md", "## Lambda\nCold starts[^1] and layers^[inline].\n\nA fact ^fact\n\n[^1]: Init phase.\n\n## Other\nUnquoted[^2].\n\n[^2]: Not here.\n",
                "B.md", "## Lambda\nTimeouts[^1].\n\n[^1]: Fifteen minutes.\n");
        new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        Document page = Jsoup.parse(tmp.resolve("site/services/lambda.html").toFile(), "UTF-8");
        List<Element> sections = page.select(".covering-section");
        assertThat(sections).hasSize(2);
        // Each quoted section lists its own footnotes only, numbered from 1, and its references land on them.
        assertThat(sections.get(0).select(".footnotes li").eachText()).containsExactly("Init phase. ↩", "inline ↩");
        assertThat(sections.get(1).select(".footnotes li").eachText()).containsExactly("Fifteen minutes. ↩");
        for (Element ref : page.select("a.footnote-ref")) {
            Element target = page.getElementById(ref.attr("href").substring(1));
            assertThat(target).as(ref.attr("href")).isNotNull();
            assertThat(target.select("a.footnote-backref").eachAttr("href")).contains("#" + ref.parent().id());
        }
        assertThat(page.select(".covering-section [id^=n1--^fact]")).hasSize(1);
        SiteLinkChecker.Report report = SiteLinkChecker.check(tmp.resolve("site"));
        assertThat(report.ok()).as(report.describe()).isTrue();
    }

    @Test
    void aHubNoteQuotedOnSeveralServicePagesShowsTheSameSectionWithTheSameIds() throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"),
                "Index.md", "# AWS notes\n## Lambda\n[a](A.md)\n## SQS\n[b](B.md)\n",
                "A.md", "## Lambda\ntext\n",
                "B.md", "## SQS\ntext\n");
        new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        Document lambda = Jsoup.parse(tmp.resolve("site/services/lambda.html").toFile(), "UTF-8");
        Document sqs = Jsoup.parse(tmp.resolve("site/services/sqs.html").toFile(), "UTF-8");
        // Each note's sections are rendered once for all pages: ids numbered by the note (Index is the 3rd), not the page.
        assertThat(lambda.select(".covering-section h2").eachAttr("id")).containsExactly("n1--lambda", "n3--lambda");
        assertThat(sqs.select(".covering-section h2").eachAttr("id")).containsExactlyInAnyOrder("n2--sqs", "n3--sqs");
    }
}
