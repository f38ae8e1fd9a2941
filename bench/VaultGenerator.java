/*
 * VaultGenerator: writes a synthetic, deterministic study vault for benchmarking studysite.
 *
 *   java bench/VaultGenerator.java --notes 1000 --seed 42 --out bench/out/vault-1000
 *
 * Single-file Java 17 program, no dependencies. The same arguments always produce byte-identical
 * files: every random choice comes from a SplittableRandom seeded with --seed (one split per note,
 * taken in a fixed order), collections are lists or insertion-ordered maps, and nothing depends on
 * the clock, the locale, the file system order or the number of threads.
 *
 * The vault mixes the two dialects of the sample notes in content/:
 *  - Obsidian notes (about 70%): "# Title" headings, single-newline line breaks, tab-indented nested
 *    lists, GFM tables, fenced code, callouts, wikilinks [[Note]], [[Note|alias]], [[Note#Heading]],
 *    [[#Heading]], [[folder/Note]], image embeds ![[Pasted image 20220205104444.png]];
 *    about 3% of the wikilinks point at notes that do not exist, about 2% of the embeds at missing
 *    attachments, and a few file names are used twice in different folders (ambiguous links).
 *  - Jekyll notes (about 30%): YAML front matter (title, tags, classes: wide), {% include toc %},
 *    headings written "#EC2" and "# S3 (Amazon Simple Storage Service)", 2-space nested lists and
 *    [![]({{ "/assets/images/..png" | absolute_url }}){:class="img-responsive"}](...) image links.
 */

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

public class VaultGenerator {

    // ------------------------------------------------------------------------------------------
    // Word lists
    // ------------------------------------------------------------------------------------------

    record Service(String name, String longName, String domain, String cli, String cfn,
                   String[] subtopics, String[] apis) {}

    static Service svc(String name, String longName, String domain, String cli, String cfn,
                       String subtopics, String apis) {
        return new Service(name, longName, domain, cli, cfn,
                subtopics.isEmpty() ? new String[0] : subtopics.split("; "),
                apis.isEmpty() ? new String[0] : apis.split(", "));
    }

