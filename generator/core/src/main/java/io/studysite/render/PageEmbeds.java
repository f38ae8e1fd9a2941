package io.studysite.render;

import io.studysite.markdown.PageIds;
import io.studysite.markdown.Transclusion;
import io.studysite.note.Note;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embeds of one page: their id prefixes, each embedded part rendered once and copied where it comes again,
 * and a budget on the HTML they add. A chain of notes that each embed the next 40 times would otherwise put
 * 40⁴ copies on one page; past {@link #BUDGET} characters an embed shows a notice instead.
 */
final class PageEmbeds {
    /** Characters of embedded HTML per page: a note embedding a hundred long notes stays well below. */
    static final int BUDGET = 4 << 20;

    private final Note pageNote;
    private final String idPrefix;
    private final Pattern embedIds;
    private final Map<String, Rendered> rendered = new HashMap<>();
    private int count;
    private int used;
    private boolean overBudget;

    /** A part as rendered the first time, with the range of embed numbers its ids (and its own embeds' ids) use. */
    private record Rendered(Transclusion transclusion, int first, int last) {}

    PageEmbeds(Note pageNote, String idPrefix) {
        this.pageNote = pageNote;
        this.idPrefix = idPrefix;
        this.embedIds = Pattern.compile(Pattern.quote(idPrefix + "embed-") + "(\\d+)" + Pattern.quote(PageIds.SCOPE_END));
    }

    /** The prefix of the ids inside the next embed of the page: {@code embed-1--}, {@code n3-embed-2--}. */
    String nextPrefix() {
        return PageIds.scope(idPrefix + "embed-" + ++count);
    }

    /** The note whose page (or whose sections on a service page) the embeds are in. */
    Note pageNote() {
        return pageNote;
    }

    boolean overBudget() {
        return used > BUDGET;
    }

    /** True the first time the page goes over budget: that is when it is reported. */
    boolean firstTimeOver() {
        if (!overBudget() || overBudget) {
            return false;
        }
        overBudget = true;
        return true;
    }

    /**
     * The part named {@code key} (a note or section, reached through the same chain of embeds), rendered by
     * {@code render} the first time and copied with fresh ids after that.
     */
    Transclusion once(String key, Supplier<Transclusion> render) {
        Rendered first = rendered.get(key);
        if (first != null) {
            Transclusion copy = renumbered(first);
            used += copy.isShown() ? copy.html().length() : 0;
            return copy;
        }
        int usedBefore = used;
        int firstNumber = count + 1;
        Transclusion transclusion = render.get();
        // The part's HTML holds that of the embeds inside it, which counted themselves: counted once in all.
        used = usedBefore + (transclusion.isShown() ? transclusion.html().length() : 0);
        rendered.put(key, new Rendered(transclusion, firstNumber, count));
        return transclusion;
    }

    /** A copy of a rendered part whose embed ids are renumbered after the page's last, so ids stay unique. */
    private Transclusion renumbered(Rendered first) {
        Transclusion t = first.transclusion();
        if (!t.isShown() || first.last() < first.first()) {
            return t;
        }
        int shift = count + 1 - first.first();
        count += first.last() - first.first() + 1;
        Matcher m = embedIds.matcher(t.html());
        StringBuilder html = new StringBuilder(t.html().length() + 64);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            int renumbered = n >= first.first() && n <= first.last() ? n + shift : n;
            m.appendReplacement(html, Matcher.quoteReplacement(PageIds.scope(idPrefix + "embed-" + renumbered)));
        }
        m.appendTail(html);
        return Transclusion.shown(t.title(), t.sourceUrl(), html.toString());
    }
}
