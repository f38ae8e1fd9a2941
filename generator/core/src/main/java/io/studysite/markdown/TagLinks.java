package io.studysite.markdown;

import com.vladsch.flexmark.util.data.NullableDataKey;

/**
 * Where an inline tag links to (the site's tag page). The render stage puts one on the document
 * before rendering, like {@link LinkTargets}; without one, tags render as an unlinked
 * {@code <span class="tag">}.
 */
public interface TagLinks {
    NullableDataKey<TagLinks> KEY = new NullableDataKey<>("STUDYSITE_TAG_LINKS");

    /**
     * @param name the tag as written, without '#' ("Nested/Tag"); tags are case-insensitive, see {@link Tag#key}
     * @return a URL relative to the page being rendered, or {@code null} to leave the tag unlinked
     */
    String url(String name);
}