    static final Service[] SERVICES = {
        svc("EC2", "Amazon Elastic Compute Cloud", "compute", "ec2", "AWS::EC2::Instance",
            "Instance Types; Security Groups; Elastic IP; User Data; Placement Groups; Spot Instances; Reserved Instances; Hibernation; AMI; Instance Metadata",
            "RunInstances, DescribeInstances, StopInstances, TerminateInstances, CreateImage"),
        svc("EBS", "Amazon Elastic Block Store", "storage", "ec2", "AWS::EC2::Volume",
            "Volume Types; Snapshots; Multi-Attach; Encryption; Provisioned IOPS",
            "CreateVolume, AttachVolume, CreateSnapshot"),
        svc("EFS", "Amazon Elastic File System", "storage", "efs", "AWS::EFS::FileSystem",
            "Performance Modes; Throughput Modes; Storage Classes; Access Points; Mount Targets",
            "CreateFileSystem, CreateMountTarget"),
        svc("S3", "Amazon Simple Storage Service", "storage", "s3api", "AWS::S3::Bucket",
            "Storage Classes; Versioning; Replication; Lifecycle Rules; Encryption; Presigned URLs; Event Notifications; Multipart Upload; S3 Select; CORS; Object Lock; Bucket Policies",
            "PutObject, GetObject, ListObjectsV2, CreateMultipartUpload, PutBucketPolicy, HeadObject"),
        svc("Glacier", "Amazon S3 Glacier", "storage", "glacier", "AWS::S3::Bucket",
            "Retrieval Options; Vault Lock; Deep Archive", "InitiateJob, UploadArchive"),
        svc("DynamoDB", "Amazon DynamoDB", "database", "dynamodb", "AWS::DynamoDB::Table",
            "Partition Keys; Sort Keys; Global Secondary Indexes; Local Secondary Indexes; Capacity Modes; DAX; Streams; TTL; Transactions; Global Tables; Conditional Writes; Optimistic Locking",
            "PutItem, GetItem, Query, Scan, BatchWriteItem, UpdateItem, TransactWriteItems"),
        svc("RDS", "Amazon Relational Database Service", "database", "rds", "AWS::RDS::DBInstance",
            "Read Replicas; Multi-AZ; Automated Backups; Encryption; RDS Proxy; IAM Authentication; Parameter Groups",
            "CreateDBInstance, CreateDBSnapshot, ModifyDBInstance"),
        svc("Aurora", "Amazon Aurora", "database", "rds", "AWS::RDS::DBCluster",
            "Aurora Replicas; Aurora Serverless; Global Database; Cluster Endpoints; Backtrack",
            "CreateDBCluster, FailoverDBCluster"),
        svc("ElastiCache", "Amazon ElastiCache", "database", "elasticache", "AWS::ElastiCache::CacheCluster",
            "Redis vs Memcached; Lazy Loading; Write Through; Cache Evictions; Cluster Mode; Redis AUTH",
            "CreateCacheCluster, CreateReplicationGroup"),
        svc("Redshift", "Amazon Redshift", "analytics", "redshift", "AWS::Redshift::Cluster",
            "Redshift Spectrum; Snapshots; Workload Management; RA3 Nodes", "CreateCluster"),
        svc("Lambda", "AWS Lambda", "compute", "lambda", "AWS::Lambda::Function",
            "Concurrency; Layers; Versions and Aliases; Event Source Mapping; Destinations; Cold Starts; Environment Variables; Lambda@Edge; Container Images; Function URLs",
            "Invoke, PublishVersion, UpdateFunctionCode, PutFunctionConcurrency, CreateEventSourceMapping"),
        svc("ECS", "Amazon Elastic Container Service", "containers", "ecs", "AWS::ECS::Service",
            "Launch Types; Task Definitions; Services; Task Placement; Capacity Providers; Task Roles",
            "RunTask, RegisterTaskDefinition, UpdateService"),
        svc("ECR", "Amazon Elastic Container Registry", "containers", "ecr", "AWS::ECR::Repository",
            "Image Scanning; Lifecycle Policies; Replication", "GetAuthorizationToken, PutImage"),
        svc("EKS", "Amazon Elastic Kubernetes Service", "containers", "eks", "AWS::EKS::Cluster",
            "Node Groups; Fargate Profiles; Add-ons", "CreateCluster, CreateNodegroup"),
        svc("Fargate", "AWS Fargate", "containers", "ecs", "AWS::ECS::TaskDefinition",
            "Task Sizes; Networking; Ephemeral Storage", ""),
        svc("Elastic Beanstalk", "AWS Elastic Beanstalk", "compute", "elasticbeanstalk", "AWS::ElasticBeanstalk::Environment",
            "Deployment Policies; Environments; .ebextensions; Worker Environments; Lifecycle Policy; Platforms; Saved Configurations",
            "CreateEnvironment, UpdateEnvironment, SwapEnvironmentCNAMEs"),
        svc("ELB", "Elastic Load Balancing", "networking", "elbv2", "AWS::ElasticLoadBalancingV2::LoadBalancer",
            "Application Load Balancer; Network Load Balancer; Gateway Load Balancer; Target Groups; Sticky Sessions; Cross-Zone Load Balancing; Deregistration Delay; SSL Certificates",
            "CreateLoadBalancer, RegisterTargets, CreateListener"),
        svc("Auto Scaling", "Amazon EC2 Auto Scaling", "compute", "autoscaling", "AWS::AutoScaling::AutoScalingGroup",
            "Launch Templates; Scaling Policies; Cooldown Period; Termination Policies; Lifecycle Hooks; Warm Pools",
            "CreateAutoScalingGroup, PutScalingPolicy, SetDesiredCapacity"),
        svc("SQS", "Amazon Simple Queue Service", "integration", "sqs", "AWS::SQS::Queue",
            "Standard Queues; FIFO Queues; Visibility Timeout; Long Polling; Dead-Letter Queues; Delay Queues; Message Deduplication; Extended Client",
            "SendMessage, ReceiveMessage, DeleteMessage, ChangeMessageVisibility, PurgeQueue"),
        svc("SNS", "Amazon Simple Notification Service", "integration", "sns", "AWS::SNS::Topic",
            "Topics; Subscriptions; Fan-Out; Message Filtering; FIFO Topics; Delivery Retries",
            "Publish, Subscribe, CreateTopic"),
        svc("Kinesis", "Amazon Kinesis", "analytics", "kinesis", "AWS::Kinesis::Stream",
            "Kinesis Data Streams; Kinesis Data Firehose; Kinesis Data Analytics; Shards; Enhanced Fan-Out; Kinesis Client Library; Resharding",
            "PutRecord, PutRecords, GetRecords, GetShardIterator, SplitShard, MergeShards"),
        svc("EventBridge", "Amazon EventBridge", "integration", "events", "AWS::Events::Rule",
            "Event Buses; Rules; Schema Registry; Archive and Replay; Pipes", "PutEvents, PutRule, PutTargets"),
        svc("Step Functions", "AWS Step Functions", "integration", "stepfunctions", "AWS::StepFunctions::StateMachine",
            "State Machines; Standard vs Express; Task States; Error Handling; Map State; Wait for Callback",
            "StartExecution, SendTaskSuccess, DescribeExecution"),
        svc("API Gateway", "Amazon API Gateway", "networking", "apigateway", "AWS::ApiGateway::RestApi",
            "REST APIs; HTTP APIs; WebSocket APIs; Stages; Stage Variables; Usage Plans; Caching; Authorizers; Mapping Templates; Canary Deployments",
            "CreateRestApi, CreateDeployment, GetExport, FlushStageCache"),
        svc("CloudFront", "Amazon CloudFront", "networking", "cloudfront", "AWS::CloudFront::Distribution",
            "Origins; Cache Behaviors; Origin Access Control; Signed URLs; Geo Restriction; Invalidations; Field-Level Encryption",
            "CreateDistribution, CreateInvalidation"),
        svc("Route 53", "Amazon Route 53", "networking", "route53", "AWS::Route53::RecordSet",
            "Record Types; Routing Policies; Health Checks; Alias Records; Hosted Zones; TTL",
            "ChangeResourceRecordSets, CreateHostedZone"),
        svc("VPC", "Amazon Virtual Private Cloud", "networking", "ec2", "AWS::EC2::VPC",
            "Subnets; NAT Gateway; Security Groups vs NACLs; VPC Endpoints; VPC Peering; Flow Logs; Transit Gateway",
            "CreateVpc, CreateSubnet, CreateVpcEndpoint"),
        svc("IAM", "AWS Identity and Access Management", "security", "iam", "AWS::IAM::Role",
            "Users and Groups; Roles; Policies; Permission Boundaries; Policy Evaluation Logic; Access Keys; MFA; Credentials Report; Access Analyzer",
            "AssumeRole, GetPolicy, SimulatePrincipalPolicy, CreateRole, AttachRolePolicy"),
        svc("STS", "AWS Security Token Service", "security", "sts", "AWS::IAM::Role",
            "AssumeRole; GetSessionToken; Federation; DecodeAuthorizationMessage",
            "AssumeRole, GetSessionToken, GetCallerIdentity, DecodeAuthorizationMessage"),
        svc("Cognito", "Amazon Cognito", "security", "cognito-idp", "AWS::Cognito::UserPool",
            "User Pools; Identity Pools; Hosted UI; Lambda Triggers; Adaptive Authentication",
            "InitiateAuth, SignUp, GetId, GetCredentialsForIdentity"),
        svc("KMS", "AWS Key Management Service", "security", "kms", "AWS::KMS::Key",
            "Customer Managed Keys; Envelope Encryption; Key Policies; Key Rotation; Request Quotas; Multi-Region Keys",
            "Encrypt, Decrypt, GenerateDataKey, ReEncrypt, CreateGrant"),
        svc("Secrets Manager", "AWS Secrets Manager", "security", "secretsmanager", "AWS::SecretsManager::Secret",
            "Automatic Rotation; Cross-Region Replication; Resource Policies", "GetSecretValue, RotateSecret"),
        svc("Parameter Store", "AWS Systems Manager Parameter Store", "security", "ssm", "AWS::SSM::Parameter",
            "Standard vs Advanced; Parameter Policies; Hierarchies; SecureString",
            "GetParameter, GetParametersByPath, PutParameter"),
        svc("CloudWatch", "Amazon CloudWatch", "monitoring", "cloudwatch", "AWS::CloudWatch::Alarm",
            "Metrics; Custom Metrics; Alarms; CloudWatch Logs; Logs Insights; Metric Filters; Dashboards; Unified Agent; Embedded Metric Format",
            "PutMetricData, PutMetricAlarm, PutLogEvents, GetMetricStatistics"),
        svc("X-Ray", "AWS X-Ray", "monitoring", "xray", "AWS::XRay::Group",
            "Traces; Segments and Subsegments; Annotations vs Metadata; Sampling Rules; X-Ray Daemon; Service Map",
            "PutTraceSegments, GetTraceSummaries, BatchGetTraces"),
        svc("CloudTrail", "AWS CloudTrail", "monitoring", "cloudtrail", "AWS::CloudTrail::Trail",
            "Management Events; Data Events; CloudTrail Insights; Trails; Event History", "LookupEvents, CreateTrail"),
        svc("CloudFormation", "AWS CloudFormation", "devops", "cloudformation", "AWS::CloudFormation::Stack",
            "Templates; Parameters; Mappings; Outputs and Exports; Conditions; Intrinsic Functions; Change Sets; Nested Stacks; StackSets; Drift Detection; Rollbacks; Stack Policies",
            "CreateStack, UpdateStack, CreateChangeSet, ExecuteChangeSet, DescribeStackEvents"),
        svc("CodeCommit", "AWS CodeCommit", "devops", "codecommit", "AWS::CodeCommit::Repository",
            "Repositories; Triggers and Notifications; Authentication", "CreateRepository, GitPush"),
        svc("CodeBuild", "AWS CodeBuild", "devops", "codebuild", "AWS::CodeBuild::Project",
            "buildspec.yml; Build Environments; Build Artifacts; Local Caching; Build in VPC",
            "StartBuild, BatchGetBuilds"),
        svc("CodeDeploy", "AWS CodeDeploy", "devops", "deploy", "AWS::CodeDeploy::Application",
            "appspec.yml; Deployment Configurations; Lifecycle Hooks; Blue-Green Deployments; CodeDeploy Agent",
            "CreateDeployment, GetDeployment"),
        svc("CodePipeline", "AWS CodePipeline", "devops", "codepipeline", "AWS::CodePipeline::Pipeline",
            "Stages; Actions; Artifacts; Manual Approval; Cross-Region Actions", "StartPipelineExecution, PutApprovalResult"),
        svc("CodeArtifact", "AWS CodeArtifact", "devops", "codeartifact", "AWS::CodeArtifact::Repository",
            "Domains; Upstream Repositories; External Connections", "GetAuthorizationToken"),
        svc("SAM", "AWS Serverless Application Model", "serverless", "sam", "AWS::Serverless::Function",
            "SAM Templates; sam build; sam deploy; Policy Templates; SAM Accelerate; Local Testing",
            ""),
        svc("CDK", "AWS Cloud Development Kit", "devops", "cdk", "AWS::CDK::Metadata",
            "Constructs; Stacks; cdk synth; Bootstrapping; CDK Assertions", ""),
        svc("AppSync", "AWS AppSync", "serverless", "appsync", "AWS::AppSync::GraphQLApi",
            "GraphQL Schema; Resolvers; Subscriptions; Caching", "CreateGraphqlApi, StartSchemaCreation"),
        svc("Athena", "Amazon Athena", "analytics", "athena", "AWS::Athena::WorkGroup",
            "Partitioning; Workgroups; Federated Queries", "StartQueryExecution, GetQueryResults"),
        svc("Glue", "AWS Glue", "analytics", "glue", "AWS::Glue::Job",
            "Crawlers; Data Catalog; Glue Jobs; Job Bookmarks", "StartJobRun, CreateCrawler"),
        svc("OpenSearch", "Amazon OpenSearch Service", "analytics", "opensearch", "AWS::OpenSearchService::Domain",
            "Domains; Index Patterns; Dashboards", "CreateDomain"),
        svc("SES", "Amazon Simple Email Service", "integration", "ses", "AWS::SES::ConfigurationSet",
            "Sending Identities; Configuration Sets; Sandbox", "SendEmail, VerifyEmailIdentity"),
        svc("Amplify", "AWS Amplify", "serverless", "amplify", "AWS::Amplify::App",
            "Amplify Hosting; Amplify Studio; Authentication", "CreateApp, StartJob"),
        svc("WAF", "AWS WAF", "security", "wafv2", "AWS::WAFv2::WebACL",
            "Web ACLs; Rate-Based Rules; Managed Rules", "CreateWebACL, UpdateWebACL"),
        svc("Shield", "AWS Shield", "security", "shield", "AWS::Shield::Protection",
            "Shield Standard; Shield Advanced; DDoS Response Team", "CreateProtection"),
        svc("Organizations", "AWS Organizations", "security", "organizations", "AWS::Organizations::Policy",
            "Service Control Policies; Organizational Units; Consolidated Billing", "CreatePolicy, AttachPolicy"),
        svc("GuardDuty", "Amazon GuardDuty", "security", "guardduty", "AWS::GuardDuty::Detector",
            "Findings; Threat Intelligence", "CreateDetector, ListFindings"),
        svc("Systems Manager", "AWS Systems Manager", "devops", "ssm", "AWS::SSM::Document",
            "Session Manager; Run Command; Patch Manager; State Manager", "SendCommand, StartSession"),
        svc("Trusted Advisor", "AWS Trusted Advisor", "monitoring", "support", "AWS::Support::Case",
            "Checks; Service Limits", "DescribeTrustedAdvisorChecks"),
    };

