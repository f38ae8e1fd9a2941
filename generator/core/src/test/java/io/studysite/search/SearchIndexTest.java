package io.studysite.search;

import io.studysite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The build-time index: sections as documents, EnglishAnalyzer, BM25, filters, kept beside the site. */
class SearchIndexTest {
    @TempDir
    Path tmp;

    private Path build(String... pathsAndTexts) {
        return TestSite.searchIndex(tmp, pathsAndTexts);
    }

    private List<SearchIndex.Hit> search(Path index, String text) {
        return SearchIndex.search(index, SearchQuery.of(text), 10);
    }

    @Test
    void theIndexLivesBesideTheSiteNotInIt() {
        Path index = build("A.md", "# A\ntext\n");
        assertThat(index).isEqualTo(tmp.resolve(".site.search-index"));
        assertThat(index).isDirectory();
        assertThat(tmp.resolve("site").resolve(".site.search-index")).doesNotExist();
    }

    @Test
    void aFirstHeadingThatIsTheTitleIsNotRepeatedInThePlace() {
        Path index = build("Lambda.md", "# Lambda\nFunctions run.\n## Limits\nFifteen minutes.\n");
        assertThat(search(index, "fifteen")).extracting(SearchIndex.Hit::place).containsExactly("Lambda › Limits");
        assertThat(search(index, "functions")).extracting(SearchIndex.Hit::place).containsExactly("Lambda");
    }

    @Test
    void aFirstHeadingThatIsTheTitleInAnotherCaseIsNotRepeatedEither() {
        Path index = build("rotate-keys.md", "---\ntitle: Rotating AWS KMS Keys\n---\n# Rotating AWS KMS keys\nKey material.\n"
                + "## How automatic key rotation works\nEvery year.\n");
        assertThat(search(index, "year")).extracting(SearchIndex.Hit::place)
                .containsExactly("Rotating AWS KMS Keys › How automatic key rotation works");
        assertThat(search(index, "material")).extracting(SearchIndex.Hit::place).containsExactly("Rotating AWS KMS Keys");
    }

    @Test
    void accentsFoldBothWays() {
        Path index = build("A.md", "---\ntitle: A\n---\n# Menu\nThe café serves crème brûlée.\n# Jobs\nSend a resume to Zurich.\n");
        assertThat(search(index, "cafe")).extracting(SearchIndex.Hit::place).containsExactly("A › Menu");
        assertThat(search(index, "creme brulee")).extracting(SearchIndex.Hit::place).containsExactly("A › Menu");
        assertThat(search(index, "résumé zürich")).extracting(SearchIndex.Hit::place).containsExactly("A › Jobs");
        // The snippet still shows the word as written.
        assertThat(search(index, "cafe").get(0).snippet()).contains("café serves");
        assertThat(SearchQuery.analyse("Straße Ærø naïve")).containsExactly("strass", "aero", "naiv");
        // Other scripts keep their marks.
        assertThat(SearchQuery.analyse("й")).containsExactly("й");
    }

    @Test
    void aSubmittedLastWordNoNoteUsesIsAPrefix() {
        Path index = build("A.md", "---\ntitle: A\n---\n# Capacity\nProvisioned throughput and proven limits.\n# Other\nProves nothing.\n");
        assertThat(search(index, "provis")).extracting(SearchIndex.Hit::place).containsExactly("A › Capacity");
        assertThat(search(index, "throughput provis")).extracting(SearchIndex.Hit::place).containsExactly("A › Capacity");
        // A known word stays whole, and so does a last word nothing starts with.
        assertThat(search(index, "proves")).extracting(SearchIndex.Hit::place).containsExactly("A › Other");
        assertThat(search(index, "zzzq")).isEmpty();
        assertThat(search(index, "provis").get(0).snippet()).contains("Provisioned");
    }

