package io.studysite.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vladsch.flexmark.util.ast.Document;
import io.studysite.config.Dialect;
import io.studysite.note.Heading;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingIdsTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine(false, true);

    private static List<Heading> assign(String markdown) {
        return HeadingIds.assign(ENGINE.parse(markdown, Dialect.OBSIDIAN));
    }

    private static List<String> ids(String markdown) {
        return assign(markdown).stream().map(Heading::id).toList();
    }

    @Test
    void repeatedHeadingsGetNumberedIds() {
        assertThat(ids("# CloudFormation\n\n## CloudFormation\n\n### CloudFormation\n"))
                .containsExactly("cloudformation", "cloudformation-1", "cloudformation-2");
    }

    @Test
    void numberedIdsNeverCollideWithAHeadingThatLooksNumbered() {
        assertThat(ids("# A\n\n# A-1\n\n# A\n\n# A\n")).containsExactly("a", "a-1", "a-2", "a-3");
        assertThat(ids("# A\n\n# A\n\n# A 1\n")).containsExactly("a", "a-1", "a-1-1");
        assertThat(ids("# A 1\n\n# A\n\n# A\n")).containsExactly("a-1", "a", "a-2");
    }

    @Test
    void headingsNeverTakeAnIdThePageUsesForSomethingElse() {
        assertThat(ids("# Sidebar\n\n# Content\n\n# Tags\n\n# Sidebar\n"))
                .containsExactly("sidebar-section", "content-section", "tags-section", "sidebar-section-1");
        assertThat(ids("# fn 1\n\n# fnref 2 1\n\n# Category 3\n\n# fn\n"))
                .containsExactly("fn-1-section", "fnref-2-1-section", "category-3-section", "fn");
    }

    @Test
    void aHeadingSlugNeverLooksLikeTheScopeOfCopiedContent() {
        assertThat(ids("# Embed -- 1 -- x\n\n# n1 - - sqs\n")).allSatisfy(id -> assertThat(id).doesNotContain(PageIds.SCOPE_END));
    }

    @Test
    void idsAreUniqueOnAPageWhateverTheHeadings() {
        List<String> ids = ids("""
                # Setup
                # Setup 1
                # Setup
                # setup-1
                # SETUP
                # Setup-2
                #
                #
                # 😀
                """);

        assertThat(ids).doesNotHaveDuplicates().hasSize(9);
        assertThat(ids.get(0)).isEqualTo("setup");
        assertThat(ids.get(1)).isEqualTo("setup-1");
    }

    @Test
    void headingTextReadsWikilinksAsTheirLabels() {
        List<Heading> headings = assign("# CI/CD [[DevOps]]\n\n## With [[Other|an alias]]\n\n## Into [[Other#Part]]\n");

        assertThat(headings).extracting(Heading::text, Heading::id).containsExactly(
                tuple("CI/CD DevOps", "ci-cd-devops"),
                tuple("With an alias", "with-an-alias"),
                tuple("Into Other > Part", "into-other-part"));
    }

    @Test
    void headingTextDropsMarkupButKeepsItsWords() {
        List<Heading> headings = assign("""
                # **Bold** and _italic_ text
                ## The `aws s3` CLI
                ## A <b>tag</b> inside
                ## [A link](https://example.com) here
                ## Escaped \\# hash
                """);

        assertThat(headings).extracting(Heading::text).containsExactly(
                "Bold and italic text", "The aws s3 CLI", "A tag inside", "A link here", "Escaped # hash");
    }

    @Test
    void entitiesCountAsTheCharactersTheyStandFor() {
        assertThat(assign("# R&amp;D\n\n## List&lt;T&gt;\n")).extracting(Heading::text, Heading::id).containsExactly(
                tuple("R&D", "r-and-d"),
                tuple("List<T>", "list-t"));
    }

    @Test
    void emptyOrSymbolOnlyHeadingIsASection() {
        assertThat(ids("#\n\n## 😀\n\n### ?!\n")).containsExactly("section", "section-1", "section-2");
        assertThat(assign("#\n").get(0).text()).isEmpty();
    }

    @Test
    void levelsAndOneBasedLines() {
        List<Heading> headings = assign("""
                # One
                text

                ## Two

                Setext
                ======

                ###### Six
                """);

        assertThat(headings).extracting(Heading::level, Heading::text, Heading::line).containsExactly(
                tuple(1, "One", 1),
                tuple(2, "Two", 4),
                tuple(1, "Setext", 6),
                tuple(6, "Six", 9));
    }

    @Test
    void linesCountFrontMatter() {
        List<Heading> headings = assign("---\ntitle: T\n---\n# After front matter\n");

        assertThat(headings).extracting(Heading::line).containsExactly(4);
    }

    @Test
    void linesAgreeWithFlexmarksWhateverTheLineEndings() {
        for (String text : List.of("# A\r\n\r\ntext\r\n## B\r\n> ## C\r\n", "# A\n\ntext\n## B\n> ## C\n")) {
            Document document = ENGINE.parse(text, Dialect.OBSIDIAN);
            List<Integer> flexmarks = new java.util.ArrayList<>();
            for (var node : document.getDescendants()) {
                if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                    flexmarks.add(h.getStartLineNumber() + 1);
                }
            }
            assertThat(HeadingIds.assign(document)).extracting(Heading::line).containsExactlyElementsOf(flexmarks)
                    .containsExactly(1, 4, 5);
        }
    }

    @Test
    void idsAreSetOnTheDocumentForTheRenderer() {
        Document document = ENGINE.parse("# EC2\n\n# EC2\n", Dialect.OBSIDIAN);
        HeadingIds.assign(document);

        String html = ENGINE.render(document, Dialect.OBSIDIAN, LinkTargets.NONE);

        assertThat(org.jsoup.Jsoup.parseBodyFragment(html).select("h1"))
                .extracting(org.jsoup.nodes.Element::id).containsExactly("ec2", "ec2-1");
    }

    @Test
    void noHeadings() {
        assertThat(assign("just text\n")).isEmpty();
        assertThat(assign("")).isEmpty();
    }

    @Test
    void headingsInCodeAreNotHeadings() {
        assertThat(ids("```\n# not a heading\n```\n\n    # nor this\n\n# Real\n")).containsExactly("real");
    }

    @Test
    void jekyllHeadingsWithoutSpace() {
        List<Heading> headings = HeadingIds.assign(ENGINE.parse("#EC2\n\n# EC2\n", Dialect.JEKYLL));

        assertThat(headings).extracting(Heading::text, Heading::id)
                .containsExactly(tuple("EC2", "ec2"), tuple("EC2", "ec2-1"));
    }
}
