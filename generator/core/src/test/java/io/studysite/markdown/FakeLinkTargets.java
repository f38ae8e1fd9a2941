package io.studysite.markdown;

import io.studysite.note.Slug;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link LinkTargets} hook for tests that records every question: "Other" (also as "Other.md") and
 * "Other x.md" are notes, "img.png", "/b.png", "/assets/x.png" and "doc.pdf" attachments, "" the page
 * itself; everything else is missing.
 */
final class FakeLinkTargets implements LinkTargets {

    record Call(String target, String anchor, boolean embed) {}

    final List<Call> calls = new ArrayList<>();

    @Override
    public LinkTarget resolve(String target, String anchor, boolean embed) {
        calls.add(new Call(target, anchor, embed));
        String fragment = anchor == null ? "" : "#" + Slug.of(anchor);
        return switch (target) {
            case "" -> new LinkTarget(LinkTarget.Kind.NOTE, fragment.isEmpty() ? "#" : fragment, null);
            case "Other", "Other.md" -> new LinkTarget(LinkTarget.Kind.NOTE, "other.html" + fragment, null);
            case "Other x.md" -> new LinkTarget(LinkTarget.Kind.NOTE, "other-x.html" + fragment, null);
            case "img.png", "/b.png", "/assets/x.png", "doc.pdf" ->
                    new LinkTarget(LinkTarget.Kind.ATTACHMENT, target.substring(target.startsWith("/") ? 1 : 0), null);
            default -> LinkTarget.missing("no note named \"" + target + "\"");
        };
    }
}
