package io.studysite.services;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per detection rule, on a small catalog written here. */
class ServiceMatcherTest {
    static final ServiceCatalog CATALOG = ServiceCatalog.parse("""
            categories: [Storage, Databases, Compute, Containers, Networking, Management, Analytics, Developer Tools]
            exams: {DVA-C02: Developer}
            services:
              - {id: s3, name: Amazon S3, short: S3, aliases: [Simple Storage Service], category: Storage}
              - {id: dynamodb, name: Amazon DynamoDB, short: DynamoDB, category: Databases, exams: [DVA-C02]}
              - {id: dynamodb-streams, name: DynamoDB Streams, short: DynamoDB Streams, parent: dynamodb, category: Databases}
              - {id: elasticache, name: Amazon ElastiCache, short: ElastiCache, category: Databases}
              - {id: route-53, name: Amazon Route 53, short: Route 53, category: Networking}
              - {id: x-ray, name: AWS X-Ray, short: X-Ray, category: Developer Tools}
              - {id: ecs, name: Amazon ECS, short: ECS, aliases: [Elastic Container Service], category: Containers}
              - {id: elb, name: Elastic Load Balancing, short: ELB, category: Networking}
              - {id: elastic-beanstalk, name: AWS Elastic Beanstalk, short: Elastic Beanstalk, category: Compute}
              - {id: cloudformation, name: AWS CloudFormation, short: CloudFormation, category: Management}
              - {id: lambda, name: AWS Lambda, short: Lambda, category: Compute}
              - {id: lambda-edge, name: Lambda@Edge, short: Lambda@Edge, parent: lambda, category: Compute}
              - {id: config, name: AWS Config, short: Config, plain: true, category: Management}
              - {id: glue, name: AWS Glue, short: Glue, plain: true, category: Analytics}
              - {id: sqs, name: Amazon SQS, short: SQS, aliases: [Simple Queue Service], category: Compute}
              - {id: eventbridge, name: Amazon EventBridge, short: EventBridge, former: [CloudWatch Events], category: Management}
              - {id: sam, name: AWS Serverless Application Model, short: SAM, plain: true, category: Developer Tools}
            """);
    static final ServiceMatcher MATCHER = new ServiceMatcher(CATALOG);

    private static List<String> ids(String text, boolean heading) {
        return MATCHER.servicesIn(text, heading).stream().map(Service::id).toList();
    }

    private static List<String> inText(String text) {
        return ids(text, false);
    }

    @Test
    void acronymsMatchAsWrittenOnly() {
        assertThat(inText("Store it in S3 and poll SQS.")).containsExactly("s3", "sqs");
        assertThat(inText("the s3 command and an sqs-like queue")).isEmpty();
    }

    @Test
    void capitalisedAcronymsCountUnlessTheServiceIsPlain() {
        assertThat(ids("Ecs (Amazon Elastic Container Service)", true)).containsExactly("ecs");
        assertThat(ids("Elb", true)).containsExactly("elb");
        assertThat(inText("Sam deployed it")).isEmpty();
        assertThat(inText("deploy with SAM")).containsExactly("sam");
    }

    @Test
    void namesMatchInAnyCaseAndSpelling() {
        assertThat(inText("Elasticache and ELASTICACHE and ElastiCache")).containsExactly("elasticache");
        assertThat(inText("Route 53, route53 and Route-53")).containsExactly("route-53");
        assertThat(inText("X-Ray, xray and X Ray")).containsExactly("x-ray");
        assertThat(inText("Elastic beanstalk")).containsExactly("elastic-beanstalk");
        assertThat(inText("Cloud Formation templates")).containsExactly("cloudformation");
        assertThat(inText("the Simple Storage Service")).containsExactly("s3");
    }

    @Test
    void theLongestNameWins() {
        assertThat(inText("DynamoDB Streams trigger Lambda@Edge")).containsExactly("dynamodb-streams", "lambda-edge");
        assertThat(inText("Amazon DynamoDB tables")).containsExactly("dynamodb");
    }

    @Test
    void pluralsAndPossessivesCount() {
        assertThat(inText("two Lambdas and DynamoDB's streams, Lambda’s limits")).containsExactly("lambda", "dynamodb");
    }

    @Test
    void formerNamesCount() {
        assertThat(inText("CloudWatch Events rules")).containsExactly("eventbridge");
    }

    @Test
    void plainWordsNeedAQualifierInTextButNotInHeadings() {
        assertThat(inText("Config the app; glue code; a batch of work")).isEmpty();
        assertThat(inText("AWS Config rules and Amazon Glue jobs")).containsExactly("config", "glue");
        assertThat(ids("Config", true)).containsExactly("config");
    }

    @Test
    void aHeadingCanNameTwoServices() {
        assertThat(ids("S3 CloudFront", true)).containsExactly("s3");
        assertThat(ids("S3 DynamoDB", true)).containsExactly("s3", "dynamodb");
    }

    @Test
    void urlsDoNotCount() {
        assertThat(inText("see https://docs.aws.amazon.com/dynamodb/latest and www.example.com/S3")).isEmpty();
    }

    @Test
    void matchesSayWhere() {
        ServiceMatcher.Match match = MATCHER.find("Use DynamoDB's TTL", false).get(0);
        assertThat("Use DynamoDB's TTL".substring(match.start(), match.end())).isEqualTo("DynamoDB's");
    }
}
