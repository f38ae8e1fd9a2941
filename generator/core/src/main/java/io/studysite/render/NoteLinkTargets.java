package io.studysite.render;

import io.studysite.link.LinkGraph;
import io.studysite.link.LinkResolver;
import io.studysite.link.Resolution;
import io.studysite.markdown.LinkTarget;
import io.studysite.markdown.LinkTargets;
import io.studysite.markdown.Transclusion;
import io.studysite.note.Note;
import io.studysite.note.PercentEncoding;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers the Markdown layer's "where does this lead?" for one page. References resolve from the
 * note they are written in ({@code note}), URLs are relative to the page being written
 * ({@code page}); the two differ inside embedded notes.
 */
final class NoteLinkTargets implements LinkTargets {
    private final Note note;
    private final String page;
    private final Transcluder transcluder;
    private final List<String> chain;
    private final PageEmbeds embeds;

    NoteLinkTargets(Note note, Transcluder transcluder) {
        this(note, transcluder.graph().plan().outputOf(note.path()), transcluder, List.of(), new PageEmbeds(note, ""));
    }

    /**
     * The hook for a note's content shown on another page (a service page quoting its sections); the ids of its
     * embeds start with {@code idPrefix}, as its headings' do, so they stay unique among the notes of the page.
     */
    static NoteLinkTargets onPage(Note note, String page, Transcluder transcluder, String idPrefix) {
        return new NoteLinkTargets(note, page, transcluder, List.of(), new PageEmbeds(note, idPrefix));
    }

    private NoteLinkTargets(Note note, String page, Transcluder transcluder, List<String> chain, PageEmbeds embeds) {
        this.note = note;
        this.page = page;
        this.transcluder = transcluder;
        this.chain = List.copyOf(chain);
        this.embeds = embeds;
    }

    Note note() {
        return note;
    }

    /** The site path of the page being written. */
    String page() {
        return page;
    }

    /** The embeds (note#anchor) that led to this content, outermost first. */
    List<String> chain() {
        return chain;
    }

    /** The embeds of the page this content is on. */
    PageEmbeds embeds() {
        return embeds;
    }

    /** The hook for content of {@code target} embedded in this page. */
    NoteLinkTargets embedded(Note target, String key) {
        List<String> longer = new ArrayList<>(chain);
        longer.add(key);
        return new NoteLinkTargets(target, page, transcluder, longer, embeds);
    }

    @Override
    public LinkTarget resolve(String target, String anchor, boolean embed) {
        LinkGraph graph = transcluder.graph();
        Resolution r = graph.resolver().resolve(note.path(), target);
        if (!r.found()) {
            return LinkTarget.missing(LinkResolver.namesFile(target)
                    ? "\u201C" + target + "\u201D is not in the vault"
                    : "No note named \u201C" + target + "\u201D");
        }
        String targetPage = graph.plan().outputOf(r.path());
        if (r.kind() == Resolution.Kind.ATTACHMENT) {
            return new LinkTarget(LinkTarget.Kind.ATTACHMENT, RelativeUrl.between(page, targetPage) + fragment(anchor), null);
        }
        String id = anchor == null || anchor.isEmpty() ? null
                : graph.resolver().index().anchors(r.path()).elementId(anchor).orElse(null);
        // A heading of the page itself is a same-page fragment; anything else names its page.
        String url = targetPage.equals(page) && id != null ? "" : RelativeUrl.between(page, targetPage);
        return new LinkTarget(LinkTarget.Kind.NOTE, url + (id == null ? "" : "#" + PercentEncoding.encode(id)), null);
    }

    @Override
    public String tagUrl(String tag) {
        String tagPage = transcluder.tagPage(tag);
        return tagPage == null ? null : RelativeUrl.between(page, tagPage);
    }

    @Override
    public Transclusion transclude(String target, String anchor, int line) {
        Resolution r = transcluder.graph().resolver().resolve(note.path(), target);
        Note embedded = transcluder.graph().resolver().index().note(r.path());
        String sourceUrl = resolve(target, anchor, false).url();
        return transcluder.transclude(this, embedded, anchor, sourceUrl, line);
    }

    /** PDF and media fragments (#page=3, #t=10) pass through as written. */
    private static String fragment(String anchor) {
        return anchor == null || anchor.isEmpty() ? "" : "#" + anchor.replace(" ", "%20");
    }
}
