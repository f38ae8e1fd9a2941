package io.studysite.markdown;

import com.vladsch.flexmark.util.data.NullableDataKey;

/**
 * The hook through which rendering asks where a reference leads. The render stage puts one on
 * each document before rendering it, so the Markdown layer never sees the vault.
 */
public interface LinkTargets {
    NullableDataKey<LinkTargets> KEY = new NullableDataKey<>("STUDYSITE_LINK_TARGETS");

    /**
     * @param target the file part as written and percent-decoded; "" for the note itself
     * @param anchor the part after the first '#', or {@code null}
     * @param embed  whether the reference embeds (an image) rather than links
     */
    LinkTarget resolve(String target, String anchor, boolean embed);

    /**
     * The content of a note ({@code anchor} null), of a heading's section or of a block, rendered
     * for embedding in the page being rendered.
     *
     * @param line 1-based line of the embed, for diagnostics
     */
    default Transclusion transclude(String target, String anchor, int line) {
        return Transclusion.notShown(target, null, "embedded notes are not resolved here");
    }

    /** The URL of a tag's page, relative to the page being rendered; {@code null} leaves the tag unlinked. */
    default String tagUrl(String tag) {
        return null;
    }

    /** Used when a document is rendered without a hook (tests, previews): every reference is missing. */
    LinkTargets NONE = (target, anchor, embed) -> LinkTarget.missing("links are not resolved here");

    static LinkTargets of(com.vladsch.flexmark.util.ast.Document document) {
        LinkTargets targets = KEY.get(document);
        return targets == null ? NONE : targets;
    }

}