    static final String[] GENERIC_SUBTOPICS = {
        "Overview", "Pricing", "Limits", "Security", "Monitoring", "Exam Tips", "Use Cases", "Integrations",
        "Best Practices", "Encryption", "High Availability", "Quotas", "Troubleshooting", "Performance",
        "Costs", "Networking", "Logging", "Permissions", "Scaling", "Backups", "Common Mistakes", "Summary",
    };

    static final String[] FEATURES = {
        "encryption at rest", "encryption in transit", "cross-region replication", "lifecycle policies",
        "provisioned throughput", "auto scaling", "dead-letter queues", "the visibility timeout", "read replicas",
        "Multi-AZ deployments", "VPC endpoints", "resource-based policies", "IAM roles", "CloudWatch metrics",
        "server-side encryption with KMS", "TTL", "global tables", "reserved concurrency", "edge locations",
        "origin access control", "sticky sessions", "health checks", "blue/green deployments", "rolling updates",
        "change sets", "stack policies", "throttling", "usage plans", "API keys", "caching", "signed URLs",
        "long polling", "fan-out", "shards", "partition keys", "sort keys", "point-in-time recovery", "snapshots",
        "versioning", "event notifications", "tagging", "access logs", "VPC flow logs", "the free tier",
        "provisioned concurrency", "environment variables", "instance profiles", "the instance metadata service",
        "envelope encryption", "customer managed keys", "exponential backoff", "batching", "idempotency tokens",
        "conditional writes", "strongly consistent reads", "eventually consistent reads", "on-demand capacity",
        "cost allocation tags", "service quotas", "cross-account access", "trust policies", "session tokens",
    };

    static final String[] ACTIONS = {
        "decouple producers and consumers", "reduce latency for global users", "scale horizontally",
        "encrypt data in transit", "replicate data across regions", "rotate credentials automatically",
        "audit every API call", "cache frequently accessed items", "process records in order",
        "invoke a function asynchronously", "deploy without downtime", "roll back a failed deployment",
        "share resources across accounts", "reduce the cost of idle capacity", "survive the loss of an AZ",
        "avoid hard-coding secrets", "trace a request end to end", "throttle abusive clients",
        "retry failed messages later", "serve static content from the edge", "store session state",
        "control who can call the API", "keep the database warm", "limit the blast radius of a change",
        "debug permission errors", "manage infrastructure as code", "run containers without servers",
        "aggregate logs from many instances", "automate backups", "react to events in near real time",
    };

    static final String[] ADJECTIVES = {
        "enabled", "disabled", "regional", "global", "stateful", "stateless", "eventually consistent",
        "strongly consistent", "synchronous", "asynchronous", "free", "charged per request", "immutable",
        "optional", "mandatory", "managed by AWS", "highly available", "serverless", "idempotent",
    };

    /** "quantity|unit" pairs, so that limits read like limits. */
    static final String[] QUANTITIES = {
        "item size|KB", "message size|KB", "timeout|seconds", "timeout|minutes", "retention period|days",
        "payload size|MB", "number of read replicas|per primary", "number of shards|per stream", "batch size|records",
        "deployment package size|MB", "number of tags|per resource", "TTL|seconds", "number of subscriptions|per topic",
        "request rate|requests per second", "number of stages|per API", "throughput per partition|MB per second",
        "storage|GB", "storage|TB", "number of instances|per region", "number of accounts|per organization",
    };

    static final String[] SCENARIOS = {
        "a spike of traffic at 9 AM", "a legacy application that cannot be changed", "a global user base",
        "strict ordering of messages", "a read-heavy workload", "a write-heavy workload", "unpredictable traffic",
        "secrets that must be rotated", "a multi-account setup", "a serverless backend", "a lift and shift migration",
        "a compliance requirement", "a mobile application", "an IoT fleet", "a batch job that runs every night",
    };

    static final String[] OPENERS = {
        "N.B.", "Remember:", "Exam tip:", "Important:", "Note that", "Keep in mind that", "Careful:", "TL;DR:",
    };

    static final String[] CELL_VALUES = {
        "Yes", "No", "Optional", "N/A", "Supported", "Not supported", "Managed by AWS", "Regional", "Global",
        "Default", "Best effort", "Strict", "At least once", "Exactly once", "Synchronous", "Asynchronous",
        "Free", "Per request", "Per hour", "Unlimited",
    };

    static final String[] EXAMS = {"dva", "saa", "soa", "sap", "dop", "clf"};
    static final double[] EXAM_WEIGHTS = {0.30, 0.28, 0.15, 0.10, 0.10, 0.07};
    static final String[] EXAM_TITLES = {
        "AWS Developer Associate", "AWS Solutions Architect Associate", "AWS SysOps Administrator",
        "AWS Solutions Architect Professional", "AWS DevOps Engineer Professional", "AWS - Cloud Practitioner",
    };
    static final String[] SUBFOLDERS = {
        "labs", "deep dives", "exam tips", "2022", "2023", "practice questions", "udemy", "whitepapers", "review",
    };

    /** Names that never exist in the vault: targets of the deliberately broken wikilinks. */
    static final String[] BROKEN_NAMES = {
        "Sviluppo", "DevOps", "Programmazione ad oggetti distribuiti", "Networking basics", "TODO",
        "Kubernetes the hard way", "Linux cheatsheet", "Reti di calcolatori", "Docker", "Terraform",
    };

    static final String[] LANGS = {"json", "bash", "yaml", "python", "java", "", "javascript"};

    // ------------------------------------------------------------------------------------------
    // Plan
    // ------------------------------------------------------------------------------------------

    record Heading(int level, String text, boolean linkable) {}

    static final class Note {
        final int index;
        boolean jekyll;
        String folder;          // "dva/compute" (never empty)
        String name;            // file name without ".md"
        Service service;
        int exam;
        int targetBytes;
        final List<Heading> headings = new ArrayList<>();
        final List<String> embeds = new ArrayList<>();       // attachment names (may be missing ones)
        final List<String> jekyllImages = new ArrayList<>(); // "/assets/images/..png"
        boolean hub;
        SplittableRandom rnd;

        Note(int index) { this.index = index; }

        String path() { return folder + "/" + name + ".md"; }
    }

    static final class Stats {
        final AtomicLong wikilinks = new AtomicLong();
        final AtomicLong brokenWikilinks = new AtomicLong();
        final AtomicLong ambiguousWikilinks = new AtomicLong();
        final AtomicLong embeds = new AtomicLong();
        final AtomicLong missingEmbeds = new AtomicLong();
        final AtomicLong markdownBytes = new AtomicLong();
        final AtomicLong attachmentBytes = new AtomicLong();
    }

    final int noteCount;
    final long seed;
    final double jekyllShare;
    final SplittableRandom master;
    final List<Note> notes = new ArrayList<>();
    final List<Note> obsidian = new ArrayList<>();
    final Set<String> namesLower = new HashSet<>();      // membership only, never iterated
    final Map<String, Integer> nameCount = new LinkedHashMap<>();
    final List<String> attachments = new ArrayList<>();
    final List<String> jekyllAssets = new ArrayList<>();
    final Set<String> missingAttachments = new HashSet<>();
    final Note[] hubs = new Note[EXAMS.length];
    final Stats stats = new Stats();

    VaultGenerator(int noteCount, long seed, double jekyllShare) {
        this.noteCount = noteCount;
        this.seed = seed;
        this.jekyllShare = jekyllShare;
        this.master = new SplittableRandom(seed);
    }

    static <T> T pick(SplittableRandom r, T[] a) { return a[r.nextInt(a.length)]; }

    static <T> T pick(SplittableRandom r, List<T> a) { return a.get(r.nextInt(a.size())); }

    static int weighted(SplittableRandom r, double[] w) {
        double x = r.nextDouble(), acc = 0;
        for (int i = 0; i < w.length; i++) {
            acc += w[i];
            if (x < acc) return i;
        }
        return w.length - 1;
    }

    static String slug(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return t.replaceAll("^-+|-+$", "");
    }

    /** Characters Obsidian refuses in file names, plus the wikilink syntax characters. */
    static String fileSafe(String s) {
        return s.replaceAll("[\\\\/:*?\"<>|#^\\[\\]]", "-").replaceAll("\\s+", " ").trim();
    }

    static String subtopic(SplittableRandom r, Service s) {
        if (s.subtopics.length > 0 && r.nextDouble() < 0.75) return pick(r, s.subtopics);
        return pick(r, GENERIC_SUBTOPICS);
    }

    static String api(SplittableRandom r, Service s) {
        if (s.apis.length > 0) return pick(r, s.apis);
        return "Describe" + s.name.replace(" ", "");
    }

    Service relatedService(SplittableRandom r, Service s) {
        if (r.nextDouble() < 0.6) {
            for (int tries = 0; tries < 8; tries++) {
                Service o = pick(r, SERVICES);
                if (o != s && o.domain.equals(s.domain)) return o;
            }
        }
        Service o = pick(r, SERVICES);
        return o == s ? SERVICES[(indexOf(s) + 1) % SERVICES.length] : o;
    }

