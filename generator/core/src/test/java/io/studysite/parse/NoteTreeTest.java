package io.studysite.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.studysite.config.Dialect;
import io.studysite.diag.Diagnostics;
import io.studysite.markdown.LinkTarget;
import io.studysite.markdown.LinkTargets;
import io.studysite.markdown.MarkdownEngine;
import io.studysite.vault.NoteSource;
import io.studysite.vault.VaultPath;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NoteTreeTest {
    private static final MarkdownEngine ENGINE = new MarkdownEngine(false, true);
    private static final LinkTargets EVERY_LINK_FOUND = (target, anchor, embed) ->
            new LinkTarget(LinkTarget.Kind.NOTE, "note.html" + (anchor == null ? "" : "#" + anchor), null);

    private static NoteSource source(String text, Dialect dialect) {
        return new NoteSource(VaultPath.of("Folder/Note.md"), Path.of("content/Folder/Note.md"), text, dialect);
    }

    @Test
    void aDroppedTreeIsParsedAgainWithTheSameHeadingIdsAndHtml() {
        NoteSource source = source("""
                ---
                tags: [a]
                ---
                # EC2
                Text with [[Other#Part]] and a #tag ^p1
                ## EC2
                - item ^i1
                > [!tip] Callout
                > body ==marked==
                # EC2
                """, Dialect.OBSIDIAN);
        ParsedNote parsed = new NoteParser(ENGINE, new Diagnostics()).parse(source);
        String kept = ENGINE.render(parsed.document(), Dialect.OBSIDIAN, EVERY_LINK_FOUND);

        String again = ENGINE.render(new NoteTree(ENGINE, source, null).document(), Dialect.OBSIDIAN, EVERY_LINK_FOUND);

        assertThat(again).isEqualTo(kept).contains("id=\"ec2-1\"", "id=\"ec2-2\"");
    }

    @Test
    void aJekyllNoteIsParsedAgainThroughItsPrepass() {
        NoteSource source = source("---\ntitle: T\n---\n{% include toc %}\n#EC2\nSee {{ page.title }}\n{: .notice--info}\n", Dialect.JEKYLL);
        ParsedNote parsed = new NoteParser(ENGINE, new Diagnostics()).parse(source);
        String kept = ENGINE.render(parsed.document(), Dialect.JEKYLL, EVERY_LINK_FOUND);

        assertThat(ENGINE.render(new NoteTree(ENGINE, source, null).document(), Dialect.JEKYLL, EVERY_LINK_FOUND)).isEqualTo(kept);
    }
}
