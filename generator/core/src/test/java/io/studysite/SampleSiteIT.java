package io.studysite;

import io.studysite.diag.Diagnostic;
import io.studysite.testing.SiteLinkChecker;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end on the sample vault in content/: both notes as a reader sees them, and the site's guarantees. */
class SampleSiteIT {
    static Path content;
    static Map<String, String> contentBefore;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void buildSample(@TempDir Path out) {
        content = TestVault.repository().resolve("content");
        contentBefore = TestVault.fingerprint(content);
        site = out.resolve("site");
        result = new SiteBuilder().build(BuildOptions.of(content, site));
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void buildsWithWarningsOnlyAndWritesEveryPage() {
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(result.notes()).isEqualTo(2);
        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(site.resolve("404.html")).isRegularFile();
        assertThat(site.resolve("aws-developer-associate.html")).isRegularFile();
        assertThat(site.resolve("aws-certified-developer-notes.html")).isRegularFile();
        assertThat(site.resolve("_studysite/style.css")).isRegularFile();
    }

    @Test
    void reportsTheBrokenReferencesOfTheObsidianNote() {
        List<String> obsidian = result.diagnostics().stream()
                .filter(d -> d.file() != null && d.file().getFileName().toString().equals("AWS Developer Associate.md"))
                .map(d -> d.line() + ":" + d.column() + " " + d.code())
                .toList();
        assertThat(obsidian).containsExactly(
                "1:1 unresolved-link", "4:64 unresolved-link", "63:1 missing-attachment",
                "175:1 missing-attachment", "338:1 missing-attachment", "350:9 unresolved-link",
                "351:1 missing-attachment", "497:47 unresolved-link", "701:1 missing-attachment");
    }

    @Test
    void reportsEachRepairedLineOfTheJekyllNote() {
        List<Integer> lines = result.diagnostics().stream()
                .filter(d -> d.code().equals("mojibake-repaired"))
                .map(Diagnostic::line).toList();
        assertThat(lines).containsExactly(143, 207, 208, 209, 210, 211, 212, 213, 215);
    }

    @Test
    void obsidianNoteKeepsHeadingsNestedListsAndLineBreaks() throws IOException {
        Document doc = page("aws-developer-associate.html");
        assertThat(doc.title()).isEqualTo("AWS Developer Associate · AWS Developer Associate — study notes");
        // The note's first heading is its title: lifted above the tags and services, keeping its id.
        assertThat(doc.select("h1.note-title#aws-developer-associate").text()).isEqualTo("AWS Developer Associate");
        assertThat(doc.select(".markdown h1#ec2")).hasSize(1);
        assertThat(doc.select(".markdown h2#ebs")).hasSize(1);
        assertThat(doc.select(".markdown h3#volume-types")).hasSize(1);
        // Tab-indented list, three levels deep, under "Volume Types".
        Element deepest = doc.selectFirst(".markdown ul > li > ul > li > ul > li:contains(Multi-attach works in the same AZ)");
        assertThat(deepest).isNotNull();
        assertThat(deepest.parent().parent().ownText()).isEqualTo("Supports EBS Multi-attach");
        // A single newline is a line break, as in Obsidian.
        Element paragraph = doc.selectFirst(".markdown p:contains(Up to 5000 users per AWS account.)");
        assertThat(paragraph.select("br")).hasSize(1);
        assertThat(paragraph.text()).contains("IAM policy simulator");
    }

    @Test
    void obsidianNoteRendersBrokenReferencesVisiblyWithoutBrokenHrefs() throws IOException {
        Document doc = page("aws-developer-associate.html");
        assertThat(doc.select(".markdown span.unresolved-link").eachText())
                .containsExactly("Sviluppo", "AWS - Cloud Practitioner", "DevOps", "Programmazione ad oggetti distribuiti");
        assertThat(doc.select(".markdown a:contains(Sviluppo)")).isEmpty();
        assertThat(doc.select(".markdown .missing-embed").eachAttr("aria-label")).containsExactly(
                "Missing: Pasted image 20220205104444.png", "Missing: Pasted image 20220205111407.png",
                "Missing: Pasted image 20220205133625.png", "Missing: Pasted image 20220205134354.png",
                "Missing: Pasted image 20220206100534.png");
        // A wikilink inside a heading stays a link (here an unresolved one) and the heading keeps a clean id.
        Element heading = doc.selectFirst(".markdown h1#ci-cd-devops");
        assertThat(heading).isNotNull();
        assertThat(heading.select("span.unresolved-link").text()).isEqualTo("DevOps");
        assertThat(doc.select(".markdown a[href=https://www.udemy.com/course/aws-certified-developer-associate-dva-c01/]")).hasSize(1);
    }

    @Test
    void obsidianNoteHasATableOfContentsOfItsHeadings() throws IOException {
        Document doc = page("aws-developer-associate.html");
        List<String> tocTargets = doc.select("aside.toc-panel nav.toc a").eachAttr("href");
        List<String> headingIds = doc.select("h1.note-title[id], .markdown h1, .markdown h2, .markdown h3, .markdown h4").eachAttr("id");
        assertThat(tocTargets).hasSize(headingIds.size());
        assertThat(tocTargets).containsExactlyElementsOf(headingIds.stream().map(id -> "#" + id).toList());
        assertThat(headingIds).doesNotHaveDuplicates();
    }

    @Test
    void jekyllNoteUsesItsFrontMatterTitleTagsAndIncludedToc() throws IOException {
        Document doc = page("aws-certified-developer-notes.html");
        assertThat(doc.selectFirst("h1.note-title").text()).isEqualTo("aws certified Developper notes");
        assertThat(doc.select("ul.tags li").eachText()).containsExactly("#aws", "#certification");
        // {% include toc %} stands for the page's own contents: one table of contents, not two.
        assertThat(doc.select(".markdown nav.toc-inline")).isEmpty();
        Element toc = doc.selectFirst("aside.toc-panel nav.toc");
        assertThat(toc.select("a").eachAttr("href")).contains("#ec2", "#s3-amazon-simple-storage-service",
                "#dynamodb", "#cloudformation", "#cloudformation-1", "#route-53");
        for (String href : toc.select("a").eachAttr("href")) {
            assertThat(doc.getElementById(href.substring(1))).as(href).isNotNull();
        }
    }

    @Test
    void jekyllNoteReadsHeadingsWithoutSpaceNestedListsAndKramdownAttributes() throws IOException {
        Document doc = page("aws-certified-developer-notes.html");
        assertThat(doc.selectFirst(".markdown h1#ec2").text()).isEqualTo("EC2");
        // The heading is followed by its link to the EC2 service page, then its list.
        assertThat(doc.selectFirst(".markdown h1#ec2 + p.heading-services + ul > li > ul > li").text())
                .isEqualTo("EBS provides persistent block storage volumes.");
        assertThat(doc.select(".markdown h1#ecs-amazon-elastic-container-service").text())
                .isEqualTo("Ecs (Amazon Elastic Container Service)");
        // The image behind {{ "…" | absolute_url }}{:class="img-responsive"} is missing from the vault: a placeholder, not a broken src.
        Element missing = doc.selectFirst(".markdown .missing-embed");
        assertThat(missing.attr("aria-label")).isEqualTo("Missing: /assets/images/aws/developer/deployment-methods.png");
        assertThat(missing.hasClass("img-responsive")).isTrue();
        assertThat(doc.select(".markdown img")).isEmpty();
        assertThat(doc.text()).doesNotContain("{:class");
    }

    @Test
    void jekyllNoteTextIsRepaired() throws IOException {
        Document doc = page("aws-certified-developer-notes.html");
        assertThat(doc.select(".markdown h1#cloudformation").text()).isEqualTo("CloudFormation");
        assertThat(doc.select(".markdown h1#cloudformation-1").text()).isEqualTo("CloudFormation");
        assertThat(doc.selectFirst(".markdown li:containsOwn(Failover routing policy)").text())
                .startsWith("Failover routing policy – Use when");
        assertThat(doc.html()).doesNotContain("â€").doesNotContain("\u200B");
    }

    @Test
    void homePageListsBothNotesAndTheTags() throws IOException {
        Document doc = page("index.html");
        assertThat(doc.select("main .note-list a").eachAttr("href"))
                .contains("aws-certified-developer-notes.html", "aws-developer-associate.html");
        assertThat(doc.select("main .note-list a").eachText())
                .contains("aws certified Developper notes", "AWS Developer Associate");
        assertThat(doc.select("main a.tag").eachAttr("href")).containsExactly("tags/aws.html", "tags/certification.html");
        assertThat(page("tags/aws.html").select("main .note-list a").eachText()).containsExactly("aws certified Developper notes");
    }

    @Test
    void everyInternalLinkOfEveryPageNamesAnExistingFileAndFragment() throws IOException {
        SiteLinkChecker.Report report = SiteLinkChecker.check(site);
        // Home, 404, search, graph, two notes, the tag index, the pages of #aws and #certification, and the services pages.
        long servicePages;
        try (var files = java.nio.file.Files.list(site.resolve("services"))) {
            servicePages = files.filter(f -> f.toString().endsWith(".html")).count();
        }
        assertThat(servicePages).isGreaterThan(30);
        assertThat(report.pagesChecked()).isEqualTo(9 + servicePages);
        assertThat(report.linksChecked()).isGreaterThan(100);
        assertThat(report.ok()).as(report.describe()).isTrue();
    }

    @Test
    void leavesTheContentFolderByteIdentical() {
        assertThat(TestVault.fingerprint(content)).isEqualTo(contentBefore);
    }

    @Test
    void twoBuildsGiveByteIdenticalSites(@TempDir Path other) {
        BuildResult again = new SiteBuilder().build(BuildOptions.of(content, other.resolve("site")));
        assertThat(again.outcome()).isEqualTo(BuildResult.Outcome.OK);
        assertThat(TestVault.fingerprint(other.resolve("site"))).isEqualTo(TestVault.fingerprint(site));
    }

    @Test
    void refusesAnOutputFolderInsideTheContentFolder() {
        Path inside = content.resolve("site");
        BuildResult refused = new SiteBuilder().build(BuildOptions.of(content, inside));
        assertThat(refused.outcome()).isEqualTo(BuildResult.Outcome.USAGE_ERROR);
        assertThat(refused.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("lies inside the content folder"));
        assertThat(Files.exists(inside)).isFalse();
        assertThat(TestVault.fingerprint(content)).isEqualTo(contentBefore);
    }
}