    static int indexOf(Service s) {
        for (int i = 0; i < SERVICES.length; i++) if (SERVICES[i] == s) return i;
        return 0;
    }

    boolean claimName(String folder, String name) {
        String key = (folder + "/" + name).toLowerCase(Locale.ROOT);
        return namesLower.add(key);
    }

    String uniqueName(String base) {
        // globally unique file names (the deliberate duplicates are made afterwards)
        String lower = base.toLowerCase(Locale.ROOT);
        Integer n = nameCount.get(lower);
        if (n == null) {
            nameCount.put(lower, 1);
            return base;
        }
        while (true) {
            n++;
            String candidate = base + " " + n;
            String cl = candidate.toLowerCase(Locale.ROOT);
            if (!nameCount.containsKey(cl)) {
                nameCount.put(lower, n);
                nameCount.put(cl, 1);
                return candidate;
            }
        }
    }

    String obsidianName(SplittableRandom r, Note n) {
        Service s = n.service;
        String sub = fileSafe(subtopic(r, s));
        if (sub.startsWith(s.name + " ")) sub = sub.substring(s.name.length() + 1);
        int k = 1 + r.nextInt(40);
        double x = r.nextDouble();
        String base;
        if (x < 0.14) base = s.name;
        else if (x < 0.28) base = s.name + " Deep Dive " + k;
        else if (x < 0.42) base = s.name + " - " + sub;
        else if (x < 0.55) base = s.name + " " + sub;
        else if (x < 0.62) base = s.name + " vs " + relatedService(r, s).name;
        else if (x < 0.68) base = s.name + " Exam Tips";
        else if (x < 0.74) base = s.name + " Lab " + k;
        else if (x < 0.80) base = s.name + " Practice Questions " + k;
        else if (x < 0.85) base = s.longName;
        else if (x < 0.88) base = "Appunti " + s.name + " – " + sub;           // en dash, non-ASCII
        else if (x < 0.90) base = "Note su " + s.name + " (più dettagli)";     // accented
        else if (x < 0.95) base = s.name + " (" + EXAMS[n.exam].toUpperCase(Locale.ROOT) + "-C0" + (1 + r.nextInt(3)) + ")";
        else base = sub + " in " + s.name;
        return uniqueName(fileSafe(base));
    }

    String jekyllName(SplittableRandom r, Note n) {
        Service s = n.service;
        double x = r.nextDouble();
        String base;
        if (x < 0.35) base = "aws-" + slug(s.name) + "-notes";
        else if (x < 0.65) base = String.format(Locale.ROOT, "20%02d-%02d-%02d-aws-%s-%s",
                19 + r.nextInt(5), 1 + r.nextInt(12), 1 + r.nextInt(28), slug(s.name), slug(subtopic(r, s)));
        else if (x < 0.85) base = "aws-certified-" + slug(EXAM_TITLES[n.exam].replace("AWS", "")) + "-notes";
        else base = slug(s.name) + "-cheatsheet";
        return uniqueName(base);
    }

    String folderFor(SplittableRandom r, Note n) {
        String exam = EXAMS[n.exam];
        double d = r.nextDouble();
        if (d < 0.15) return exam;
        String domain = r.nextDouble() < 0.8 ? n.service.domain : pick(r, SERVICES).domain;
        if (d < 0.75) return exam + "/" + domain;
        return exam + "/" + domain + "/" + pick(r, SUBFOLDERS);
    }

    void plan() {
        // 1. dialect, service, folder, name, size
        for (int i = 0; i < noteCount; i++) {
            Note n = new Note(i);
            n.rnd = master.split();
            SplittableRandom r = master;
            n.exam = weighted(r, EXAM_WEIGHTS);
            n.service = pick(r, SERVICES);
            if (hubs[n.exam] == null && (noteCount >= 20 || i == 0)) {
                // one hub note per exam, like "AWS Developer Associate.md"
                n.hub = true;
                n.jekyll = false;
                n.folder = EXAMS[n.exam];
                n.name = uniqueName(EXAM_TITLES[n.exam]);
                hubs[n.exam] = n;
            } else {
                n.jekyll = r.nextDouble() < jekyllShare;
                n.folder = folderFor(r, n);
                n.name = n.jekyll ? jekyllName(r, n) : obsidianName(r, n);
            }
            claimName(n.folder, n.name);
            // log-normal sizes: median ~8 KB, clamped to 2..30 KB, mean ~10 KB
            double z = gaussian(r);
            double size = 8000 * Math.exp(0.72 * z);
            if (n.hub) size *= 2.5;
            n.targetBytes = (int) Math.max(2000, Math.min(30000, size));
            notes.add(n);
            if (!n.jekyll) obsidian.add(n);
        }

        // 2. ambiguous names: a few Obsidian notes share their file name with a note in another
        //    folder (dva/compute/Lambda.md and saa/compute/Lambda.md)
        int dupes = obsidian.size() < 10 ? 0 : Math.max(2, obsidian.size() / 120);
        List<Note> canonical = new ArrayList<>();   // notes named just "Lambda", "S3", ...
        for (Note n : obsidian) if (!n.hub && n.name.equals(n.service.name)) canonical.add(n);
        for (int d = 0, tries = 0; d < dupes && tries < dupes * 50; tries++) {
            // mostly canonical names in two exams (dva/compute/Lambda.md, saa/Lambda.md), some others
            boolean canon = !canonical.isEmpty() && master.nextDouble() < 0.7;
            Note a = canon ? pick(master, canonical) : pick(master, obsidian);
            Note b = pick(master, obsidian);
            if (a == b || a.hub || b.hub || a.folder.equals(b.folder) || (canon && a.exam == b.exam)) continue;
            String shared = a.name;
            if (!claimName(b.folder, shared)) continue;
            namesLower.remove((b.folder + "/" + b.name).toLowerCase(Locale.ROOT));
            b.name = shared;
            b.service = a.service;
            d++;
        }
        for (Note n : notes) nameCountFinal.merge(n.name.toLowerCase(Locale.ROOT), 1, Integer::sum);

        // 3. headings (needed before rendering: other notes link to them)
        for (Note n : notes) planHeadings(n);

        // 4. attachments: about one per 5 notes, each embedded by one (sometimes two) Obsidian notes
        int attachmentCount = Math.max(1, Math.round(noteCount / 5f));
        long t = 20220205104444L;
        int year = 2022, month = 2, day = 5, hh = 10, mm = 44, ss = 44;
        for (int i = 0; i < attachmentCount; i++) {
            attachments.add(String.format(Locale.ROOT, "Pasted image %04d%02d%02d%02d%02d%02d.png", year, month, day, hh, mm, ss));
            // advance a plausible clock: seconds to days between screenshots
            ss += 1 + master.nextInt(59);
            mm += master.nextInt(20);
            if (master.nextDouble() < 0.08) { hh += 1 + master.nextInt(3); }
            if (master.nextDouble() < 0.03) { day += 1; hh = 9 + master.nextInt(4); }
            if (ss >= 60) { mm += ss / 60; ss %= 60; }
            if (mm >= 60) { hh += mm / 60; mm %= 60; }
            if (hh >= 24) { day += hh / 24; hh %= 24; }
            if (day > 28) { month += 1; day = 1; }
            if (month > 12) { year += 1; month = 1; }
        }
        if (!obsidian.isEmpty()) {
            for (String a : attachments) {
                pick(master, obsidian).embeds.add(a);
                if (master.nextDouble() < 0.1) pick(master, obsidian).embeds.add(a);
            }
            int embedsSoFar = 0;
            for (Note n : obsidian) embedsSoFar += n.embeds.size();
            int missing = Math.max(1, Math.round(embedsSoFar * 0.02f));
            for (int i = 0; i < missing; i++) {
                // timestamps from 2021, before any real attachment
                String m = String.format(Locale.ROOT, "Pasted image 2021%02d%02d%02d%02d%02d.png",
                        1 + master.nextInt(12), 1 + master.nextInt(28), master.nextInt(24), master.nextInt(60), master.nextInt(60));
                missingAttachments.add(m);
                pick(master, obsidian).embeds.add(m);
            }
            // shuffle each note's embed order deterministically
            for (Note n : obsidian) shuffle(n.rnd, n.embeds);
        }

        // 5. Jekyll asset images under assets/images/aws/<exam>/
        List<Note> jek = new ArrayList<>();
        for (Note n : notes) if (n.jekyll) jek.add(n);
        int assetCount = jek.isEmpty() ? 0 : Math.max(1, jek.size() / 6);
        Set<String> assetSeen = new HashSet<>();
        for (int i = 0; i < assetCount; i++) {
            Service s = pick(master, SERVICES);
            String p = "/assets/images/aws/" + pick(master, new String[] {"developer", "architect", "sysops", "devops"})
                    + "/" + slug(s.name) + "-" + slug(subtopic(master, s)) + ".png";
            if (!assetSeen.add(p)) p = p.replace(".png", "-" + i + ".png");
            jekyllAssets.add(p);
        }
        for (String a : jekyllAssets) pick(master, jek).jekyllImages.add(a);
    }

