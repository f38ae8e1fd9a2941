package io.studysite.services;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.search.SearchIndex;
import io.studysite.search.SearchQuery;
import io.studysite.testing.TestSite;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sections and their services through a real build: covered by their heading or the nearest
 * enclosing one that names a service, mentioned by their prose (code aside); a vault's own catalog.
 */
class SectionServicesTest {
    static final String CATALOG = """
            categories: [Databases, Compute, Serverless]
            exams: {DVA-C02: Developer}
            services:
              - {id: dynamodb, name: Amazon DynamoDB, short: DynamoDB, category: Databases, exams: [DVA-C02]}
              - {id: lambda, name: AWS Lambda, short: Lambda, category: Compute, exams: [DVA-C02]}
              - {id: s3, name: Amazon S3, short: S3, category: Databases}
              - {id: config, name: AWS Config, short: Config, plain: true, category: Compute}
            """;

    @TempDir
    Path tmp;

    private Path build(String... pathsAndTexts) {
        return TestSite.searchIndex(tmp, pathsAndTexts);
    }

    private static List<String> servicesOf(Path index, String word) {
        List<SearchIndex.Hit> hits = SearchIndex.search(index, SearchQuery.of(word), 10);
        assertThat(hits).as(word).hasSize(1);
        return hits.get(0).services();
    }

    @Test
    void headingsCoverProseMentionsAndSubsectionsInherit() {
        Path index = build("studysite.yml", "services:\n  catalog: catalog.yml\n", "catalog.yml", CATALOG,
                "Scratch.md", "Intro.\n# DynamoDB\nalpha tables, used from Lambda.\n## Streams\nbravo records\n# Other\ncharlie text\n"
                        + "```\naws s3 ls\n```\nand Config files, then AWS Config.\n");
        assertThat(servicesOf(index, "alpha")).containsExactly("DynamoDB", "Lambda");
        assertThat(servicesOf(index, "bravo")).containsExactly("DynamoDB");
        // S3 only in a code block; "Config" unqualified is a word, "AWS Config" the service.
        assertThat(servicesOf(index, "charlie")).containsExactly("Config");
    }

    @Test
    void theCliFilterTakesIdOrShortName() {
        Path index = build("studysite.yml", "services:\n  catalog: catalog.yml\n", "catalog.yml", CATALOG,
                "A.md", "# Lambda\ndelta\n", "B.md", "# S3\ndelta\n");
        assertThat(SearchIndex.search(index, new SearchQuery("delta", List.of("lambda"), List.of()), 10)).hasSize(1);
        assertThat(SearchIndex.search(index, new SearchQuery("delta", List.of("S3"), List.of()), 10)).hasSize(1);
    }

    @Test
    void aBrokenVaultCatalogIsAnErrorNamingTheFile() {
        Path vault = TestVault.write(tmp.resolve("vault"), "studysite.yml", "services:\n  extend: mine.yml\n  exam: XYZ-C01\n",
                "mine.yml", "categories: [A]\nservices: [{id: x, name: X, short: X, category: B}]\n", "A.md", "# S3\ntext\n");
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.CONTENT_ERRORS);
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("invalid-catalog");
            assertThat(d.file().getFileName().toString()).isEqualTo("mine.yml");
            assertThat(d.message()).contains("category \"B\"");
        });
        assertThat(result.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("unknown-exam"));
    }
}
