package io.studysite.render;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.testing.SiteLinkChecker;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tag pages with nested tags rolled up, the tag index, folder pages, and natural order everywhere. */
class ListingsTest {
    @TempDir
    Path tmp;

    private Document page(String path) throws IOException {
        return Jsoup.parse(tmp.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    private void build(String... pathsAndTexts) throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"), pathsAndTexts);
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        SiteLinkChecker.Report links = SiteLinkChecker.check(tmp.resolve("site"));
        assertThat(links.ok()).as(links.describe()).isTrue();
    }

    @Test
    void nestedTagsRollUpIntoTheirParentsCaseInsensitively() throws IOException {
        build("S3.md", "---\ntags: [aws/s3, exam]\n---\n# S3\n",
                "Lambda.md", "---\ntags: [AWS/Lambda]\n---\n# Lambda\n",
                "General.md", "---\ntags: [aws]\n---\n# General\n");
        assertThat(page("tags/aws.html").select("main .note-list a").eachText()).containsExactly("General", "Lambda", "S3");
        assertThat(page("tags/aws.html").select("main ul.tags a").eachAttr("href")).containsExactly("aws/lambda.html", "aws/s3.html");
        assertThat(page("tags/aws/s3.html").select("main .note-list a").eachText()).containsExactly("S3");
        assertThat(page("tags/aws/s3.html").select(".breadcrumbs a").eachText()).containsExactly("Home", "Tags", "#aws");
        assertThat(page("tags/index.html").select(".tag-tree li").eachText())
                .containsExactly("#aws 3", "#AWS/Lambda 1", "#aws/s3 1", "#exam 1");
        assertThat(page("s3.html").select("ul.tags a.tag").eachAttr("href")).containsExactly("tags/aws/s3.html", "tags/exam.html");
    }

    @Test
    void everyFolderHasAPageListingSubfoldersAndNotesInNaturalOrder() throws IOException {
        build("Course/Lesson 10.md", "# L10\n", "Course/Lesson 2.md", "# L2\n", "Course/Lesson 1.md", "# L1\n",
                "Course/Part 10/Deep.md", "# Deep\n", "Course/Part 9/Deeper.md", "# Deeper\n", "Root note.md", "# Root\n");
        Document course = page("course/index.html");
        assertThat(course.select("main .note-list a").eachText()).containsExactly("L1", "L2", "L10");
        assertThat(course.select("main .folder-list a").eachText()).containsExactly("Part 9/", "Part 10/");
        assertThat(page("course/part-10/index.html").select(".breadcrumbs a").eachText()).containsExactly("Home", "Course");
        assertThat(page("course/part-10/deep.html").select(".breadcrumbs a").eachAttr("href"))
                .containsExactly("../../index.html", "../index.html", "index.html");
        assertThat(page("index.html").select("main .folder-list a").eachAttr("href")).containsExactly("course/index.html");
        assertThat(page("index.html").select("main .note-list a").eachText()).containsExactly("Root");
    }

    @Test
    void folderCountsCountEveryNoteBelowTheFolder() throws IOException {
        build("Security/Overview.md", "# O\n", "Security/IAM/Users.md", "# U\n", "Security/IAM/Roles.md", "# R\n",
                "Security/KMS/Deep/Keys.md", "# K\n", "Compute/EC2.md", "# E\n");
        assertThat(page("index.html").select("main .folder-list li").eachText())
                .containsExactly("Compute/ 1 note", "Security/ 4 notes");
        assertThat(page("security/index.html").select("main .folder-list li").eachText())
                .containsExactly("IAM/ 2 notes", "KMS/ 1 note");
    }

    @Test
    void naturalOrderComparesDigitRunsByValueAndIgnoresCase() {
        List<String> names = new java.util.ArrayList<>(List.of("lesson 10", "Lesson 2", "lesson 1", "Lesson 02b", "Äpfel", "apple", "Zeta"));
        names.sort(NaturalOrder.INSTANCE);
        assertThat(names).containsExactly("Äpfel", "apple", "lesson 1", "Lesson 2", "Lesson 02b", "lesson 10", "Zeta");
    }

    @Test
    void naturalOrderReadsAllZerosAsZeroAndBreaksTiesByTheExactText() {
        List<String> names = new java.util.ArrayList<>(List.of("v000", "v1", "v0", "v00", "v007", "v7"));
        names.sort(NaturalOrder.INSTANCE);
        assertThat(names).containsExactly("v0", "v00", "v000", "v1", "v007", "v7");
        // The same from several threads at once: each has its own collator.
        List<List<String>> sorted = java.util.stream.IntStream.range(0, 8).parallel().mapToObj(i -> {
            List<String> copy = new java.util.ArrayList<>(List.of("b 10", "B 9", "a", "À 2", "a 10"));
            copy.sort(NaturalOrder.INSTANCE);
            return copy;
        }).toList();
        assertThat(sorted).allMatch(list -> list.equals(List.of("a", "a 10", "À 2", "B 9", "b 10")));
    }
}