    final Map<String, Integer> nameCountFinal = new LinkedHashMap<>();

    boolean ambiguous(Note n) { return nameCountFinal.getOrDefault(n.name.toLowerCase(Locale.ROOT), 0) > 1; }

    static <T> void shuffle(SplittableRandom r, List<T> l) {
        for (int i = l.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T t = l.get(i);
            l.set(i, l.get(j));
            l.set(j, t);
        }
    }

    static double gaussian(SplittableRandom r) {
        // Box-Muller, deterministic given the stream
        double u1 = r.nextDouble(), u2 = r.nextDouble();
        if (u1 < 1e-12) u1 = 1e-12;
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    void planHeadings(Note n) {
        // uses its own split stream so the heading plan does not depend on other notes
        SplittableRandom r = n.rnd.split();
        int count = Math.max(2, n.targetBytes / 850);
        List<Heading> hs = n.headings;
        if (n.jekyll) {
            Service s = n.service;
            for (int i = 0; i < count; i++) {
                if (i > 0 && r.nextDouble() < 0.2) {
                    hs.add(new Heading(2, subtopic(r, s), true));
                    continue;
                }
                if (i > 0) s = relatedService(r, s);
                double x = r.nextDouble();
                String text = x < 0.4 ? s.name + " (" + s.longName + ")" : s.name;
                // level -1 marks the "#EC2" style (no space: kramdown heading, CommonMark paragraph)
                hs.add(new Heading(x >= 0.4 && x < 0.75 ? -1 : 1, text, true));
            }
            return;
        }
        Service s = n.service;
        boolean titleFirst = n.hub || r.nextDouble() < 0.4;
        if (titleFirst) hs.add(new Heading(1, n.name, true));
        while (hs.size() < count) {
            String h1 = hs.isEmpty() || r.nextDouble() < 0.7 ? s.name : s.name + " " + subtopic(r, s);
            if (r.nextDouble() < 0.03) {
                hs.add(new Heading(1, h1 + " [[" + pick(r, obsidianOrAll()).name + "]]", false));
            } else if (r.nextDouble() < 0.05) {
                hs.add(new Heading(1, "CI/CD & " + h1, true));
            } else {
                hs.add(new Heading(1, h1, true));
            }
            int h2s = r.nextInt(5);
            for (int j = 0; j < h2s && hs.size() < count; j++) {
                hs.add(new Heading(2, subtopic(r, s), true));
                int h3s = r.nextDouble() < 0.35 ? 1 + r.nextInt(2) : 0;
                for (int k = 0; k < h3s && hs.size() < count; k++) hs.add(new Heading(3, pick(r, GENERIC_SUBTOPICS), true));
            }
            s = relatedService(r, s);
        }
    }

    List<Note> obsidianOrAll() { return obsidian.isEmpty() ? notes : obsidian; }

    // ------------------------------------------------------------------------------------------
    // Render
    // ------------------------------------------------------------------------------------------

    final class Renderer {
        final Note note;
        final SplittableRandom r;
        final StringBuilder sb = new StringBuilder(16384);
        int embedIdx = 0;
        int imageIdx = 0;

        Renderer(Note note) {
            this.note = note;
            this.r = note.rnd;
        }

        String render() {
            return note.jekyll ? renderJekyll() : renderObsidian();
        }

        // ---- inline -------------------------------------------------------------------------

        String feature() {
            String f = r.nextDouble() < 0.35 ? subtopic(r, note.service) : pick(r, FEATURES);
            double x = r.nextDouble();
            if (x < 0.12) return "**" + f + "**";
            if (x < 0.16) return "*" + f + "*";
            return f;
        }

        String serviceRef(Service s) {
            return r.nextDouble() < 0.1 ? "**" + s.name + "**" : s.name;
        }

        String apiRef(Service s) {
            String a = api(r, s);
            return r.nextDouble() < 0.6 ? "`" + a + "`" : a;
        }

        /** "the item size ... 400 KB": returns {quantity, "400 KB"}. */
        String[] limit() {
            String[] q = pick(r, QUANTITIES).split("\\|");
            return new String[] {q[0], number() + " " + q[1]};
        }

        String number() {
            int[] nums = {1, 2, 3, 5, 7, 10, 14, 15, 30, 35, 64, 100, 128, 256, 400, 500, 1000, 3500, 5000, 10000};
            return Integer.toString(nums[r.nextInt(nums.length)]);
        }

        String sentence(Service s) {
            Service o = relatedService(r, s);
            String sentence;
            switch (r.nextInt(22)) {
                case 0: sentence = serviceRef(s) + " supports " + feature() + " out of the box."; break;
                case 1: sentence = "With " + feature() + " you can " + pick(r, ACTIONS) + " without changing the application code."; break;
                case 2: sentence = "Remember that " + feature() + " is " + pick(r, ADJECTIVES) + " by default in " + serviceRef(s) + "."; break;
                case 3: { String[] l = limit(); sentence = "The maximum " + l[0] + " for " + serviceRef(s) + " is " + l[1] + "."; break; }
                case 4: sentence = "You are charged for " + feature() + ", not for " + feature() + "."; break;
                case 5: sentence = serviceRef(s) + " integrates with " + serviceRef(o) + " to " + pick(r, ACTIONS) + "."; break;
                case 6: sentence = "If the exam asks about " + pick(r, SCENARIOS) + ", the answer is usually " + serviceRef(s) + " with " + feature() + "."; break;
                case 7: sentence = "Use " + feature() + " when you need to " + pick(r, ACTIONS) + "."; break;
                case 8: sentence = pick(r, OPENERS) + " " + feature() + " has to be configured at creation time, you cannot change it later."; break;
                case 9: sentence = "Don't confuse " + feature() + " with " + feature() + "."; break;
                case 10: sentence = "The " + apiRef(s) + " API call lets you " + pick(r, ACTIONS) + "."; break;
                case 11: { String[] l = limit(); sentence = "The " + l[0] + " is limited to " + l[1] + ", after that you get a throttling error (HTTP 4" + (r.nextBoolean() ? "29" : "00") + ")."; break; }
                case 12: sentence = "In " + serviceRef(s) + " " + feature() + " is " + pick(r, ADJECTIVES) + " while in " + serviceRef(o) + " it is " + pick(r, ADJECTIVES) + "."; break;
                case 13: sentence = "To " + pick(r, ACTIONS) + " you have to give the " + (r.nextBoolean() ? "execution role" : "instance profile") + " the `" + s.cli + ":" + api(r, s) + "` permission."; break;
                case 14: sentence = serviceRef(s) + " is " + pick(r, ADJECTIVES) + ", so " + feature() + " only works within the same " + (r.nextBoolean() ? "region" : "AZ") + "."; break;
                case 15: sentence = "A common pattern is " + serviceRef(s) + " + " + serviceRef(o) + ": it helps to " + pick(r, ACTIONS) + "."; break;
                case 16: sentence = "By default " + feature() + " is " + pick(r, ADJECTIVES) + ", but you can change it from the console, the CLI or the SDK."; break;
                case 17: sentence = "This is the cheapest option when you have " + pick(r, SCENARIOS) + "."; break;
                case 18: { String[] l = limit(); sentence = "It is " + pick(r, ADJECTIVES) + " and " + pick(r, ADJECTIVES) + " (" + l[0] + " up to " + l[1] + ")."; break; }
                case 19: sentence = "I got this wrong in the practice test: " + feature() + " does not " + pick(r, ACTIONS) + "."; break;
                case 20: sentence = "Prefer " + feature() + " over " + feature() + " if you want to " + pick(r, ACTIONS) + "."; break;
                default: sentence = serviceRef(s) + " => " + pick(r, ACTIONS) + " (" + pick(r, ADJECTIVES) + ")."; break;
            }
            return sentence;
        }

        String maybeLink(String sentence, double p) {
            if (note.jekyll || r.nextDouble() >= p) return sentence;
            String link = wikilink(true);
            switch (r.nextInt(5)) {
                case 0: return sentence + " See also " + link + ".";
                case 1: return sentence + " (more details in " + link + ")";
                case 2: return link + ": " + sentence;
                case 3: return sentence + " => " + link;
                default: return sentence.substring(0, sentence.length() - 1) + ", as explained in " + link + ".";
            }
        }

        /** A wikilink to another note, a heading, or nowhere (about 3%). */
        String wikilink(boolean aliasAllowed) {
            stats.wikilinks.incrementAndGet();
            double p = r.nextDouble();
            if (p < 0.03) {
                stats.brokenWikilinks.incrementAndGet();
                String missing = r.nextDouble() < 0.5 ? pick(r, BROKEN_NAMES)
                        : pick(r, SERVICES).name + " " + pick(r, new String[] {"old notes", "draft", "backup", "notes (old)", "WIP"});
                return "[[" + missing + "]]";
            }
            List<Heading> own = linkable(note);
            if (p < 0.10 && !own.isEmpty()) {
                return "[[#" + pick(r, own).text + "]]";
            }
            Note t = r.nextDouble() < 0.12 ? pick(r, notes) : pick(r, obsidianOrAll());
            if (t == note && notes.size() > 1) t = notes.get((note.index + 1) % notes.size());
            double q = r.nextDouble();
            List<Heading> th = linkable(t);
            String link;
            if (q < 0.55) link = "[[" + t.name + "]]";
            else if (q < 0.72 && aliasAllowed) link = "[[" + t.name + "|" + alias(t) + "]]";
            else if (q < 0.92 && !th.isEmpty()) link = "[[" + t.name + "#" + pick(r, th).text + "]]";
            else if (q < 0.96 && !th.isEmpty() && aliasAllowed) link = "[[" + t.name + "#" + pick(r, th).text + "|" + alias(t) + "]]";
            else return "[[" + t.folder + "/" + t.name + "]]"; // the path form is never ambiguous
            if (ambiguous(t)) stats.ambiguousWikilinks.incrementAndGet();
            return link;
        }

        String alias(Note t) {
            switch (r.nextInt(5)) {
                case 0: return t.service.name;
                case 1: return "these notes";
                case 2: return "the " + t.service.name + " notes";
                case 3: return t.service.longName;
                default: return t.name.toLowerCase(Locale.ROOT);
            }
        }

        List<Heading> linkable(Note t) {
            List<Heading> out = new ArrayList<>();
            for (Heading h : t.headings) if (h.linkable && h.level > 0) out.add(h);
            return out;
        }

        String embed(String name) {
            stats.embeds.incrementAndGet();
            if (missingAttachments.contains(name)) stats.missingEmbeds.incrementAndGet();
            double x = r.nextDouble();
            if (x < 0.85) return "![[" + name + "]]";
            if (x < 0.95) return "![[" + name + "|" + (300 + 100 * r.nextInt(5)) + "]]";
            return "![[attachments/" + name + "]]";
        }

        String url(Service s) {
            if (r.nextDouble() < 0.15) return "https://www.udemy.com/course/aws-certified-developer-associate-dva-c01/";
            return "https://docs.aws.amazon.com/" + slug(s.name) + "/latest/" + pick(r, new String[] {"userguide", "developerguide", "dg", "APIReference"})
                    + "/" + slug(subtopic(r, s)) + ".html";
        }

        // ---- blocks -------------------------------------------------------------------------

        void blankLines() {
            sb.append(r.nextDouble() < 0.1 ? "\n\n\n\n" : "\n\n");
        }

        void paragraph(Service s, boolean links) {
            int lines = 1 + r.nextInt(4);
            for (int i = 0; i < lines; i++) {
                String line = sentence(s);
                if (r.nextDouble() < 0.45) line += " " + sentence(s);
                if (links) line = maybeLink(line, 0.22);
                if (i > 0) sb.append('\n'); // single newline: an Obsidian line break
                sb.append(line);
            }
        }

        String listItemText(Service s, boolean links) {
            double x = r.nextDouble();
            String t;
            if (x < 0.3) t = capitalize(feature());
            else if (x < 0.45) t = serviceRef(relatedService(r, s));
            else if (x < 0.55) t = capitalize(feature()) + ":";
            else if (x < 0.65) t = capitalize(feature()) + " - " + pick(r, ACTIONS);
            else t = sentence(s);
            if (links && r.nextDouble() < 0.08) t += " " + wikilink(true);
            return t;
        }

        void list(Service s, boolean jekyll) {
            String indent = jekyll ? "  " : "\t";
            if (!jekyll && r.nextDouble() < 0.4) {
                sb.append(capitalize(feature())).append(r.nextBoolean() ? ": \n" : ":\n");
            }
            boolean ordered = r.nextDouble() < 0.15;
            int items = 2 + r.nextInt(6);
            for (int i = 0; i < items; i++) {
                if (i > 0) sb.append('\n');
                sb.append(ordered ? (i + 1) + ". " : "- ").append(listItemText(s, !jekyll));
                if (r.nextDouble() < 0.35) {
                    int children = 1 + r.nextInt(4);
                    boolean childOrdered = r.nextDouble() < 0.1;
                    for (int c = 0; c < children; c++) {
                        sb.append('\n').append(indent).append(childOrdered ? (c + 1) + ". " : "- ").append(listItemText(s, !jekyll));
                        if (r.nextDouble() < 0.25) {
                            int g = 1 + r.nextInt(3);
                            for (int k = 0; k < g; k++) {
                                sb.append('\n').append(indent).append(indent).append("- ").append(listItemText(s, !jekyll));
                            }
                        }
                    }
                }
            }
        }

        void definitions(Service s) {
            int n = 2 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append('\n');
                String term = r.nextDouble() < 0.5 ? s.name + " " + subtopic(r, s) : capitalize(pick(r, FEATURES));
                sb.append("**").append(term).append("** => ").append(capitalize(pick(r, ACTIONS)));
                if (r.nextDouble() < 0.3) sb.append(", ").append(pick(r, ADJECTIVES));
            }
        }

        void table(Service s, boolean links) {
            int cols = 2 + r.nextInt(3);
            int rows = 2 + r.nextInt(6);
            sb.append("| ").append(pick(r, new String[] {"Feature", "Option", "Setting", "Limit", "Type", "Mode"}));
            for (int c = 1; c < cols; c++) {
                sb.append(" | ").append(r.nextBoolean() ? relatedService(r, s).name : subtopic(r, s));
            }
            sb.append(" |\n|");
            for (int c = 0; c < cols; c++) {
                double a = r.nextDouble();
                sb.append(a < 0.7 ? " --- |" : a < 0.85 ? " :--- |" : " :---: |");
            }
            for (int i = 0; i < rows; i++) {
                sb.append("\n| ").append(capitalize(pick(r, FEATURES)));
                for (int c = 1; c < cols; c++) {
                    double x = r.nextDouble();
                    String cell;
                    if (x < 0.55) cell = pick(r, CELL_VALUES);
                    else if (x < 0.75) cell = "Up to " + limit()[1];
                    else if (x < 0.85) cell = "`" + api(r, s) + "`";
                    else if (x < 0.92) cell = "**" + pick(r, CELL_VALUES) + "**";
                    else if (x < 0.96 && links) cell = wikilink(false); // no alias: the pipe would split the cell
                    else cell = "";
                    sb.append(" | ").append(cell);
                }
                sb.append(" |");
            }
        }

        void code(Service s) {
            String lang = pick(r, LANGS);
            sb.append("```").append(lang).append('\n');
            switch (lang) {
                case "json": {
                    sb.append("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n");
                    int st = 1 + r.nextInt(3);
                    for (int i = 0; i < st; i++) {
                        sb.append("    {\n      \"Sid\": \"Stmt").append(1000 + r.nextInt(9000)).append("\",\n");
                        sb.append("      \"Effect\": \"").append(r.nextDouble() < 0.8 ? "Allow" : "Deny").append("\",\n");
                        sb.append("      \"Action\": [");
                        int a = 1 + r.nextInt(4);
                        for (int k = 0; k < a; k++) {
                            if (k > 0) sb.append(", ");
                            sb.append('"').append(s.cli).append(':').append(api(r, s)).append('"');
                        }
                        sb.append("],\n      \"Resource\": \"arn:aws:").append(s.cli).append(":eu-west-1:123456789012:")
                                .append(slug(s.name)).append('/').append("my-").append(slug(pick(r, FEATURES))).append("\"");
                        if (r.nextDouble() < 0.3) {
                            sb.append(",\n      \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"true\"}}");
                        }
                        sb.append("\n    }").append(i + 1 < st ? ",\n" : "\n");
                    }
                    sb.append("  ]\n}\n");
                    break;
                }
                case "bash": {
                    int l = 1 + r.nextInt(4);
                    for (int i = 0; i < l; i++) {
                        if (r.nextDouble() < 0.2) sb.append("# ").append(pick(r, ACTIONS)).append('\n');
                        sb.append("aws ").append(s.cli).append(' ').append(kebab(api(r, s)))
                                .append(" --").append(slug(pick(r, FEATURES))).append(" my-").append(slug(s.name)).append('-').append(r.nextInt(100))
                                .append(r.nextBoolean() ? " --region eu-west-1" : "").append(r.nextDouble() < 0.3 ? " --output json" : "").append('\n');
                    }
                    break;
                }
                case "yaml": {
                    if (r.nextDouble() < 0.3) {
                        sb.append("version: 0.2\nphases:\n  install:\n    runtime-versions:\n      java: corretto17\n  build:\n    commands:\n")
                                .append("      - mvn -B package\n      - aws ").append(s.cli).append(' ').append(kebab(api(r, s))).append('\n')
                                .append("artifacts:\n  files:\n    - target/*.jar\n");
                    } else {
                        sb.append("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n");
                        int res = 1 + r.nextInt(3);
                        for (int i = 0; i < res; i++) {
                            sb.append("  My").append(s.name.replaceAll("[^A-Za-z0-9]", "")).append(i + 1).append(":\n")
                                    .append("    Type: ").append(s.cfn).append('\n')
                                    .append("    Properties:\n");
                            int props = 1 + r.nextInt(4);
                            for (int k = 0; k < props; k++) {
                                sb.append("      ").append(pascal(pick(r, FEATURES))).append(": ")
                                        .append(r.nextBoolean() ? number() : "!Ref " + pascal(pick(r, FEATURES))).append('\n');
                            }
                        }
                        if (r.nextBoolean()) {
                            sb.append("Outputs:\n  Arn:\n    Value: !GetAtt My").append(s.name.replaceAll("[^A-Za-z0-9]", "")).append("1.Arn\n");
                        }
                    }
                    break;
                }
                case "python": {
                    sb.append("import boto3\n\n").append("client = boto3.client('").append(s.cli).append("')\n\n")
                            .append("def handler(event, context):\n");
                    int l = 1 + r.nextInt(4);
                    for (int i = 0; i < l; i++) {
                        sb.append("    response = client.").append(snake(api(r, s))).append("(")
                                .append(pascal(pick(r, FEATURES))).append("='").append(slug(pick(r, FEATURES))).append("')\n");
                    }
                    sb.append("    return {'statusCode': 200, 'body': str(response)}\n");
                    break;
                }
                case "java": {
                    String cls = s.name.replaceAll("[^A-Za-z0-9]", "");
                    sb.append("var client = ").append(cls).append("Client.builder()\n        .region(Region.EU_WEST_1)\n        .build();\n");
                    int l = 1 + r.nextInt(3);
                    for (int i = 0; i < l; i++) {
                        String a = api(r, s);
                        sb.append("var response").append(i).append(" = client.").append(camel(a)).append("(b -> b.")
                                .append(camel(pascal(pick(r, FEATURES)))).append("(\"").append(slug(pick(r, FEATURES))).append("\"));\n");
                    }
                    break;
                }
                case "javascript": {
                    sb.append("exports.handler = async (event) => {\n  console.log(JSON.stringify(event));\n");
                    sb.append("  // ").append(pick(r, ACTIONS)).append('\n');
                    sb.append("  return { statusCode: 200, body: '").append(slug(pick(r, FEATURES))).append("' };\n};\n");
                    break;
                }
                default: {
                    int l = 2 + r.nextInt(5);
                    for (int i = 0; i < l; i++) {
                        sb.append(String.format(Locale.ROOT, "%-24s %s%n", api(r, s), pick(r, CELL_VALUES)).replace(System.lineSeparator(), "\n"));
                    }
                }
            }
            sb.append("```");
        }

        void callout(Service s) {
            String type = pick(r, new String[] {"note", "tip", "warning", "important", "example"});
            sb.append("> [!").append(type).append("] ").append(r.nextBoolean() ? "Exam tip" : s.name).append('\n');
            int l = 1 + r.nextInt(3);
            for (int i = 0; i < l; i++) {
                if (i > 0) sb.append('\n');
                sb.append("> ").append(maybeLink(sentence(s), 0.15));
            }
        }

        void oneLiners(Service s) {
            int l = 2 + r.nextInt(4);
            for (int i = 0; i < l; i++) {
                if (i > 0) sb.append('\n');
                sb.append(capitalize(pick(r, FEATURES))).append(": ").append(pick(r, ACTIONS));
                if (r.nextDouble() < 0.2) sb.append(" => ").append(pick(r, ADJECTIVES));
            }
        }

        void heading(Heading h) {
            if (h.text.contains("[[")) stats.wikilinks.incrementAndGet();
            if (h.level == -1) sb.append('#').append(h.text.replace(" ", ""));
            else sb.append("#".repeat(h.level)).append(' ').append(h.text);
        }

        Service serviceOf(Heading h, Service current) {
            for (Service s : SERVICES) if (h.text.startsWith(s.name)) return s;
            return current;
        }

        // ---- notes --------------------------------------------------------------------------

        String renderObsidian() {
            Note n = note;
            if (r.nextDouble() < 0.08) {
                sb.append("---\ntags:\n  - aws\n  - ").append(EXAMS[n.exam]).append("\n  - ").append(slug(n.service.name))
                        .append("\n---\n");
            }
            Note hub = hubs[n.exam];
            if (hub != null && hub != n && r.nextDouble() < 0.35) {
                stats.wikilinks.incrementAndGet();
                if (ambiguous(hub)) stats.ambiguousWikilinks.incrementAndGet();
                sb.append("[[").append(hub.name).append("]]\n\n");
            } else if (r.nextDouble() < 0.05) {
                stats.wikilinks.incrementAndGet();
                stats.brokenWikilinks.incrementAndGet();
                sb.append("[[").append(pick(r, BROKEN_NAMES)).append("]]\n\n");
            }
            List<Heading> hs = n.headings;
            Service s = n.service;
            int h = hs.size();
            for (int k = 0; k < h; k++) {
                Heading hd = hs.get(k);
                heading(hd);
                s = hd.level == 1 ? serviceOf(hd, s) : s;
                // the real notes often put text right under the heading, without a blank line
                sb.append(r.nextDouble() < 0.5 ? "\n" : "\n\n");
                if (n.hub && k == 0) {
                    // a hub note: a list of links to its exam's notes, like a map of content
                    hubList();
                    blankLines();
                }
                long goal = (long) n.targetBytes * (k + 1) / h;
                int blocks = 0;
                while (blocks == 0 || sb.length() < goal) {
                    obsidianBlock(s);
                    blankLines();
                    blocks++;
                }
                if (n.hub) embedRemaining();
            }
            embedRemaining();
            trimTrailing();
            sb.append('\n');
            return sb.toString();
        }

        void hubList() {
            int count = 0;
            for (Note o : notes) {
                if (o.exam != note.exam || o == note || o.jekyll) continue;
                if (count++ >= 40) break;
                if (count > 1) sb.append('\n');
                stats.wikilinks.incrementAndGet();
                if (ambiguous(o)) stats.ambiguousWikilinks.incrementAndGet();
                sb.append("- [[").append(o.name).append("]]");
            }
            if (count == 0) sb.append("Nothing here yet.");
        }

        void embedRemaining() {
            while (embedIdx < note.embeds.size()) {
                sb.append(embed(note.embeds.get(embedIdx++)));
                blankLines();
            }
        }

        void obsidianBlock(Service s) {
            if (embedIdx < note.embeds.size() && r.nextDouble() < 0.12) {
                sb.append(embed(note.embeds.get(embedIdx++)));
                return;
            }
            double x = r.nextDouble();
            if (x < 0.32) paragraph(s, true);
            else if (x < 0.57) list(s, false);
            else if (x < 0.65) definitions(s);
            else if (x < 0.72) table(s, true);
            else if (x < 0.80) code(s);
            else if (x < 0.84) callout(s);
            else if (x < 0.94) oneLiners(s);
            else if (x < 0.98) {
                String sub = subtopic(r, s);
                sb.append('[').append(sub).append("](").append(url(s)).append(')');
            } else {
                sb.append("---");
            }
        }

        String renderJekyll() {
            Note n = note;
            sb.append("---\n");
            boolean wide = r.nextDouble() < 0.8;
            if (wide && r.nextBoolean()) sb.append("classes: wide\n");
            String title = n.name.replaceAll("^\\d{4}-\\d{2}-\\d{2}-", "").replace('-', ' ');
            sb.append("title:  \"").append(title).append("\"\n");
            if (r.nextDouble() < 0.4) {
                sb.append(String.format(Locale.ROOT, "date: 20%02d-%02d-%02d%n", 19 + r.nextInt(5), 1 + r.nextInt(12), 1 + r.nextInt(28)).replace(System.lineSeparator(), "\n"));
            }
            sb.append("tags:\n  - aws\n");
            int tags = r.nextInt(3);
            String[] pool = {"certification", EXAMS[n.exam], "cloud", "serverless", slug(n.service.name), "notes"};
            for (int i = 0; i < tags; i++) sb.append("  - ").append(pick(r, pool)).append('\n');
            if (wide && sb.indexOf("classes: wide") < 0) sb.append("classes: wide\n");
            sb.append("---\n");
            if (r.nextDouble() < 0.85) sb.append("{% include toc %}\n");
            sb.append('\n');
            List<Heading> hs = n.headings;
            Service s = n.service;
            for (int k = 0; k < hs.size(); k++) {
                Heading hd = hs.get(k);
                heading(hd);
                sb.append('\n');
                s = hd.level != 2 ? serviceOf(hd, s) : s;
                long goal = (long) n.targetBytes * (k + 1) / hs.size();
                int blocks = 0;
                while (blocks == 0 || sb.length() < goal) {
                    jekyllBlock(s);
                    sb.append("\n\n");
                    blocks++;
                }
            }
            while (imageIdx < n.jekyllImages.size()) {
                jekyllImage(n.jekyllImages.get(imageIdx++));
                sb.append("\n\n");
            }
            trimTrailing();
            sb.append('\n');
            return sb.toString();
        }

        void jekyllImage(String path) {
            stats.embeds.incrementAndGet();
            sb.append("[![]({{ \"").append(path).append("\" | absolute_url }}){:class=\"img-responsive\"}]({{ \"")
                    .append(path).append("\" | absolute_url }})\n");
        }

        void jekyllBlock(Service s) {
            if (imageIdx < note.jekyllImages.size() && r.nextDouble() < 0.1) {
                sb.append('\n');
                jekyllImage(note.jekyllImages.get(imageIdx++));
                return;
            }
            double x = r.nextDouble();
            if (x < 0.62) list(s, true);
            else if (x < 0.80) {
                sb.append(sentence(s));
                if (r.nextBoolean()) sb.append(' ').append(sentence(s));
            } else if (x < 0.88) {
                sb.append('\n');
                code(s);
                sb.append('\n');
            } else if (x < 0.93) {
                sb.append("\n**Note:** ").append(sentence(s)).append("\n{: .notice--info}\n");
            } else if (x < 0.97) {
                sb.append('\n');
                table(s, false);
                sb.append('\n');
            } else {
                sb.append("- [").append(subtopic(r, s)).append("](").append(url(s)).append(')');
            }
        }

        void trimTrailing() {
            int end = sb.length();
            while (end > 0 && Character.isWhitespace(sb.charAt(end - 1))) end--;
            sb.setLength(end);
        }
    }

