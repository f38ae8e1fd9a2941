package io.studysite.services;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalog as data: the bundled AWS one, extension and replacement, and what makes one invalid. */
class ServiceCatalogTest {
    @Test
    void theBundledCatalogCoversWhatAStudentMeets() {
        ServiceCatalog aws = ServiceCatalog.bundled();
        assertThat(aws.services()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(aws.services().stream().map(Service::category).distinct().count()).isGreaterThanOrEqualTo(12);
        assertThat(aws.exams()).containsKeys("DVA-C02", "SAA-C03", "CLF-C02");
        for (String id : List.of("s3", "dynamodb", "lambda", "sqs", "sns", "kinesis", "elasticache", "cloudformation",
                "elastic-beanstalk", "ecs", "elb", "cognito", "kms", "iam", "x-ray", "cloudfront")) {
            assertThat(aws.byId(id)).as(id).isPresent();
        }
        assertThat(aws.byId("aurora").flatMap(Service::parent)).contains("rds");
        assertThat(aws.byId("fargate").flatMap(Service::parent)).contains("ecs");
        assertThat(aws.byId("dax").flatMap(Service::parent)).contains("dynamodb");
        assertThat(aws.byId("eventbridge").orElseThrow().former()).contains("CloudWatch Events");
        assertThat(aws.services().stream().filter(s -> s.exams().contains("DVA-C02")).count()).isGreaterThan(40);
    }

    @Test
    void everyBundledServiceLinksToItsOfficialDocumentation() {
        ServiceCatalog aws = ServiceCatalog.bundled();
        for (Service s : aws.services()) {
            assertThat(aws.docsOf(s)).as(s.id()).hasValueSatisfying(url -> assertThat(url).startsWith("https://"));
        }
        assertThat(aws.docsOf(aws.byId("lambda").orElseThrow())).contains("https://docs.aws.amazon.com/lambda/");
        assertThat(aws.docs().values().stream().filter(u -> u.startsWith("https://docs.aws.amazon.com/")).count())
                .isGreaterThan(aws.services().size() * 9L / 10);
    }

    @Test
    void aFeatureWithoutItsOwnDocumentationLinksToItsService() {
        ServiceCatalog catalog = ServiceCatalog.parse("""
                categories: [Compute]
                services:
                  - {id: lambda, name: AWS Lambda, short: Lambda, category: Compute}
                  - {id: layers, name: Lambda Layers, short: Layers, parent: lambda, category: Compute}
                docs: {lambda: "https://docs.aws.amazon.com/lambda/"}
                """);
        assertThat(catalog.docsOf(catalog.byId("layers").orElseThrow())).contains("https://docs.aws.amazon.com/lambda/");
        assertThatThrownBy(() -> ServiceCatalog.parse("categories: [X]\nservices: [{id: a, name: A, short: A, category: X}]\ndocs: {b: 'https://x'}"))
                .hasMessageContaining("docs: \"b\" is not a service");
        assertThatThrownBy(() -> ServiceCatalog.parse("categories: [X]\nservices: [{id: a, name: A, short: A, category: X}]\ndocs: {a: 'javascript:x'}"))
                .hasMessageContaining("https://");
    }

    @Test
    void aVaultCatalogExtendsAndReplacesById() {
        ServiceCatalog base = ServiceCatalog.parse("""
                categories: [Compute]
                services: [{id: lambda, name: AWS Lambda, short: Lambda, category: Compute}]
                """);
        ServiceCatalog extra = ServiceCatalog.parse("""
                categories: [Compute, Serverless]
                services:
                  - {id: lambda, name: AWS Lambda, short: Lambda, aliases: [λ], category: Serverless}
                  - {id: functions, name: Azure Functions, short: Functions, plain: true, category: Serverless}
                """);
        ServiceCatalog merged = base.extendedBy(extra);
        assertThat(merged.services()).extracting(Service::id).containsExactly("lambda", "functions");
        assertThat(merged.byId("lambda").orElseThrow().category()).isEqualTo("Serverless");
        assertThat(merged.categories()).containsExactly("Compute", "Serverless");
    }

    @Test
    void invalidCatalogsSayWhatIsWrong() {
        assertThatThrownBy(() -> ServiceCatalog.parse("services: [{id: a, name: A, short: A, category: X}]\ncategories: [Y]"))
                .hasMessageContaining("category \"X\" is not in categories");
        assertThatThrownBy(() -> ServiceCatalog.parse("categories: [X]\nservices: [{id: a, name: A, short: A, category: X, parent: b}]"))
                .hasMessageContaining("parent \"b\" is not a service");
        assertThatThrownBy(() -> ServiceCatalog.parse("categories: [X]\nservices: [{id: a, name: A, short: A, category: X, parent: a}]"))
                .hasMessageContaining("cycle");
        assertThatThrownBy(() -> ServiceCatalog.parse("categories: [X]\nservices: [{id: Bad Id, name: A, short: A, category: X}]"))
                .hasMessageContaining("lower-case");
        assertThatThrownBy(() -> ServiceCatalog.parse("categories: [X]\nservices: [{id: a, short: A, category: X}]"))
                .hasMessageContaining("needs name");
        assertThatThrownBy(() -> ServiceCatalog.parse("categories: [X]\nservices: [{id: a, name: A, short: A, category: X, exams: [Z]}]"))
                .hasMessageContaining("exam \"Z\"");
        assertThatThrownBy(() -> ServiceCatalog.parse("{{{")).hasMessageContaining("not valid YAML");
    }
}
