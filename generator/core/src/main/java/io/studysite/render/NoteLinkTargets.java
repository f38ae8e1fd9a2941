package io.studysite.render;

import io.studysite.link.Anchors;
import io.studysite.link.LinkGraph;
import io.studysite.link.LinkResolver;
import io.studysite.link.Resolution;
import io.studysite.markdown.LinkTarget;
import io.studysite.markdown.LinkTargets;
import io.studysite.note.Note;
import io.studysite.note.PercentEncoding;

/** Answers the Markdown layer's "where does this lead?" for one note's page. */
final class NoteLinkTargets implements LinkTargets {
    private final Note from;
    private final String fromPage;
    private final LinkGraph graph;

    NoteLinkTargets(Note from, LinkGraph graph) {
        this.from = from;
        this.fromPage = graph.plan().outputOf(from.path());
        this.graph = graph;
    }

    @Override
    public LinkTarget resolve(String target, String anchor, boolean embed) {
        Resolution r = graph.resolver().resolve(from.path(), target);
        if (!r.found()) {
            return LinkTarget.missing(LinkResolver.namesFile(target)
                    ? "\u201C" + target + "\u201D is not in the vault"
                    : "No note named \u201C" + target + "\u201D");
        }
        String url = r.path().equals(from.path()) && anchor != null
                ? "" : RelativeUrl.between(fromPage, graph.plan().outputOf(r.path()));
        if (r.kind() == Resolution.Kind.ATTACHMENT) {
            return new LinkTarget(LinkTarget.Kind.ATTACHMENT, url + fragment(anchor), null);
        }
        Note note = graph.resolver().index().note(r.path());
        String id = anchor == null || anchor.isEmpty() ? null : Anchors.headingId(note, anchor).orElse(null);
        if (url.isEmpty() && id == null) {
            url = RelativeUrl.between(fromPage, fromPage);
        }
        return new LinkTarget(LinkTarget.Kind.NOTE, url + (id == null ? "" : "#" + PercentEncoding.encode(id)), null);
    }

    /** PDF and media fragments (#page=3, #t=10) pass through as written. */
    private static String fragment(String anchor) {
        return anchor == null || anchor.isEmpty() ? "" : "#" + anchor.replace(" ", "%20");
    }
}
