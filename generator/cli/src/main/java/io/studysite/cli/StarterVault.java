package io.studysite.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files {@code studysite init} creates: a {@code studysite.yml} whose optional settings are there,
 * commented out, to be switched on, and two notes that show what studysite renders. Builds with no diagnostics.
 */
final class StarterVault {
    static final String WELCOME = "Welcome.md";
    static final String SECOND_NOTE = "Study plan.md";

    private StarterVault() {}

    /** Vault-relative path to text, in the order they are created. */
    static Map<String, String> files(String title) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("studysite.yml", config(title));
        files.put(WELCOME, WELCOME_TEXT);
        files.put(SECOND_NOTE, SECOND_NOTE_TEXT);
        return files;
    }

    static String config(String title) {
        return """
                # The settings of this vault. Every key is optional: remove the "# " before one to switch it on.
                # All of them are described in the Configuration section of studysite's README.

                title: %s
                # description: Notes for the AWS Developer Associate exam    # the pages' meta description
                # baseUrl: https://user.github.io/notes/                      # where the site is published: sitemap, feed, canonical links, og:image
                # image: attachments/cover.png                                # the picture link previews show (og:image)
                # editUrl: https://github.com/user/notes/edit/main/{path}    # an "Edit this note" link on every note
                # lastModified: git                                           # notes' dates from git (default), "file" times, or "off"

                # services:
                #   show: auto                # on, off or auto: the cross-reference by AWS service (auto: when the notes are about AWS)
                #   exam: DVA-C02             # the services index lists this exam's services no note covers (or SAA-C03, CLF-C02)

                # diagnostics:                # the severity of a diagnostic code: error, warning or info
                #   unresolved-link: error    # a link to a note that does not exist fails the build
                #   alias-link: warning
                """.formatted(yamlString(title));
    }

    private static final String WELCOME_TEXT = """
            # Welcome

            This is the first note of your vault. studysite turns every Markdown note in this folder into a page
            of a static site that works offline, even opened straight from disk. Edit this note, or add your own
            next to it: Obsidian opens this folder as a vault too.

            Notes link to each other by name: [[Study plan]] is the other note of this vault. A link to a note
            that does not exist is reported by `studysite check`, with its file, line and column.

            ## S3

            A heading that names an AWS service files its section under that service: the site's services page
            lists this section under Amazon S3, beside every other note that covers S3.

            > [!tip] Callouts
            > Obsidian's callouts become coloured boxes: note, tip, warning, example and the others.

            Tags like #aws get a page each, listing their notes. Code blocks are highlighted:

            ```bash
            aws s3 cp notes.md s3://my-study-bucket/notes.md
            ```
            """;

    private static final String SECOND_NOTE_TEXT = """
            # Study plan

            - [x] Create the vault with `studysite init`
            - [ ] Write a note per topic, with a heading for each service it covers
            - [ ] Run `studysite check` while writing, and `studysite build` to publish

            Links can name a heading too: back to [[Welcome#S3|the S3 section]] of the welcome note.
            """;

    /** A YAML double-quoted scalar: any folder name stays one line of text. */
    static String yamlString(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff
                            || Character.getType(c) == Character.SURROGATE) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