    @Test
    void everySectionIsFoundWithItsPlaceAndAnchor() {
        Path index = build("Databases.md", "---\ntitle: Databases\n---\nIntro about storage.\n# DynamoDB\nKey-value tables.\n## Streams\nChange records.\n# RDS\nRelational.\n");
        assertThat(search(index, "dynamodb")).extracting(SearchIndex.Hit::place, SearchIndex.Hit::url)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Databases › DynamoDB", "databases.html#dynamodb"),
                        org.assertj.core.groups.Tuple.tuple("Databases › DynamoDB › Streams", "databases.html#streams"));
        assertThat(search(index, "storage")).extracting(SearchIndex.Hit::url).containsExactly("databases.html");
    }

    @Test
    void wordsAreStemmedAndAllRequired() {
        Path index = build("A.md", "---\ntitle: A\n---\n# Queues\nMessages are queued and polled.\n# Topics\nMessages are published.\n");
        assertThat(search(index, "queue message")).extracting(SearchIndex.Hit::place).containsExactly("A › Queues");
        assertThat(search(index, "polling")).extracting(SearchIndex.Hit::place).containsExactly("A › Queues");
        assertThat(search(index, "the")).isEmpty();
    }

    @Test
    void zeroWidthAndCompatibilityCharactersAreNormalised() {
        Path index = build("A.md", "---\ntitle: A\n---\n# Cloud\u200bFormation\nTemplates in ＹＡＭＬ.\n");
        assertThat(search(index, "cloudformation")).extracting(SearchIndex.Hit::place).containsExactly("A › CloudFormation");
        assertThat(search(index, "yaml")).hasSize(1);
    }

    @Test
    void scoresAreLucenesBm25AndRankTheDenserSectionFirst() {
        Path index = build("A.md", "---\ntitle: A\n---\n# One\nlambda lambda lambda functions\n# Two\nlambda and a lot of other words about other things entirely\n");
        List<SearchIndex.Hit> hits = search(index, "lambda");
        assertThat(hits).extracting(SearchIndex.Hit::place).containsExactly("A › One", "A › Two");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void aWordWrittenTwiceIsOneClauseWithBoostTwo() {
        Path index = build("A.md", "# One\nlambda functions\n");
        float once = search(index, "lambda").get(0).score();
        float twice = search(index, "lambda lambda").get(0).score();
        assertThat(twice).isEqualTo(2 * once);
        assertThat(SearchQuery.of("Lambda lambdas LAMBDA").termCounts()).containsExactly(java.util.Map.entry("lambda", 3));
    }

    @Test
    void tagFiltersNarrowWithoutChangingScores() {
        Path index = build("A.md", "---\ntags: [exam]\n---\n# S3\nbuckets\n", "B.md", "# S3\nbuckets\n");
        assertThat(search(index, "buckets")).hasSize(2);
        List<SearchIndex.Hit> tagged = SearchIndex.search(index, new SearchQuery("buckets", List.of(), List.of("EXAM")), 10);
        assertThat(tagged).extracting(SearchIndex.Hit::note).containsExactly("A.md");
        assertThat(tagged.get(0).tags()).containsExactly("exam");
    }

    @Test
    void unpublishedNotesAreNeverIndexedAndAliasesAre() {
        Path index = build("Secret.md", "---\npublish: false\n---\n# Canary\nzebracanary\n",
                "S3.md", "---\naliases: [Simple Storage Service]\n---\nObject storage.\n");
        assertThat(search(index, "zebracanary")).isEmpty();
        assertThat(search(index, "simple storage service")).extracting(SearchIndex.Hit::url).containsExactly("s3.html");
    }

    @Test
    void snippetsShowTheTextAroundTheFirstMatch() {
        String filler = "word ".repeat(60);
        Path index = build("A.md", "---\ntitle: A\n---\n# Long\n" + filler + "the visibility timeout hides messages " + filler + "\n");
        String snippet = search(index, "timeout").get(0).snippet();
        assertThat(snippet).contains("visibility timeout hides").startsWith("…").endsWith("…");
        assertThat(snippet.length()).isLessThan(Snippet.WIDTH + 40);
    }

    @Test
    void blocksAreSeparateWordsAndCodeIsSearchable() {
        Path index = build("A.md", "---\ntitle: A\n---\n# List\n- alpha\n- beta\n\n```\naws s3 sync\n```\n");
        assertThat(search(index, "alphabeta")).isEmpty();
        assertThat(search(index, "beta")).extracting(SearchIndex.Hit::place).containsExactly("A › List");
        assertThat(search(index, "sync")).hasSize(1);
    }

    @Test
    void everyWordOfATableIsFound() {
        Path index = build("A.md", "---\ntitle: A\n---\n# Gateways\n| Service | Use |\n|---|---|\n"
                + "| NAT Gateway | outbound internet |\n| VPC Peering | private routing<br>between VPCs |\n");
        for (String word : List.of("service", "use", "nat", "gateway", "outbound", "internet", "vpc", "peering",
                "private", "routing", "between")) {
            assertThat(search(index, word)).as(word).extracting(SearchIndex.Hit::place).containsExactly("A › Gateways");
        }
        assertThat(search(index, "nat gateway")).hasSize(1);
        assertThat(search(index, "vpc peering")).hasSize(1);
        assertThat(search(index, "useNAT")).isEmpty();
    }

    @Test
    void listItemsLineBreaksImagesAndBlocksSeparateWords() {
        Path index = build("A.md", "---\ntitle: A\n---\n# Words\n"
                + "- first item\n- second item\n\n"
                + "line one\nline two  \nline three\n\n"
                + "![[NAT Gateway.png]]NAT Gateway and ![diagram](d.png)Peering\n\n"
                + "> [!note] Callout title\n> callout body\n\n"
                + "1. ordered\n2. numbered\n",
                "NAT Gateway.png", "png", "d.png", "png");
        for (String word : List.of("first", "item", "second", "one", "two", "three", "nat", "gateway", "peering",
                "callout", "title", "body", "ordered", "numbered")) {
            assertThat(search(index, word)).as(word).hasSize(1);
        }
        assertThat(search(index, "itemsecond")).isEmpty();
        assertThat(search(index, "onelin")).isEmpty();
    }

    @Test
    void whileTypingTheLastWordIsAPrefixScoredTermByTerm() {
        Path index = build("A.md", "---\ntitle: A\n---\n# DynamoDB\nTables and streams.\n# DynamoDB Accelerator\nDAX caches tables.\n# S3\nBuckets.\n");
        List<SearchIndex.Hit> typed = SearchIndex.search(index, SearchQuery.typing("dynamo"), 10);
        List<SearchIndex.Hit> full = search(index, "dynamodb");
        assertThat(typed).extracting(SearchIndex.Hit::place).containsExactlyElementsOf(full.stream().map(SearchIndex.Hit::place).toList());
        // One completion: exactly the score of that term.
        assertThat(typed).extracting(SearchIndex.Hit::score).containsExactlyElementsOf(full.stream().map(SearchIndex.Hit::score).toList());
        // Finished words stay whole: "tables dyn" needs tables and a word starting "dyn".
        assertThat(SearchIndex.search(index, SearchQuery.typing("tables dyn"), 10)).hasSize(2);
        // A last word typed in full still finds its stem; a trailing space means the word is finished.
        assertThat(SearchIndex.search(index, SearchQuery.typing("caches"), 10)).extracting(SearchIndex.Hit::place)
                .containsExactly("A › DynamoDB Accelerator");
        assertThat(SearchIndex.search(index, SearchQuery.typing("dynamo "), 10)).isEmpty();
    }

    @Test
    void stopWordsAndSingleLettersAreNotExpanded() {
        assertThat(SearchQuery.typing("lambda the").prefix()).isEmpty();
        assertThat(SearchQuery.typing("lambda t").prefix()).isEmpty();
        assertThat(SearchQuery.typing("lambda Fun").prefix()).contains("fun");
        assertThat(SearchQuery.of("lambda fun").prefix()).isEmpty();
    }

    @Test
    void quotedPhrasesNeedTheirWordsTogetherAndInOrder() {
        Path index = build("A.md", "---\ntitle: A\n---\n# One\nThe visibility timeout hides messages.\n"
                + "# Two\nA timeout of the visibility kind.\n# Three\nVisibility and a timeout, far apart.\n");
        assertThat(search(index, "visibility timeout")).hasSize(3);
        assertThat(search(index, "\"visibility timeout\"")).extracting(SearchIndex.Hit::place).containsExactly("A › One");
        // Stop words leave gaps the phrase must match: "timeout of the visibility" is not "timeout visibility".
        assertThat(search(index, "\"timeout visibility\"")).isEmpty();
        assertThat(search(index, "\u201Ctimeout of the visibility\u201D")).extracting(SearchIndex.Hit::place).containsExactly("A › Two");
        // A phrase and loose words together; a one-word phrase is a word.
        assertThat(search(index, "\"visibility timeout\" messages")).hasSize(1);
        assertThat(search(index, "\"apart\"")).extracting(SearchIndex.Hit::place).containsExactly("A › Three");
    }

    @Test
    void queriesComeApartIntoPhrasesWordsAndAnUnfinishedWord() {
        QueryText typed = QueryText.parse("\"bucket policy\" s3 versio", true);
        assertThat(typed.phrases()).containsExactly("bucket policy");
        assertThat(typed.words().trim()).isEqualTo("s3");
        assertThat(typed.prefix()).contains("versio");
        // A closed phrase or a trailing space finishes the last word; an open quote is ignored.
        assertThat(QueryText.parse("s3 \"bucket policy\"", true).prefix()).isEmpty();
        assertThat(QueryText.parse("s3 versio ", true).prefix()).isEmpty();
        QueryText open = QueryText.parse("\"bucket pol", true);
        assertThat(open.phrases()).isEmpty();
        assertThat(open.words().trim()).isEqualTo("bucket");
        assertThat(open.prefix()).contains("pol");
        // Only letters and digits are unfinished: "s3-buc" is the finished "s3" and the unfinished "buc".
        assertThat(QueryText.parse("s3-buc", true).prefix()).contains("buc");
        assertThat(QueryText.parse("s3-buc", false).prefix()).isEmpty();
    }

    @Test
    void didYouMeanRespellsUnknownWordsFromTheNotesWords() {
        Path index = build("A.md", "---\ntitle: A\n---\n# DynamoDB\nTables, streams and CloudFormation stacks.\n"
                + "# Lambda\nFunctions, layers and policies.\n# Cache\nLayer caches.\n");
        assertThat(SearchIndex.suggest(index, SearchQuery.of("dynamdb tables"))).contains("dynamodb tables");
        assertThat(SearchIndex.suggest(index, SearchQuery.of("cloudfromation"))).contains("cloudformation");
        assertThat(SearchIndex.suggest(index, SearchQuery.of("\"lamda fnctions\""))).contains("\"lambda functions\"");
        // Known words, words too short to guess, and words with nothing close stay as they are.
        assertThat(SearchIndex.suggest(index, SearchQuery.of("dynamodb policies"))).isEmpty();
        assertThat(SearchIndex.suggest(index, SearchQuery.of("lyr"))).isEmpty();
        assertThat(SearchIndex.suggest(index, SearchQuery.of("zzzzzzzz"))).isEmpty();
        // While typing, a last word that starts a known word is not misspelt.
        assertThat(SearchIndex.suggest(index, SearchQuery.typing("dyna"))).isEmpty();
    }

    @Test
    void theClosestWordHasFewestEditsThenMostSectionsThenComesFirst() {
        List<ExportedIndex.Word> words = List.of(new ExportedIndex.Word("layer", 1), new ExportedIndex.Word("layers", 5),
                new ExportedIndex.Word("lapse", 9), new ExportedIndex.Word("player", 2));
        assertThat(Suggestion.closest("layerz", words)).contains("layers");
        assertThat(Suggestion.closest("lyaer", words)).contains("layer");
        assertThat(Suggestion.distance("ab".codePoints().toArray(), "ba".codePoints().toArray())).isEqualTo(1);
        assertThat(Suggestion.maxEdits(3)).isZero();
        assertThat(Suggestion.maxEdits(5)).isEqualTo(1);
        assertThat(Suggestion.maxEdits(6)).isEqualTo(2);
    }

    private static List<String> notes(List<SearchIndex.Hit> hits) {
        return hits.stream().map(SearchIndex.Hit::note).distinct().toList();
    }

    @Test
    void theNoteAQueryNamesRanksFirstEvenWhenItsH1SaysOtherwise() {
        Path index = build("Lambda.md", "# Serverless Functions\nRun code without servers.\n## Limits\nFifteen minutes per run.\n",
                "API Gateway.md", "# API Gateway\nIntegrates with Lambda: a Lambda proxy passes the request to Lambda.\n",
                "Step Functions.md", "# Step Functions\nStates call Lambda functions; Lambda retries on Lambda errors.\n");
        List<SearchIndex.Hit> hits = search(index, "lambda");
        assertThat(notes(hits).get(0)).isEqualTo("Lambda.md");
        // Every section of the note carries its name, so "lambda limits" finds the section about limits.
        assertThat(search(index, "lambda limits")).extracting(SearchIndex.Hit::place)
                .containsExactly("Serverless Functions › Limits");
    }

    @Test
    void aliasesNameEverySectionOfTheirNote() {
        Path index = build("Kinesis Data Streams.md", "---\naliases: [KDS]\n---\n# Kinesis Data Streams\nReal-time streams.\n"
                + "## Shards\nA shard takes 1 MB per second.\n",
                "Firehose.md", "# Firehose\nFirehose reads from KDS and from a shard of KDS, KDS being a source.\n");
        assertThat(notes(search(index, "kds"))).first().isEqualTo("Kinesis Data Streams.md");
        assertThat(search(index, "kds shard")).extracting(SearchIndex.Hit::place).first()
                .isEqualTo("Kinesis Data Streams › Shards");
    }

    @Test
    void aSectionAboutTheWordsBeatsAnIncidentalMention() {
        Path index = build("SQS.md", "# SQS\nQueues.\n## Reducing costs\n### Polling mode\n"
                        + "SQS short polling answers at once; SQS long polling waits. Long polling with SQS is cheaper: "
                        + "long polling cuts empty SQS responses, so prefer long polling.\n",
                "Long Polling.md", "# Long Polling\nA receive call waits up to 20 seconds for a message to arrive in the SQS queue.\n");
        assertThat(notes(search(index, "sqs long polling")).get(0)).isEqualTo("Long Polling.md");
    }

    @Test
    void wordsSideBySideInAHeadingEarnABonusTheSameWordsApartDoNot() {
        Path pairs = build("A.md", "# Polling\n## Long polling\nWaits for SQS messages.\n## Polling long\nWaits for SQS messages.\n");
        assertThat(search(pairs, "sqs long polling")).extracting(SearchIndex.Hit::place)
                .containsExactly("Polling › Long polling", "Polling › Polling long");
    }

    @Test
    void aNoteWhoseNamesAreAllStopWordsIsIndexedWithTheOthers() {
        Path index = build("A.md", "# A\nFirst note.\n", "To be.md", "# To be\nSecond note.\n", "Lambda.md", "# Lambda\nThird note.\n");
        assertThat(search(index, "note")).hasSize(3);
        assertThat(notes(search(index, "lambda note"))).containsExactly("Lambda.md");
    }
}
