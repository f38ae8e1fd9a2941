package io.studysite.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.studysite.config.Dialect;
import io.studysite.diag.Diagnostics;
import io.studysite.markdown.BlockId;
import io.studysite.markdown.BlockIdExtension;
import io.studysite.markdown.MarkdownEngine;
import io.studysite.vault.NoteSource;
import io.studysite.vault.VaultPath;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Inline {@code #tags} join the front-matter tags; block ids are readable from the parsed document. */
class NoteParserInlineTagsTest {
    private static final MarkdownEngine ENGINE = new MarkdownEngine(false, true);

    private static ParsedNote parse(String text, Dialect dialect) {
        NoteSource source = new NoteSource(VaultPath.of("Folder/Note.md"), Path.of("content", "Folder", "Note.md"),
                text, dialect);
        return new NoteParser(ENGINE, new Diagnostics()).parse(source);
    }

    @Test
    void frontMatterTagsComeFirstThenInlineTagsOnceEach() {
        ParsedNote parsed = parse("""
                ---
                tags: [AWS, exam]
                ---
                # Notes #Exam

                Study #aws and #lambda, #Lambda again, `#code`, x#y, #1984.
                """, Dialect.OBSIDIAN);

        assertThat(parsed.note().tags()).containsExactly("AWS", "exam", "lambda");
    }

    @Test
    void inlineTagsAloneAndNone() {
        assertThat(parse("Only #inline/tag here\n", Dialect.OBSIDIAN).note().tags()).containsExactly("inline/tag");
        assertThat(parse("No tags: C# and #1\n", Dialect.OBSIDIAN).note().tags()).isEmpty();
    }

    @Test
    void jekyllNotesTakeTagsFromFrontMatterOnly() {
        ParsedNote parsed = parse("---\ntags: [a]\n---\ntext #b\n", Dialect.JEKYLL);

        assertThat(parsed.note().tags()).containsExactly("a");
    }

    @Test
    void blockIdsOfTheParsedDocument() {
        ParsedNote parsed = parse("---\ntitle: t\n---\nPara ^p1\n\n- item ^i1\n", Dialect.OBSIDIAN);

        assertThat(BlockIdExtension.blockIds(parsed.document())).containsExactly(
                java.util.Map.entry("p1", new BlockIdExtension.Target(BlockId.Kind.PARAGRAPH, 4)),
                java.util.Map.entry("i1", new BlockIdExtension.Target(BlockId.Kind.LIST_ITEM, 6)));
    }
}