    static String capitalize(String s) {
        if (s.isEmpty()) return s;
        int i = s.startsWith("**") ? 2 : s.startsWith("*") ? 1 : 0;
        if (i >= s.length()) return s;
        return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
    }

    static String kebab(String api) {
        return api.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    static String snake(String api) {
        return api.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    static String camel(String api) {
        return api.isEmpty() ? api : Character.toLowerCase(api.charAt(0)) + api.substring(1);
    }

    static String pascal(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split("[^A-Za-z0-9]+")) {
            if (w.isEmpty()) continue;
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    // ------------------------------------------------------------------------------------------
    // PNG
    // ------------------------------------------------------------------------------------------

    /** A small, valid RGB PNG: a two-colour gradient with a frame, like a tiny screenshot. */
    static byte[] png(SplittableRandom r) {
        int w = 8 + r.nextInt(57), h = 8 + r.nextInt(41);
        int[] c0 = {r.nextInt(256), r.nextInt(256), r.nextInt(256)};
        int[] c1 = {r.nextInt(256), r.nextInt(256), r.nextInt(256)};
        byte[] raw = new byte[h * (1 + 3 * w)];
        int p = 0;
        for (int y = 0; y < h; y++) {
            raw[p++] = 0; // filter: none
            for (int x = 0; x < w; x++) {
                boolean frame = x == 0 || y == 0 || x == w - 1 || y == h - 1;
                double t = (double) (x + y) / Math.max(1, w + h - 2);
                for (int c = 0; c < 3; c++) {
                    raw[p++] = (byte) (frame ? 40 : (int) Math.round(c0[c] + (c1[c] - c0[c]) * t));
                }
            }
        }
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        d.setInput(raw);
        d.finish();
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) z.write(buf, 0, d.deflate(buf));
        d.end();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, w);
        putInt(ihdr, 4, h);
        ihdr[8] = 8;  // bit depth
        ihdr[9] = 2;  // colour type: RGB
        chunk(out, "IHDR", ihdr);
        chunk(out, "IDAT", z.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] len = new byte[4];
        putInt(len, 0, data.length);
        out.writeBytes(len);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.writeBytes(c);
    }

    // ------------------------------------------------------------------------------------------
    // Write
    // ------------------------------------------------------------------------------------------

    void write(Path out) throws IOException {
        Files.createDirectories(out);
        byte[] yml = ("# generated by bench/VaultGenerator.java --notes " + noteCount + " --seed " + seed + "\n"
                + "title: Generated vault (" + noteCount + " notes)\n"
                + "description: Synthetic AWS study vault for benchmarking studysite (seed " + seed + ").\n")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(out.resolve("studysite.yml"), yml);

        // directories first (sequentially), then notes in parallel: each note's text depends only
        // on the plan and its own random stream, so the thread count cannot change the output
        for (Note n : notes) Files.createDirectories(out.resolve(n.folder));
        IntStream.range(0, notes.size()).parallel().forEach(i -> {
            Note n = notes.get(i);
            byte[] bytes = new Renderer(n).render().getBytes(StandardCharsets.UTF_8);
            stats.markdownBytes.addAndGet(bytes.length);
            try {
                Files.write(out.resolve(n.path()), bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        SplittableRandom pr = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Path att = out.resolve("attachments");
        Files.createDirectories(att);
        for (String a : attachments) {
            byte[] b = png(pr);
            stats.attachmentBytes.addAndGet(b.length);
            Files.write(att.resolve(a), b);
        }
        for (String a : jekyllAssets) {
            byte[] b = png(pr);
            Path p = out.resolve(a.substring(1));
            Files.createDirectories(p.getParent());
            stats.attachmentBytes.addAndGet(b.length);
            Files.write(p, b);
        }
    }

    static void deleteGeneratedVault(Path out) throws IOException {
        if (!Files.exists(out)) return;
        try (Stream<Path> s = Files.list(out)) {
            if (s.findAny().isEmpty()) return;
        }
        Path yml = out.resolve("studysite.yml");
        if (!Files.isRegularFile(yml) || !Files.readString(yml, StandardCharsets.UTF_8).startsWith("# generated by bench/VaultGenerator.java")) {
            throw new IOException(out + " is not empty and is not a generated vault; refusing to delete it");
        }
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }

    static void usage(String error) {
        if (error != null) System.err.println("VaultGenerator: " + error);
        System.err.println("usage: java bench/VaultGenerator.java --notes N [--seed S] --out DIR [--jekyll-share 0.3] [--force]");
        System.err.println("  --force  replace DIR if it holds a previously generated vault");
        System.exit(error == null ? 0 : 2);
    }

    public static void main(String[] args) throws IOException {
        int notes = -1;
        long seed = 42;
        double jekyllShare = 0.3;
        String out = null;
        boolean force = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            try {
                switch (a) {
                    case "--notes": notes = Integer.parseInt(args[++i]); break;
                    case "--seed": seed = Long.parseLong(args[++i]); break;
                    case "--out": out = args[++i]; break;
                    case "--jekyll-share": jekyllShare = Double.parseDouble(args[++i]); break;
                    case "--force": force = true; break;
                    case "-h": case "--help": usage(null); break;
                    default: usage("unknown argument " + a);
                }
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                usage("bad value for " + a);
            }
        }
        if (notes < 1) usage("--notes N (N >= 1) is required");
        if (out == null) usage("--out DIR is required");
        if (jekyllShare < 0 || jekyllShare > 1) usage("--jekyll-share must be between 0 and 1");

        try {
            Paths.get("Appunti ECS – più dettagli.md"); // note names use a few non-ASCII characters
        } catch (java.nio.file.InvalidPathException e) {
            System.err.println("VaultGenerator: this JVM cannot write non-ASCII file names (sun.jnu.encoding="
                    + System.getProperty("sun.jnu.encoding") + "); run it under a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Path outDir = Paths.get(out);
        if (Files.exists(outDir)) {
            boolean empty;
            try (Stream<Path> s = Files.list(outDir)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty) {
                if (!force) usage(out + " is not empty (use --force to replace a generated vault)");
                deleteGeneratedVault(outDir);
            }
        }
        VaultGenerator g = new VaultGenerator(notes, seed, jekyllShare);
        g.plan();
        g.write(outDir);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Stats s = g.stats;
        int jek = 0;
        for (Note n : g.notes) if (n.jekyll) jek++;
        int ambiguousNames = 0;
        for (int c : g.nameCountFinal.values()) if (c > 1) ambiguousNames++;
        long total = s.markdownBytes.get() + s.attachmentBytes.get();
        System.out.printf(Locale.ROOT,
                "notes=%d attachments=%d total_bytes=%d markdown_bytes=%d obsidian=%d jekyll=%d jekyll_images=%d"
                        + " wikilinks=%d broken_wikilinks=%d ambiguous_names=%d ambiguous_wikilinks=%d embeds=%d missing_embeds=%d"
                        + " out=%s time_ms=%d%n",
                notes, g.attachments.size() + g.jekyllAssets.size(), total, s.markdownBytes.get(), notes - jek, jek,
                g.jekyllAssets.size(), s.wikilinks.get(), s.brokenWikilinks.get(), ambiguousNames,
                s.ambiguousWikilinks.get(), s.embeds.get(), s.missingEmbeds.get(), out, ms);
    }
}
