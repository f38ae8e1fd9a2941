package io.studysite.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.studysite.config.Dialect;
import io.studysite.diag.Diagnostic;
import io.studysite.diag.Diagnostics;
import io.studysite.diag.Severity;
import io.studysite.markdown.MarkdownEngine;
import io.studysite.note.Note;
import io.studysite.note.RefKind;
import io.studysite.note.Reference;
import io.studysite.vault.NoteSource;
import io.studysite.vault.VaultPath;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NoteParserTest {
    private static final MarkdownEngine ENGINE = new MarkdownEngine(false, true);
    private static final Path FILE = Path.of("content", "Folder", "My Note.md");

    private final Diagnostics diagnostics = new Diagnostics();

    private Note parse(String text) {
        return parse("Folder/My Note.md", text, Dialect.OBSIDIAN);
    }

    private Note parseJekyll(String text) {
        return parse("Folder/My Note.md", text, Dialect.JEKYLL);
    }

    private Note parse(String path, String text, Dialect dialect) {
        NoteSource source = new NoteSource(VaultPath.of(path), FILE, text, dialect);
        ParsedNote parsed = new NoteParser(ENGINE, diagnostics).parse(source);
        assertThat(parsed.document()).isNotNull();
        return parsed.note();
    }

    private List<Diagnostic> diagnostics(String code) {
        return diagnostics.sorted().stream().filter(d -> d.code().equals(code)).toList();
    }

    @Nested
    class Title {
        @Test
        void frontMatterTitleWinsOverHeadingAndFileName() {
            Note note = parse("""
                    ---
                    title: "  From front matter  "
                    ---
                    # From heading
                    """);
            assertThat(note.title()).isEqualTo("From front matter");
        }

        @Test
        void fileNameWhenThereIsNoTitleProperty() {
            // Headings may replace it later, once the vault is known to be plain Markdown (NoteTitles).
            Note note = parse("""
                    ---
                    tags: [a]
                    ---
                    # The *first* H1
                    """);
            assertThat(note.title()).isEqualTo("My Note");
        }

        @Test
        void blankTitlePropertyFallsBackToFileName() {
            Note note = parse("""
                    ---
                    title: "   "
                    ---
                    # Heading title
                    """);
            assertThat(note.title()).isEqualTo("My Note");
        }

        @Test
        void fileNameWhenNeitherPropertyNorH1() {
            Note note = parse("""
                    ## Only an H2

                    text
                    """);
            assertThat(note.title()).isEqualTo("My Note");
        }

        @Test
        void fileNameKeepsDotsInTheName() {
            Note note = parse("Node.js basics.md", "plain text\n", Dialect.OBSIDIAN);
            assertThat(note.title()).isEqualTo("Node.js basics");
            assertThat(note.name()).isEqualTo("Node.js basics");
        }

        @Test
        void numericTitleIsReadAsText() {
            Note note = parse("""
                    ---
                    title: 2024
                    ---
                    """);
            assertThat(note.title()).isEqualTo("2024");
        }
    }

    @Nested
    class Tags {
        @Test
        void fromYamlList() {
            Note note = parse("""
                    ---
                    tags:
                      - aws
                      - exam/dva
                    ---
                    """);
            assertThat(note.tags()).containsExactly("aws", "exam/dva");
        }

        @Test
        void fromFlowList() {
            Note note = parse("""
                    ---
                    tags: [aws, exam]
                    ---
                    """);
            assertThat(note.tags()).containsExactly("aws", "exam");
        }

        @Test
        void fromCommaSeparatedString() {
            Note note = parse("""
                    ---
                    tags: aws, exam ,study
                    ---
                    """);
            assertThat(note.tags()).containsExactly("aws", "exam", "study");
        }

        @Test
        void fromSpaceSeparatedString() {
            Note note = parse("""
                    ---
                    tags: aws exam   study
                    ---
                    """);
            assertThat(note.tags()).containsExactly("aws", "exam", "study");
        }

        @Test
        void fromLegacySingularTag() {
            Note note = parse("""
                    ---
                    tag: legacy
                    ---
                    """);
            assertThat(note.tags()).containsExactly("legacy");
        }

        @Test
        void tagsAndTagAreMergedInThatOrder() {
            Note note = parse("""
                    ---
                    tag: old
                    tags: [new]
                    ---
                    """);
            assertThat(note.tags()).containsExactly("new", "old");
        }

        @Test
        void leadingHashIsStripped() {
            Note note = parse("""
                    ---
                    tags: ["#aws", "#exam/dva", plain]
                    ---
                    """);
            assertThat(note.tags()).containsExactly("aws", "exam/dva", "plain");
        }

        @Test
        void duplicatesDroppedCaseInsensitivelyKeepingTheFirstSpelling() {
            Note note = parse("""
                    ---
                    tags: [AWS, aws, "#Aws", Exam, EXAM, other]
                    ---
                    """);
            assertThat(note.tags()).containsExactly("AWS", "Exam", "other");
        }

        @Test
        void loneHashAndEmptyItemsAreNoTags() {
            Note note = parse("""
                    ---
                    tags: ["#", "", "  ", ok]
                    ---
                    """);
            assertThat(note.tags()).containsExactly("ok");
        }

        @Test
        void noFrontMatterMeansNoTags() {
            Note note = parse("# Title\n\ntags: a, b\n");
            assertThat(note.tags()).isEmpty();
            assertThat(note.properties()).isEmpty();
        }
    }

    @Nested
    class Aliases {
        @Test
        void fromAliasesList() {
            Note note = parse("""
                    ---
                    aliases:
                      - EC2
                      - Elastic Compute Cloud
                    ---
                    """);
            assertThat(note.aliases()).containsExactly("EC2", "Elastic Compute Cloud");
        }

        @Test
        void fromCommaSeparatedAliasStringKeepingSpacesInsideAnAlias() {
            Note note = parse("""
                    ---
                    alias: Elastic Compute Cloud, EC2
                    ---
                    """);
            assertThat(note.aliases()).containsExactly("Elastic Compute Cloud", "EC2");
        }

        @Test
        void aliasesThenLegacyAlias() {
            Note note = parse("""
                    ---
                    alias: Old
                    aliases: [New]
                    ---
                    """);
            assertThat(note.aliases()).containsExactly("New", "Old");
        }
    }

    @Nested
    class FrontMatterProblems {
        @Test
        void invalidYamlWarnsAtTheLineInTheNoteAndTheNoteStillParses() {
            Note note = parse("""
                    ---
                    title: ok
                    tags: [a, b
                    other: x
                    ---
                    # Heading
                    See [[Target]].
                    """);
            List<Diagnostic> found = diagnostics("invalid-front-matter");
            assertThat(found).hasSize(1);
            Diagnostic d = found.get(0);
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.file()).isEqualTo(FILE);
            assertThat(d.message()).startsWith("front matter is not valid YAML: ");
            // the YAML starts on line 2 of the note; the broken flow sequence is noticed on line 4 or 5
            assertThat(d.line()).isBetween(3, 5);
            assertThat(d.column()).isPositive();
            assertThat(note.title()).isEqualTo("My Note");
            assertThat(note.properties()).isEmpty();
            assertThat(note.references()).extracting(Reference::target).containsExactly("Target");
        }

        @Test
        void errorOnTheFirstYamlLineIsReportedOnLineTwo() {
            parse("""
                    ---
                    : bad: [
                    ---
                    body
                    """);
            List<Diagnostic> found = diagnostics("invalid-front-matter");
            assertThat(found).hasSize(1);
            assertThat(found.get(0).line()).isEqualTo(2);
        }

        @Test
        void tabIndentationErrorPointsAtItsLineAndColumn() {
            parse("---\ntitle: a\ntags:\n\t- x\n---\n");
            List<Diagnostic> found = diagnostics("invalid-front-matter");
            assertThat(found).hasSize(1);
            assertThat(found.get(0).line()).isEqualTo(4);
            assertThat(found.get(0).column()).isEqualTo(1);
        }

        @Test
        void tagWhoseEscapeDecodesToASpaceIsInvalidYamlNotACrash() {
            Note note = parse("---\ntitle: !x%20 value\n---\nSee [[Target]].\n");
            List<Diagnostic> found = diagnostics("invalid-front-matter");
            assertThat(found).hasSize(1);
            assertThat(found.get(0).message()).startsWith("front matter is not valid YAML: ");
            assertThat(note.properties()).isEmpty();
            assertThat(note.references()).extracting(Reference::target).containsExactly("Target");
        }

        @Test
        void frontMatterThatIsNotAMapWarnsOnLineTwo() {
            Note note = parse("""
                    ---
                    - just
                    - a list
                    ---
                    # Title
                    """);
            List<Diagnostic> found = diagnostics("invalid-front-matter");
            assertThat(found).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
                    .containsExactly(tuple(2, 1, "front matter is not a map of properties"));
            assertThat(note.headings()).extracting(io.studysite.note.Heading::text).containsExactly("Title");
        }

        @Test
        void emptyFrontMatterIsFine() {
            Note note = parse("---\n---\n# T\n");
            assertThat(diagnostics.sorted()).isEmpty();
            assertThat(note.properties()).isEmpty();
            assertThat(note.headings()).extracting(io.studysite.note.Heading::text).containsExactly("T");
        }

        @Test
        void propertiesKeepFileOrderAndTypes() {
            Note note = parse("""
                    ---
                    zeta: 1
                    alpha: true
                    list: [x, y]
                    ---
                    """);
            assertThat(note.properties()).containsOnlyKeys("zeta", "alpha", "list");
            assertThat(note.properties().keySet()).containsExactly("zeta", "alpha", "list");
            assertThat(note.properties().get("zeta")).isEqualTo(1);
            assertThat(note.properties().get("alpha")).isEqualTo(Boolean.TRUE);
            assertThat(note.properties().get("list")).isEqualTo(List.of("x", "y"));
        }

        @Test
        void crlfFrontMatterIsRead() {
            Note note = parse("---\r\ntitle: Windows\r\ntags: [a]\r\n---\r\nbody\r\n");
            assertThat(note.title()).isEqualTo("Windows");
            assertThat(note.tags()).containsExactly("a");
        }

        @Test
        void unclosedFrontMatterIsNoFrontMatterAndSaysSo() {
            Note note = parse("---\ntitle: never closed\n# Heading\n");
            assertThat(note.properties()).isEmpty();
            // The text is the note's, as in Obsidian: the first line is a rule, then the heading.
            assertThat(note.headings()).extracting(io.studysite.note.Heading::text).containsExactly("Heading");
            assertThat(diagnostics("invalid-front-matter")).singleElement().satisfies(d -> {
                assertThat(d.line()).isEqualTo(1);
                assertThat(d.message()).startsWith("the front matter is never closed");
            });
        }

        /** Found by FrontMatterFuzzTest: a list that holds itself through its own anchor overflowed the stack. */
        @Test
        void anAliasInsideItsOwnAnchorIsNoFrontMatterAndSaysSo() {
            Note note = parse("---\ntitle: loop\nc: &c [\"[[A]]\", *c]\ntags: *c\n---\n# Heading\nSee [[Target]].\n");
            assertThat(note.properties()).isEmpty();
            assertThat(note.title()).isEqualTo("My Note");
            assertThat(note.references()).extracting(Reference::target).containsExactly("Target");
            assertThat(diagnostics("invalid-front-matter")).singleElement().satisfies(d -> {
                assertThat(d.line()).isEqualTo(3);
                assertThat(d.message()).contains("refers to itself");
            });
        }
    }

    @Nested
    class References {
        private Reference only(Note note) {
            assertThat(note.references()).hasSize(1);
            return note.references().get(0);
        }

        @Test
        void wikilink() {
            Note note = parse("Intro [[Other Note]] end\n");
            assertThat(only(note)).isEqualTo(new Reference(RefKind.WIKILINK, "Other Note", null, 1, 7));
        }

        @Test
        void wikilinkWithDisplayText() {
            Note note = parse("x\n\n  [[Other Note|shown text]]\n");
            assertThat(only(note)).isEqualTo(new Reference(RefKind.WIKILINK, "Other Note", null, 3, 3));
        }

        @Test
        void wikilinkWithHeadingChain() {
            Note note = parse("[[Note#H1#H2]]\n");
            assertThat(only(note)).isEqualTo(new Reference(RefKind.WIKILINK, "Note", "H1#H2", 1, 1));
        }

        @Test
        void wikilinkWithHeadingAndDisplayText() {
            Note note = parse("[[Note#Section|see]]\n");
            assertThat(only(note)).isEqualTo(new Reference(RefKind.WIKILINK, "Note", "Section", 1, 1));
        }

        @Test
        void sameNoteHeadingHasAnEmptyTarget() {
            Note note = parse("Jump to [[#Heading Two]].\n");
            assertThat(only(note)).isEqualTo(new Reference(RefKind.WIKILINK, "", "Heading Two", 1, 9));
        }

        @Test
        void blockReference() {
            Note note = parse("[[Note#^block-1]] and [[#^own]]\n");
            assertThat(note.references()).containsExactly(
                    new Reference(RefKind.WIKILINK, "Note", "^block-1", 1, 1),
                    new Reference(RefKind.WIKILINK, "", "^own", 1, 23));
        }

        @Test
        void wikilinkWithEscapedPipeInATable() {
            Note note = parse("""
                    | a | b |
                    |---|---|
                    | [[Note\\|Custom]] | x |
                    """);
            assertThat(note.references()).extracting(Reference::kind, Reference::target, Reference::line)
                    .containsExactly(tuple(RefKind.WIKILINK, "Note", 3));
        }

        @Test
        void embedWithSize() {
            Note note = parse("Picture:\n![[img.png|300]]\n");
            assertThat(only(note)).isEqualTo(new Reference(RefKind.EMBED, "img.png", null, 2, 1));
        }

        @Test
        void embedOfANoteHeading() {
            Note note = parse("![[Other#Part]]\n");
            assertThat(only(note)).isEqualTo(new Reference(RefKind.EMBED, "Other", "Part", 1, 1));
        }

        @Test
        void embedWithSpacesInTheName() {
            Note note = parse("![[Pasted image 20220205104444.png]]\n");
            assertThat(only(note)).isEqualTo(
                    new Reference(RefKind.EMBED, "Pasted image 20220205104444.png", null, 1, 1));
        }

        @Test
        void markdownLinkIsPercentDecoded() {
            Note note = parse("See [t](Other%20Note.md) now\n");
            assertThat(only(note)).isEqualTo(new Reference(RefKind.MARKDOWN_LINK, "Other Note.md", null, 1, 5));
        }

        @Test
        void markdownLinkInAngleBrackets() {
            Note note = parse("[t](<Other Note.md>)\n");
            assertThat(only(note)).isEqualTo(new Reference(RefKind.MARKDOWN_LINK, "Other Note.md", null, 1, 1));
        }

        @Test
        void markdownLinkWithAnchorDecodesBoth() {
            Note note = parse("[t](Other%20Note.md#Some%20Heading)\n");
            assertThat(only(note)).isEqualTo(
                    new Reference(RefKind.MARKDOWN_LINK, "Other Note.md", "Some Heading", 1, 1));
        }

        @Test
        void markdownLinkKeepsPlusAndUnicode() {
            Note note = parse("[t](C%2B%2B%20caf%C3%A9.md) [u](a+b.md)\n");
            assertThat(note.references()).extracting(Reference::target).containsExactly("C++ café.md", "a+b.md");
        }

        @Test
        void markdownAnchorOnlyLinkTargetsTheSameNote() {
            Note note = parse("[up](#Top)\n");
            assertThat(only(note)).isEqualTo(new Reference(RefKind.MARKDOWN_LINK, "", "Top", 1, 1));
        }

        @Test
        void markdownImage() {
            Note note = parse("text\n\n![](pic.png)\n");
            assertThat(only(note)).isEqualTo(new Reference(RefKind.MARKDOWN_IMAGE, "pic.png", null, 3, 1));
        }

        @Test
        void markdownImageWithTitleAndQuery() {
            Note note = parse("![alt](images/pic%201.png?raw=true \"title\")\n");
            assertThat(only(note)).isEqualTo(new Reference(RefKind.MARKDOWN_IMAGE, "images/pic 1.png", null, 1, 1));
        }

        @Test
        void imageInsideALinkGivesTwoReferences() {
            Note note = parse("[![](thumb.png)](Big.md)\n");
            assertThat(note.references()).extracting(Reference::kind, Reference::target, Reference::column)
                    .containsExactlyInAnyOrder(
                            tuple(RefKind.MARKDOWN_LINK, "Big.md", 1),
                            tuple(RefKind.MARKDOWN_IMAGE, "thumb.png", 2));
        }

        @Test
        void externalLinksAreNotCollected() {
            Note note = parse("""
                    [web](https://example.com/x.md) [mail](mailto:me@example.com)
                    [ftp](ftp://host/file.png) [rel](//cdn.example.com/x.png)
                    ![img](https://example.com/pic.png) <https://auto.example.com>
                    https://bare.example.com [obs](obsidian://open?vault=v&file=Note)
                    """);
            assertThat(note.references()).isEmpty();
        }

        @Test
        void wikilinksInCodeAreNotCollected() {
            Note note = parse("""
                    Inline `[[Not A Link]]` code.

                    ```
                    [[Also Not]] ![[nope.png]] [x](nope.md)
                    ```

                        [[Indented code]]

                    ~~~md
                    [[Tilde fence]]
                    ~~~

                    After [[Real]]
                    """);
            assertThat(note.references()).containsExactly(new Reference(RefKind.WIKILINK, "Real", null, 13, 7));
        }

        @Test
        void referencesAreInDocumentOrderWithPositionsAfterFrontMatter() {
            Note note = parse("""
                    ---
                    title: T
                    ---
                    # Heading
                    First [[A]], then ![[b.png]].
                    - item [c](C.md)
                    """);
            assertThat(note.references()).containsExactly(
                    new Reference(RefKind.WIKILINK, "A", null, 5, 7),
                    new Reference(RefKind.EMBED, "b.png", null, 5, 19),
                    new Reference(RefKind.MARKDOWN_LINK, "C.md", null, 6, 8));
        }

        @Test
        void columnsCountCharactersNotBytes() {
            Note note = parse("éé 🙂 [[Target]]\n");
            // "éé 🙂 " is 2 + 1 + 2 (surrogate pair) + 1 UTF-16 units
            assertThat(only(note).column()).isEqualTo(7);
        }

        @Test
        void wikilinkInAHeadingIsAReference() {
            Note note = parse("## About [[Topic]]\n");
            assertThat(only(note)).isEqualTo(new Reference(RefKind.WIKILINK, "Topic", null, 1, 10));
            assertThat(note.headings()).hasSize(1);
            assertThat(note.headings().get(0).text()).isEqualTo("About Topic");
        }

        @Test
        void referenceStyleLinksAreCollected() {
            Note note = parse("""
                    See [the other note][other] and ![pic][img].

                    [other]: Other%20Note.md#Part
                    [img]: <images/a b.png>
                    """);
            assertThat(note.references()).containsExactly(
                    new Reference(RefKind.MARKDOWN_LINK, "Other Note.md", "Part", 1, 5),
                    new Reference(RefKind.MARKDOWN_IMAGE, "images/a b.png", null, 1, 33));
        }

        @Test
        void undefinedReferenceStyleLinkIsJustText() {
            Note note = parse("[not a link][nowhere] and [also not]\n");
            assertThat(note.references()).isEmpty();
        }
    }

    @Nested
    class Headings {
        @Test
        void headingsGetUniqueIdsAndOneBasedLines() {
            Note note = parse("""
                    ---
                    title: x
                    ---
                    # EC2
                    ## EC2
                    ### Wifi 2.4 vs 5.0
                    """);
            assertThat(note.headings()).extracting(h -> h.level(), h -> h.text(), h -> h.id(), h -> h.line())
                    .containsExactly(
                            tuple(1, "EC2", "ec2", 4),
                            tuple(2, "EC2", "ec2-1", 5),
                            tuple(3, "Wifi 2.4 vs 5.0", "wifi-2-4-vs-5-0", 6));
        }
    }

    @Nested
    class Jekyll {
        @Test
        void unsupportedLiquidTagWarnsAtItsPosition() {
            Note note = parseJekyll("""
                    ---
                    layout: post
                    ---
                    Intro

                    {% assign x = 1 %}
                    """);
            List<Diagnostic> found = diagnostics("unsupported-liquid");
            assertThat(found).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::severity)
                    .containsExactly(tuple(6, 1, Severity.WARNING));
            assertThat(found.get(0).message()).isEqualTo(
                    "Liquid tag {% assign x = 1 %} is not supported; it is shown as written");
            assertThat(note.title()).isEqualTo("My Note");
        }

        @Test
        void includeTocIsSupported() {
            parseJekyll("""
                    # Title

                    {% include toc %}

                    ## Part
                    """);
            assertThat(diagnostics("unsupported-liquid")).isEmpty();
        }

        @Test
        void kramdownTocMarkerIsSupported() {
            parseJekyll("""
                    # Title

                    * TOC
                    {:toc}

                    ## Part
                    """);
            assertThat(diagnostics("unsupported-liquid")).isEmpty();
        }

        @Test
        void otherIncludeIsNotSupported() {
            parseJekyll("{% include figure.html src=\"a.png\" %}\n");
            assertThat(diagnostics("unsupported-liquid")).extracting(Diagnostic::line, Diagnostic::column)
                    .containsExactly(tuple(1, 1));
        }

        @Test
        void liquidOutputInTextWarnsAtItsPosition() {
            parseJekyll("""
                    # Title

                    Written by {{ page.author }} today.
                    """);
            List<Diagnostic> found = diagnostics("unsupported-liquid");
            assertThat(found).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
                    .containsExactly(tuple(3, 12, "Liquid output {{ page.author }} is not evaluated; it is shown as written"));
        }

        @Test
        void everyLiquidOutputInAParagraphIsReported() {
            parseJekyll("By {{ page.author }} on {{ page.date }}\n");
            assertThat(diagnostics("unsupported-liquid")).extracting(Diagnostic::line, Diagnostic::column)
                    .containsExactly(tuple(1, 4), tuple(1, 25));
        }

        @Test
        void liquidOutputInAnObsidianNoteIsJustText() {
            parse("Template {{ page.author }} here\n");
            assertThat(diagnostics.sorted()).isEmpty();
        }

        @Test
        void liquidTagInFencedCodeIsNotReported() {
            parseJekyll("""
                    ```
                    {% assign y = 2 %}
                    ```
                    """);
            assertThat(diagnostics("unsupported-liquid")).isEmpty();
        }

        @Test
        void liquidOutputAnywhereInABlockIsReported() {
            parseJekyll("""
                    {{ site.title }} opens the paragraph

                    ## Heading {{page.title}}

                    - item {{ page.title | upcase }}
                    """);
            assertThat(diagnostics("unsupported-liquid")).extracting(Diagnostic::line, Diagnostic::column,
                            Diagnostic::message)
                    .containsExactly(
                            tuple(1, 1, "Liquid output {{ site.title }} is not evaluated; it is shown as written"),
                            tuple(3, 12, "Liquid output {{page.title}} is not evaluated; it is shown as written"),
                            tuple(5, 8, "Liquid output {{ page.title | upcase }} is not evaluated; it is shown as written"));
        }

        @Test
        void kramdownAttributesAreNotLiquid() {
            parseJekyll("""
                    A paragraph.
                    {: .notice}

                    ## Heading {#custom-id}
                    """);
            assertThat(diagnostics("unsupported-liquid")).isEmpty();
        }

        @Test
        void liquidUrlsThatNameAFileAreReferences() {
            Note note = parseJekyll("""
                    ![a]({{ "/assets/x.png" | relative_url }})
                    ![b]({{ site.baseurl }}/assets/y.png)
                    """);
            assertThat(note.references()).extracting(Reference::kind, Reference::target, Reference::line)
                    .containsExactly(
                            tuple(RefKind.MARKDOWN_IMAGE, "/assets/x.png", 1),
                            tuple(RefKind.MARKDOWN_IMAGE, "/assets/y.png", 2));
            assertThat(diagnostics("unsupported-liquid")).isEmpty();
        }

        @Test
        void liquidUrlThatCannotBeEvaluatedWarns() {
            Note note = parseJekyll("Go [there]({{ page.next.url }}).\n");
            assertThat(note.references()).isEmpty();
            assertThat(diagnostics("unsupported-liquid")).extracting(Diagnostic::line, Diagnostic::column,
                            Diagnostic::message)
                    .containsExactly(tuple(1, 4,
                            "cannot evaluate the Liquid URL {{ page.next.url }}; the link is kept as written"));
        }

        @Test
        void jekyllNotesHaveWikilinksAndEmbedsToo() {
            Note note = parseJekyll("{% include toc %}\n\n[[Other note]] ![[diagram.png]]\n");
            assertThat(note.references()).containsExactly(
                    new Reference(RefKind.WIKILINK, "Other note", null, 3, 1),
                    new Reference(RefKind.EMBED, "diagram.png", null, 3, 16));
            assertThat(note.dialect()).isEqualTo(Dialect.JEKYLL);
        }
    }

    @Nested
    class UnsafeHtml {
        @Test
        void oneWarningPerNoteWithTheCountAndTheFirstThingRemovedAtItsLine() {
            parse("# Title\n\nfine <b>bold</b>\n\n<img src=x onerror=\"alert(1)\">\n\n<script>alert(2)</script>\n\n[x](JaVaScRiPt:alert(3))\n");
            assertThat(diagnostics("unsafe-html")).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(io.studysite.diag.Severity.WARNING);
                assertThat(d.line()).isEqualTo(5);
                assertThat(d.message()).startsWith("3 things that would run a script were removed, first onerror=\"alert(1)\"");
            });
        }

        @Test
        void kramdownEventHandlersAreReported() {
            parseJekyll("A paragraph.\n{: onfocus=\"alert(1)\"}\n");
            assertThat(diagnostics("unsafe-html")).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("1 thing").contains("onfocus"));
        }

        @Test
        void safeHtmlAndTrustedVaultsSayNothing() {
            parse("<details><summary>s</summary>\n\n<mark style=\"color:red\">x</mark> <a name=\"k\"></a>\n\n</details>\n");
            NoteSource source = new NoteSource(VaultPath.of("a.md"), FILE, "<script>alert(1)</script>\n", Dialect.OBSIDIAN);
            new NoteParser(new MarkdownEngine(false, true, true), diagnostics).parse(source);
            assertThat(diagnostics("unsafe-html")).isEmpty();
        }
    }
}
