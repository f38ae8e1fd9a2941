package io.studysite.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.studysite.config.Dialect;
import io.studysite.diag.Diagnostics;
import io.studysite.markdown.PlainText;
import io.studysite.note.Note;
import io.studysite.note.RefKind;
import io.studysite.vault.Vault;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the notes' titles come from, decided once per vault from evidence. A {@code title} property always wins.
 * Obsidian names a note by its file name everywhere, so in an Obsidian vault (a {@code .obsidian} folder, or notes
 * that use {@code [[wikilinks]]} or {@code ![[embeds]]}) the title is the file name. In a plain-Markdown or Jekyll
 * folder, and for every Jekyll note, a leading H1 (the first block after the front matter) titles the note, else
 * the file name; a {@link #GENERIC_NAMES generic} file name falls back to its folder's name instead.
 */
public final class NoteTitles {
    /** File names that say nothing about their note (compared case-insensitively). */
    public static final Set<String> GENERIC_NAMES = Set.of("index", "readme", "notes", "quiz", "overview", "summary", "untitled");

    private final boolean byFileName;
    private final String why;
    private final String vaultTitle;

    private NoteTitles(boolean byFileName, String why, String vaultTitle) {
        this.byFileName = byFileName;
        this.why = why;
        this.vaultTitle = vaultTitle;
    }

    /** Decides for {@code notes} of {@code vault}: file names in an Obsidian vault, leading headings elsewhere. */
    public static NoteTitles decide(Vault vault, List<Note> notes) {
        String title = vault.config().title();
        if (Files.isDirectory(vault.root().resolve(".obsidian"))) {
            return new NoteTitles(true, "the vault has a .obsidian folder", title);
        }
        List<Note> obsidian = notes.stream().filter(NoteTitles::usesObsidianLinks).toList();
        if (!obsidian.isEmpty()) {
            return new NoteTitles(true, obsidian.size() + (obsidian.size() == 1 ? " note uses" : " notes use")
                    + " [[wikilinks]] or ![[embeds]] (first: " + obsidian.get(0).path().value() + ")", title);
        }
        return new NoteTitles(false, "the vault has no .obsidian folder and no note uses [[wikilinks]] or ![[embeds]]", title);
    }

    /** Titles by file name in Obsidian notes when {@code byFileName}; for tests of the per-note rule. */
    static NoteTitles of(boolean byFileName, String vaultTitle) {
        return new NoteTitles(byFileName, "", vaultTitle);
    }

    /** Whether Obsidian notes are titled by their file names (an Obsidian vault). */
    public boolean byFileName() {
        return byFileName;
    }

    /** The note with its title set by this rule. */
    public ParsedNote titled(ParsedNote parsed) {
        String title = titleOf(parsed.note(), parsed.document());
        return title.equals(parsed.note().title()) ? parsed : parsed.withNote(parsed.note().withTitle(title));
    }

    String titleOf(Note note, Document document) {
        Optional<String> property = property(note.properties());
        if (property.isPresent()) {
            return property.get();
        }
        if (byFileName && note.dialect() != Dialect.JEKYLL) {
            return note.name();
        }
        return leadingHeading(document).orElseGet(() -> isGeneric(note) ? folderName(note) : note.name());
    }

    /**
     * Says once why titles come from where they do, when that changed any title: how many notes keep a file name
     * over a leading heading that says something else, or take their heading or folder's name over the file name.
     */
    public void report(List<ParsedNote> titled, Diagnostics diagnostics) {
        int differing = 0;
        String first = null;
        for (ParsedNote p : titled) {
            Note note = p.note();
            if (property(note.properties()).isPresent()) {
                continue;
            }
            String other = byFileName && note.dialect() != Dialect.JEKYLL
                    ? leadingHeading(p.document()).orElse(note.name())
                    : note.name();
            if (!other.equals(note.title())) {
                differing++;
                if (first == null) {
                    first = note.path().value() + ": \"" + (byFileName ? other : note.title()) + "\"";
                }
            }
        }
        if (differing == 0) {
            return;
        }
        String rule = byFileName
                ? "notes are titled by their file names, as Obsidian shows them, because " + why + "; "
                  + differing + (differing == 1 ? " note starts" : " notes start") + " with another # heading (first: " + first + ")"
                : "notes are titled by their leading # heading, else their file name (generic names such as index or README:"
                  + " else their folder's name), because " + why + "; " + differing
                  + (differing == 1 ? " title differs" : " titles differ") + " from the file name (first: " + first + ")";
        diagnostics.info(null, 0, 0, "note-titles", rule + "; a title property overrides both");
    }

    /** The non-blank {@code title} property, trimmed. */
    static Optional<String> property(Map<String, Object> properties) {
        Object title = properties.get("title");
        return title == null || title.toString().isBlank() ? Optional.empty() : Optional.of(title.toString().trim());
    }

    /** The text of an H1 that is the note's first block (after front matter and comments), when not empty. */
    private static Optional<String> leadingHeading(Document document) {
        Node node = document.getFirstChild();
        while (node instanceof YamlFrontMatterBlock || node instanceof BlankLine || node instanceof HtmlCommentBlock) {
            node = node.getNext();
        }
        if (node instanceof Heading h && h.getLevel() == 1) {
            String text = PlainText.of(h);
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        return Optional.empty();
    }

    private static boolean isGeneric(Note note) {
        return GENERIC_NAMES.contains(note.name().toLowerCase(Locale.ROOT));
    }

    private String folderName(Note note) {
        String folder = note.path().folder();
        return folder.isEmpty() ? vaultTitle : folder.substring(folder.lastIndexOf('/') + 1);
    }

    private static boolean usesObsidianLinks(Note note) {
        return note.references().stream().anyMatch(r -> r.kind() == RefKind.WIKILINK || r.kind() == RefKind.EMBED);
    }
}
