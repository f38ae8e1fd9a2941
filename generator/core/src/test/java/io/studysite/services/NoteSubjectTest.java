package io.studysite.services;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.testing.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a note is about (title, file name, aliases, tags, folder) covers all its sections; headings add their own
 * services, pass down only one named alone, and are not about tools, asides, common nouns or namesakes.
 */
class NoteSubjectTest {
    @TempDir
    Path tmp;

    /** services.json as read by tools: per service id, its notes (with why) and its covered places. */
    private record Xref(Map<String, Map<String, String>> notes, Map<String, Set<String>> covers, BuildResult result) {
        Set<String> coveredAt(String note, String place) {
            Set<String> ids = new TreeSet<>();
            covers.forEach((id, places) -> {
                if (places.contains(note + " › " + place)) {
                    ids.add(id);
                }
            });
            return ids;
        }
    }

    @SuppressWarnings("unchecked")
    private Xref build(String... pathsAndTexts) throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"), pathsAndTexts);
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        String json = Files.readString(tmp.resolve("site/services/services.json"));
        Map<String, Object> root = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(json);
        Map<String, Map<String, String>> notes = new LinkedHashMap<>();
        Map<String, Set<String>> covers = new LinkedHashMap<>();
        // studysite-services/2: notes and sections once, services refer to them by position.
        List<Map<String, Object>> noteList = (List<Map<String, Object>>) root.get("notes");
        List<List<Object>> sections = (List<List<Object>>) root.get("sections");
        for (Map<String, Object> service : (List<Map<String, Object>>) root.get("services")) {
            String id = (String) service.get("id");
            for (Map<String, Object> n : (List<Map<String, Object>>) service.get("notes")) {
                notes.computeIfAbsent(id, k -> new LinkedHashMap<>())
                        .put((String) noteList.get((Integer) n.get("note")).get("path"), (String) n.get("why"));
            }
            for (Integer c : (List<Integer>) service.get("covers")) {
                List<Object> section = sections.get(c);
                covers.computeIfAbsent(id, k -> new TreeSet<>())
                        .add(noteList.get((Integer) section.get(0)).get("path") + " › " + section.get(2));
            }
        }
        return new Xref(notes, covers, result);
    }

    @Test
    void aNoteNamedAfterAServiceCoversItUnderGenericHeadingsAndWithout() throws IOException {
        Xref x = build("Amazon SQS.md", "Queues in general.\n## Overview\nMessages wait.\n## Tips\nLong polling.\n",
                "Kinesis Data Streams - shards.md", "Shards split and merge.\n");
        assertThat(x.coveredAt("Amazon SQS.md", "Overview")).containsExactly("sqs");
        assertThat(x.coveredAt("Amazon SQS.md", "Tips")).containsExactly("sqs");
        assertThat(x.coveredAt("Amazon SQS.md", "")).containsExactly("sqs");
        assertThat(x.coveredAt("Kinesis Data Streams - shards.md", "")).containsExactly("kinesis-data-streams");
        assertThat(x.notes().get("sqs")).containsExactly(Map.entry("Amazon SQS.md", "title"));
    }

    @Test
    void tagsAliasesAndFoldersSayWhatANoteIsAbout() throws IOException {
        Xref x = build("Bucket policies.md", "---\ntags: [aws/s3]\n---\n## Overview\nWho may read.\n",
                "Tables.md", "Partition keys. #dynamodb\n",
                "Functions.md", "---\naliases: [AWS Lambda basics]\n---\nHandlers.\n",
                "aws/storage/efs/Mount targets.md", "# Mount targets\n## Concepts\nOne per AZ.\n",
                "kms/key-policy-modifying.md", "# Changing a key policy\nEdit the JSON.\n");
        assertThat(x.coveredAt("Bucket policies.md", "Overview")).containsExactly("s3");
        assertThat(x.notes().get("s3")).containsEntry("Bucket policies.md", "tag");
        assertThat(x.notes().get("dynamodb")).containsEntry("Tables.md", "tag");
        assertThat(x.notes().get("lambda")).containsEntry("Functions.md", "alias");
        assertThat(x.coveredAt("aws/storage/efs/Mount targets.md", "Concepts")).containsExactly("efs");
        assertThat(x.notes().get("efs")).containsEntry("aws/storage/efs/Mount targets.md", "folder");
        assertThat(x.coveredAt("kms/key-policy-modifying.md", "")).containsExactly("kms");
        assertThat(x.result().diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("note-subjects");
            assertThat(d.message()).contains("5 of 5 notes are about a service").contains("by the folder (first: ");
        });
    }

    @Test
    void aHeadingNamingAnotherServiceAddsItAndTheNotesAboutAServiceAreItsNotes() throws IOException {
        Xref x = build("AWS Lambda.md", "# AWS Lambda\n## Create an Amazon SQS queue\nThe event source.\n",
                "Study plan.md", "# Study plan\n## Week 1\nRead.\n## S3\nBuckets.\n");
        assertThat(x.coveredAt("AWS Lambda.md", "Create an Amazon SQS queue")).containsExactly("lambda", "sqs");
        // Notes about SQS: none; its covering sections are listed with its covers.
        assertThat(x.notes()).doesNotContainKey("sqs");
        assertThat(x.coveredAt("Study plan.md", "S3")).containsExactly("s3");
        assertThat(x.coveredAt("Study plan.md", "Week 1")).isEmpty();
        assertThat(x.notes().get("lambda")).containsOnlyKeys("AWS Lambda.md");
    }

    @Test
    void featuresHoldingAnotherServicesNameBelongToTheirService() throws IOException {
        Xref x = build("Amazon EC2.md", "# Amazon EC2\n## EC2 Instance Connect\nSSH from the browser.\n",
                "Amazon S3.md", "# Amazon S3\n## S3 Batch Operations\nMillions of objects.\n",
                "AWS Organizations.md", "# AWS Organizations\n## Consolidated billing\nOne bill.\n",
                "Amazon EC2 Auto Scaling.md", "# Amazon EC2 Auto Scaling\n## Auto Scaling Default Limits\nTwenty.\n"
                        + "## Suspending auto scaling\nProcesses.\n",
                "Amazon DynamoDB.md", "# Amazon DynamoDB\n## On-Demand vs auto scaling\nCapacity.\n",
                "Amazon RDS.md", "# Amazon RDS\n## Maintenance, backup, and recovery\nWindows.\n",
                "AWS Lambda.md", "# AWS Lambda\n## Batch size\nUp to 10.\n");
        assertThat(x.coveredAt("Amazon EC2.md", "EC2 Instance Connect")).containsExactly("ec2", "ec2-instance-connect");
        assertThat(x.coveredAt("Amazon S3.md", "S3 Batch Operations")).containsExactly("s3", "s3-batch-operations");
        assertThat(x.coveredAt("AWS Organizations.md", "Consolidated billing")).containsExactly("organizations");
        assertThat(x.coveredAt("Amazon EC2 Auto Scaling.md", "Auto Scaling Default Limits")).containsExactly("ec2-auto-scaling");
        assertThat(x.coveredAt("Amazon EC2 Auto Scaling.md", "Suspending auto scaling")).containsExactly("ec2-auto-scaling");
        assertThat(x.coveredAt("Amazon DynamoDB.md", "On-Demand vs auto scaling")).containsExactly("dynamodb");
        assertThat(x.coveredAt("Amazon RDS.md", "Maintenance, backup, and recovery")).containsExactly("rds");
        assertThat(x.coveredAt("AWS Lambda.md", "Batch size")).containsExactly("lambda");
        assertThat(x.covers()).doesNotContainKeys("connect", "batch", "billing", "aws-auto-scaling", "backup");
    }

    @Test
    void inNotesAboutNoOneServiceASentenceCaseHeadingNamesTheService() throws IOException {
        // Exam notes cover many services, each under a heading written as the author writes: the sample vault's
        // "Elastic beanstalk" and "Load balancing & Auto scaling" are those services' sections.
        Xref x = build("Exam notes.md", "# Exam notes\n## Elastic beanstalk\nEnvironments.\n## Load balancing & Auto scaling\n"
                + "Targets.\n## Batch size\nTen.\n");
        assertThat(x.coveredAt("Exam notes.md", "Elastic beanstalk")).containsExactly("elastic-beanstalk");
        assertThat(x.coveredAt("Exam notes.md", "Load balancing & Auto scaling")).containsExactly("aws-auto-scaling", "elb");
        // One plain word is still a word.
        assertThat(x.covers()).doesNotContainKey("batch");
    }

    @Test
    void aHeadingListingSeveralServicesPassesNoneDown() throws IOException {
        Xref x = build("Elastic Beanstalk.md", "# Elastic Beanstalk\n## Beanstalk with Auto Scaling, CloudWatch, SNS and RDS\n"
                + "Wired together.\n### Configuration Templates\nSaved settings.\n## Amazon SQS\n### Worker tier\nQueues.\n");
        assertThat(x.coveredAt("Elastic Beanstalk.md", "Beanstalk with Auto Scaling, CloudWatch, SNS and RDS"))
                .containsExactly("aws-auto-scaling", "cloudwatch", "elastic-beanstalk", "rds", "sns");
        assertThat(x.coveredAt("Elastic Beanstalk.md", "Beanstalk with Auto Scaling, CloudWatch, SNS and RDS › Configuration Templates"))
                .containsExactly("elastic-beanstalk");
        // A heading naming one service alone passes it down, beside the note's own.
        assertThat(x.coveredAt("Elastic Beanstalk.md", "Amazon SQS › Worker tier")).containsExactly("elastic-beanstalk", "sqs");
    }

    @Test
    void toolHeadingsAndAsidesSayHowNotWhat() throws IOException {
        Xref x = build("sns/example_CreateTopic.md", "# Create an Amazon SNS topic using an AWS SDK\nExamples.\n## PHP\n"
                        + "AWS SDK for PHP.\n## Delete the topic (AWS CLI)\nOne command.\n## Using the AWS Management Console\nClicks.\n",
                "Amazon EC2 Auto Scaling.md", "# Amazon EC2 Auto Scaling\n## Notifications (SNS) & Monitoring (CloudWatch)\nAlarms.\n",
                "AWS CLI.md", "# AWS CLI\n## Profiles\nNamed profiles.\n");
        assertThat(x.coveredAt("sns/example_CreateTopic.md", "PHP")).containsExactly("sns");
        assertThat(x.coveredAt("sns/example_CreateTopic.md", "Delete the topic (AWS CLI)")).containsExactly("sns");
        assertThat(x.coveredAt("sns/example_CreateTopic.md", "Using the AWS Management Console")).containsExactly("sns");
        assertThat(x.coveredAt("Amazon EC2 Auto Scaling.md", "Notifications (SNS) & Monitoring (CloudWatch)"))
                .containsExactly("ec2-auto-scaling");
        // A note about a tool covers it.
        assertThat(x.coveredAt("AWS CLI.md", "Profiles")).containsExactly("aws-cli");
        assertThat(x.covers()).doesNotContainKeys("aws-sdk", "management-console", "cloudwatch");
    }
}
