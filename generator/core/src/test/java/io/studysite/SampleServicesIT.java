package io.studysite;

import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service cross-reference of the sample vault: a student revising a service finds the sections
 * of both notes on its page, whatever heading and spelling each note used.
 */
class SampleServicesIT {
    static final String DEVELOPER = "AWS Developer Associate.md";
    static final String JEKYLL = "aws-certified-developer-notes.md";

    static Path site;
    /** Service id to the notes with a covering section, and to the pages of the notes that mention it. */
    static Map<String, Set<String>> covering = new LinkedHashMap<>();
    static Map<String, Set<String>> mentioning = new LinkedHashMap<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void build(@TempDir Path out) throws IOException {
        site = out.resolve("site");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(TestVault.repository().resolve("content"), site));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        Map<String, Object> json = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(site.resolve("services/services.json"), StandardCharsets.UTF_8));
        // Sections are [note position, fragment, place], notes {path, title, url}; services refer to sections by position.
        List<Map<String, Object>> notes = (List<Map<String, Object>>) json.get("notes");
        List<List<Object>> sections = (List<List<Object>>) json.get("sections");
        for (Map<String, Object> service : (List<Map<String, Object>>) json.get("services")) {
            String id = (String) service.get("id");
            Set<String> covers = new TreeSet<>();
            ((List<Integer>) service.get("covers")).forEach(i -> covers.add((String) notes.get((Integer) sections.get(i).get(0)).get("path")));
            covering.put(id, covers);
            Set<String> mentions = new TreeSet<>();
            ((List<Integer>) service.get("mentions")).forEach(i -> mentions.add((String) notes.get((Integer) sections.get(i).get(0)).get("url")));
            mentioning.put(id, mentions);
        }
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void servicesBothNotesCoverListTheSectionsOfBoth() throws IOException {
        for (String id : List.of("s3", "dynamodb", "lambda", "sqs", "sns", "kinesis", "elasticache", "cloudformation",
                "elastic-beanstalk", "ecs", "elb", "cognito", "kms", "x-ray", "cloudfront")) {
            assertThat(covering.get(id)).as(id).containsExactlyInAnyOrder(DEVELOPER, JEKYLL);
            Document page = page("services/" + id + ".html");
            assertThat(page.select(".service-note .service-note-title").eachText()).as(id)
                    .containsExactly("AWS Developer Associate", "aws certified Developper notes");
            assertThat(page.select(".service-note .covering-section .markdown").text()).as(id).isNotBlank();
        }
        // IAM has a heading in the Jekyll notes only; the Obsidian note mentions it.
        assertThat(covering.get("iam")).containsExactly(JEKYLL);
        assertThat(mentioning.get("iam")).contains("aws-developer-associate.html");
    }

    @Test
    void aStudentRevisingDynamoDbFindsEveryDynamoDbSectionOnOnePage() throws IOException {
        Document page = page("services/dynamodb.html");
        assertThat(page.select(".covering-place").eachText())
                .contains("Serverless stack › DynamoDB", "DynamoDB", "DynamoDB Scan vs Query");
        // Each section links to its place in its note, and shows its own text, rendered.
        assertThat(page.select(".covering-source a").eachAttr("href")).allMatch(href -> href.startsWith("../") && href.contains(".html#"));
        assertThat(page.select(".covering-section .markdown li, .covering-section .markdown p")).isNotEmpty();
        assertThat(page.select("h2#mentions + ul li")).isNotEmpty();
    }

    @Test
    void theNotesSpellingsAreAllFound() {
        // Elasticache, Route53 / Route 53, X-Ray, "Ecs (Amazon Elastic Container Service)", "Elb (Elastic Load
        // Balancing)", "Elastic beanstalk", and Cloud\u200bFormation (repaired mojibake, a zero-width space inside).
        assertThat(covering.get("elasticache")).contains(DEVELOPER, JEKYLL);
        assertThat(covering.get("route-53")).contains(DEVELOPER, JEKYLL);
        assertThat(covering.get("ecs")).contains(JEKYLL);
        assertThat(covering.get("elb")).contains(JEKYLL);
        assertThat(covering.get("elastic-beanstalk")).contains(DEVELOPER, JEKYLL);
        assertThat(covering.get("cloudformation")).contains(JEKYLL);
        assertThat(covering.get("parameter-store")).contains(DEVELOPER, JEKYLL);
    }

    @Test
    void plainWordsInProseAreNotServices() {
        // "automated backup", "the current config", "Batch API", "artifact management" are words, not services.
        assertThat(covering.keySet()).doesNotContain("backup", "config", "batch", "artifact");
        assertThat(mentioning.keySet()).doesNotContain("backup", "config", "batch", "artifact");
    }

    @Test
    void notePagesListTheirServicesAndHeadingsLinkToServicePages() throws IOException {
        Document note = page("aws-certified-developer-notes.html");
        assertThat(note.select(".note-services a").eachText()).contains("S3", "DynamoDB", "Lambda", "IAM");
        assertThat(note.select(".heading-services a[href=services/dynamodb.html]")).isNotEmpty();
        assertThat(note.selectFirst("h1#dynamodb + p.heading-services a").attr("href")).isEqualTo("services/dynamodb.html");
    }

    @Test
    void theServicesIndexGroupsByCategoryWithAMatrixAndTheExamsGaps() throws IOException {
        Document index = page("services/index.html");
        assertThat(index.select("main h2").eachText()).contains("Databases", "Compute", "Storage", "Coverage by note");
        assertThat(index.select(".coverage-matrix tbody th").eachText())
                .containsExactlyInAnyOrder("AWS Developer Associate", "aws certified Developper notes");
        assertThat(index.select(".coverage-matrix td.covers")).hasSizeGreaterThan(20);
        // The sample names DVA-C02 in studysite.yml: the in-scope services no note covers are listed.
        assertThat(index.select(".exam-coverage h2").text()).startsWith("DVA-C02");
        assertThat(index.select(".exam-coverage .service-chip.missing")).isNotEmpty();
        assertThat(index.select(".exam-coverage .service-chip.missing").eachText()).doesNotContain("DynamoDB", "Lambda", "S3");
    }
}
