package io.studysite.services;

import io.studysite.BuildOptions;
import io.studysite.SiteBuilder;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service pages and the services index that scale to large vaults and tell a student what to read and write
 * next: folded covering sections, mentions by note, gaps, the official documentation and exam scope, a matrix
 * with headers and filters, and a services.json that names each section once.
 */
class ServiceStudyPagesTest {
    private static final String LONG = "Functions run code on demand and scale with requests. ".repeat(20);

    @TempDir
    Path tmp;

    private void build(String... files) throws IOException {
        new SiteBuilder().build(BuildOptions.of(TestVault.write(tmp.resolve("vault"), files), tmp.resolve("site")));
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(tmp.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    @Test
    void aLongCoveringSectionFoldsToItsHeadingsAndLeadAndAShortOneShowsOpen() throws IOException {
        build("Compute.md", "# Compute\n## Lambda\n" + LONG + "\n### Limits\nFifteen minutes.\n");
        Document lambda = page("services/lambda.html");
        List<Element> sections = lambda.select(".service-note details.covering-section");
        assertThat(sections).hasSize(2);
        Element folded = sections.get(0);
        assertThat(folded.hasAttr("open")).isFalse();
        assertThat(folded.select("> summary .covering-place").text()).isEqualTo("Lambda");
        // No link inside the summary (a control in a control); the opened section links to its place.
        assertThat(folded.select("> summary a")).isEmpty();
        assertThat(folded.select("> .covering-source a").attr("href")).isEqualTo("../compute.html#lambda");
        assertThat(folded.select("> summary .covering-words").text()).isEqualTo("180 words");
        assertThat(folded.select("> summary .covering-lead").text()).startsWith("Functions run code on demand").endsWith("…");
        // The whole section is there, for the reader who opens it, without JavaScript.
        assertThat(folded.select("> .markdown p").text()).contains("scale with requests").hasSizeGreaterThan(1000);
        Element open = sections.get(1);
        assertThat(open.hasAttr("open")).isTrue();
        assertThat(open.select("> summary .covering-place").text()).isEqualTo("Lambda › Limits");
        assertThat(lambda.select(".service-note-title").eachText()).containsExactly("Compute");
    }

    @Test
    void aServicePageQuotesAFewSectionsOfEachNoteThenListsTheOtherNotes() throws IOException {
        // Twelve notes about one service are too few services for the cross-reference to turn on by itself.
        String[] files = new String[26];
        files[24] = "studysite.yml";
        files[25] = "services: on\n";
        for (int n = 0; n < 12; n++) {
            files[2 * n] = String.format("Note %02d.md", n);
            files[2 * n + 1] = "# Note " + n + "\n## Lambda\nA.\n## Lambda layers\nB.\n## Lambda limits\nC.\n## Lambda URLs\nD.\n"
                    + (n == 0 ? "## Lambda SnapStart\nE.\n## Lambda costs\nF.\n" : "");
        }
        build(files);
        Document lambda = page("services/lambda.html");
        assertThat(lambda.select("h2#covered").text()).isEqualTo("Covered in 12 notes 50 sections");
        // 40 sections quoted, 4 a note: the first ten notes; the first note says what it has more.
        assertThat(lambda.select(".service-note")).hasSize(10);
        assertThat(lambda.select(".service-note").first().select("details.covering-section")).hasSize(4);
        assertThat(lambda.select(".service-note").first().select(".covering-more a").text()).isEqualTo("2 more sections in this note");
        assertThat(lambda.select(".service-note").first().select(".covering-more a").attr("href")).isEqualTo("../note-00.html");
        assertThat(lambda.select("h2#more-covering").text()).isEqualTo("2 more covering notes");
        assertThat(lambda.select("ul.more-notes li").eachText()).containsExactly("Note 10 4 sections", "Note 11 4 sections");
    }

    @Test
    void theNotesAboutAServiceComeBeforeNotesWithASectionOnIt() throws IOException {
        build("AWS notes.md", "# AWS notes\n## Compute\n### AWS Lambda\nFunctions.\n## Storage\n### Amazon S3\nBuckets.\n",
                "Lambda.md", "# AWS Lambda\n## Overview\nEvent-driven.\n## Tips\nKeep them small.\n");
        Document lambda = page("services/lambda.html");
        assertThat(lambda.select(".service-note-title").eachText()).containsExactly("AWS Lambda", "AWS notes");
    }

    @Test
    void aNoteTitledAfterTheServiceComesBeforeNotesOnlyItsFolderFilesThere() throws IOException {
        build("lambda/API_AddPermission.md", "# AddPermission\nGrants access.\n",
                "lambda/welcome.md", "# What is AWS Lambda?\nA compute service.\n");
        Document lambda = page("services/lambda.html");
        assertThat(lambda.select(".service-note-title").eachText()).containsExactly("What is AWS Lambda?", "AddPermission");
    }

    @Test
    void mentionsAreOneLinePerNoteWithItsSections() throws IOException {
        build("A.md", "# A\n## One\nUses AWS Lambda.\n## Two\nAlso AWS Lambda.\n",
                "B.md", "# B\n## Three\nAWS Lambda again.\n",
                "C.md", "# C\n## Lambda\nFunctions.\n");
        Document lambda = page("services/lambda.html");
        assertThat(lambda.select("h2#mentions").text()).isEqualTo("Mentioned in 3 sections of 2 notes");
        List<Element> lines = lambda.select("ul.mentions > li");
        assertThat(lines).extracting(li -> li.select("a.note-link").text()).containsExactly("A", "B");
        assertThat(lines.get(0).select("a:not(.note-link)").eachText()).containsExactly("One", "Two");
        assertThat(lines.get(0).select("a:not(.note-link)").eachAttr("href")).containsExactly("../a.html#one", "../a.html#two");
        assertThat(lines.get(0).select("a:not(.note-link)").first().attr("title")).contains("Uses AWS Lambda.");
    }

    @Test
    void aServicePageLinksToItsOfficialDocumentationAndSaysWhichExamsIncludeIt() throws IOException {
        build("Tools.md", "# Tools\n## AWS Copilot\nDeploys containers.\n## DAX\nA cache.\n");
        Document copilot = page("services/copilot.html");
        assertThat(copilot.select("a.service-docs").attr("href")).isEqualTo("https://aws.github.io/copilot-cli/docs/overview/");
        assertThat(copilot.select(".exam-scope .exam-chip.in").eachText()).containsExactly("✓ DVA-C02 in scope");
        assertThat(copilot.select(".exam-scope .exam-chip.out").eachText()).containsExactly("SAA-C03 not in scope", "CLF-C02 not in scope");
        assertThat(copilot.select(".exam-scope .exam-chip").eachAttr("title")).contains("AWS Certified Developer – Associate");
        assertThat(page("services/dax.html").select("a.service-docs").attr("href"))
                .isEqualTo("https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.html");
    }

    @Test
    void theIndexListsTheServicesTheNotesMentionButNeverCover() throws IOException {
        build("Events.md", "# Events\n## S3 notifications\nS3 Event Notifications can trigger AWS Lambda or SQS.\n"
                        + "## Queues\nSQS feeds AWS Lambda. DynamoDB Streams too.\n",
                "Tables.md", "# Tables\n## DynamoDB\nItems. AWS Lambda reads streams. Made with the AWS CLI or the AWS Management Console.\n");
        Document index = page("services/index.html");
        List<Element> gaps = index.select("section.mentioned-only .gap-list li");
        assertThat(gaps).extracting(Element::text).containsExactly("Lambda 3 sections of 2 notes", "SQS 2 sections of 1 note");
        assertThat(gaps.get(0).select("a").attr("href")).isEqualTo("lambda.html");
        // Covered services are no gap, nor is a feature of a covered service (DynamoDB Streams of DynamoDB).
        assertThat(index.select(".gap-list").text()).doesNotContain("S3", "DynamoDB");
        // Tools are how notes work, not a topic to write next.
        assertThat(index.select(".gap-list").text()).doesNotContain("CLI", "Console");
    }

    @Test
    void theMatrixHasStickyHeadersToFilterByCategoryOrExamAndCompactCells() throws IOException {
        build("Serverless.md", "# Serverless\n## Lambda\nDeployed with AWS Copilot.\n## DynamoDB\nTables.\n",
                "Ops.md", "# Ops\n## CloudWatch\nMetrics.\n## AWS Copilot\nCLI.\n");
        Document index = page("services/index.html");
        Element matrix = index.selectFirst(".matrix-scroll table.coverage-matrix");
        assertThat(matrix.select("thead th[scope=col]").eachText()).containsExactly("Note", "Lambda", "Copilot", "DynamoDB", "CloudWatch");
        assertThat(matrix.select("thead th[data-category]").eachAttr("data-category"))
                .containsExactly("Compute", "Containers", "Databases", "Management and Governance");
        assertThat(matrix.select("thead th[data-category=Containers]").attr("data-exams")).isEqualTo("DVA-C02");
        assertThat(matrix.select("tbody th[scope=row]").eachText()).containsExactly("Ops", "Serverless");
        Element serverless = matrix.select("tbody tr").last();
        assertThat(serverless.select("td")).extracting(Element::className).containsExactly("covers", "mentions", "covers", "");
        assertThat(serverless.select("td *")).as("a cell is one element").isEmpty();
        Element filter = index.selectFirst(".matrix-filter");
        assertThat(filter.hasAttr("hidden")).as("shown by services.js; without it the whole matrix shows").isTrue();
        assertThat(filter.select("optgroup[label=Category] option").eachAttr("value"))
                .containsExactly("category:Compute", "category:Containers", "category:Databases", "category:Management and Governance");
        assertThat(filter.select("optgroup[label='In scope for'] option").eachAttr("value"))
                .containsExactly("exam:DVA-C02", "exam:SAA-C03", "exam:CLF-C02");
        assertThat(index.select("script[src$=services.js]")).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void servicesJsonNamesEachNoteAndSectionOnceAndServicesReferToThem() throws IOException {
        build("Hub.md", "# Hub\n## Lambda and SQS\nAWS Lambda reads SQS.\n## DynamoDB\nSee AWS Lambda.\n");
        Map<String, Object> json = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(tmp.resolve("site/services/services.json")));
        assertThat(json.get("schema")).isEqualTo("studysite-services/2");
        assertThat((List<Object>) json.get("notes")).containsExactly(Map.of("path", "Hub.md", "title", "Hub", "url", "hub.html"));
        List<List<Object>> sections = (List<List<Object>>) json.get("sections");
        assertThat(sections).containsExactlyInAnyOrder(List.of(0, "lambda-and-sqs", "Lambda and SQS"), List.of(0, "dynamodb", "DynamoDB"));
        Map<String, Map<String, Object>> services = new java.util.LinkedHashMap<>();
        ((List<Map<String, Object>>) json.get("services")).forEach(s -> services.put((String) s.get("id"), s));
        int hub = sections.indexOf(List.of(0, "lambda-and-sqs", "Lambda and SQS"));
        int dynamo = sections.indexOf(List.of(0, "dynamodb", "DynamoDB"));
        assertThat(services.get("lambda").get("covers")).isEqualTo(List.of(hub));
        assertThat(services.get("sqs").get("covers")).isEqualTo(List.of(hub));
        assertThat(services.get("lambda").get("mentions")).isEqualTo(List.of(dynamo));
        assertThat(services.get("lambda").get("docs")).isEqualTo("https://docs.aws.amazon.com/lambda/");
        assertThat(services.get("lambda").get("exams")).isEqualTo(List.of("DVA-C02", "SAA-C03", "CLF-C02"));
    }
}
