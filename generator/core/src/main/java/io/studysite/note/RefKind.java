package io.studysite.note;

/** How a note refers to another file. */
public enum RefKind {
    /** {@code [[Note]]} */
    WIKILINK,
    /** {@code ![[file.png]]}, {@code ![[Note]]} */
    EMBED,
    /** {@code [text](Note.md)} */
    MARKDOWN_LINK,
    /** {@code ![alt](image.png)} */
    MARKDOWN_IMAGE;

    /** Written as a Markdown link or image: a path, not a name. */
    public boolean isMarkdown() {
        return this == MARKDOWN_LINK || this == MARKDOWN_IMAGE;
    }

    public boolean isEmbed() {
        return this == EMBED || this == MARKDOWN_IMAGE;
    }
}
