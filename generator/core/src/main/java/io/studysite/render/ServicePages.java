package io.studysite.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.studysite.link.SiteAddresses;
import io.studysite.link.SitePlan;
import io.studysite.markdown.PageIds;
import io.studysite.note.Note;
import io.studysite.search.SearchText;
import io.studysite.search.Section;
import io.studysite.search.Snippet;
import io.studysite.services.Coverage;
import io.studysite.services.NoteSubject;
import io.studysite.services.Service;
import io.studysite.services.ServiceCatalog;
import io.studysite.services.ServiceMatcher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cross-reference by service: a page per service with the notes that cover it, their covering sections
 * folded to a heading and a lead that open on demand, and the notes that mention it as links; a services index
 * by category with the gaps (exam services no note covers, services mentioned and never covered) and a
 * notes × services matrix; {@code services.json} for other tools ({@link ServicesJson}).
 */
final class ServicePages {
    /** The matrix shows at most this many notes, those covering most services first, */
    static final int MATRIX_NOTES = 300;
    /** and at most about this many cells: a page of tens of thousands of nodes is slow and unreadable. */
    static final int MATRIX_CELLS = 6_000;
    private static final int RELATED = 8;
    /** Services mentioned and never covered listed on the index before the rest fold away. */
    static final int GAPS = 24;
    /**
     * Covering sections quoted on a service page (folded), at most {@link #QUOTED_PER_NOTE} a note so that more
     * notes show; then at most {@link #MORE_NOTES} notes listed, and mentions listed; the rest are counted. A
     * study vault rarely has more; a 1,000-page guide would otherwise make pages of megabytes.
     */
    static final int IN_FULL = 40;
    static final int QUOTED_PER_NOTE = 4;
    static final int MORE_NOTES = 150;
    static final int MENTIONS = 200;
    /** A covering section this short shows unfolded: it is its own summary. */
    static final int SHORT_WORDS = 60;
    /** Sections listed per note in the compact lists; a 900-section guide is one line, not a page. */
    static final int PER_NOTE = 12;

    private final PageTemplates templates;
    private final ServiceCatalog catalog;
    private final Optional<String> exam;
    private final ServiceMatcher matcher;
    private final Map<String, Note> notes;
    private final Transcluder transcluder;
    private final SitePlan plan;
    private final TagTree tags;
    private final Map<Service, List<Section>> covering = new LinkedHashMap<>();
    private final Map<Service, List<Section>> mentioning = new LinkedHashMap<>();
    /** Per service, the notes about it (their subject) and what says so: "title", "folder"… */
    private final Map<Service, Map<String, String>> about = new LinkedHashMap<>();
    private final Map<String, List<Section>> byNote = new LinkedHashMap<>();
    private final Map<String, Integer> notePositions = new HashMap<>();
    private final Map<String, Map<String, String>> coveringHtmlByNote = new ConcurrentHashMap<>();

    ServicePages(PageTemplates templates, ServiceCatalog catalog, Optional<String> exam, ServiceMatcher matcher,
                 List<Section> sections, List<Note> notes, Transcluder transcluder, SitePlan plan, TagTree tags) {
        this.templates = templates;
        this.catalog = catalog;
        this.exam = exam;
        this.matcher = matcher;
        this.transcluder = transcluder;
        this.plan = plan;
        this.tags = tags;
        this.notes = new LinkedHashMap<>();
        notes.forEach(n -> this.notes.put(n.path().value(), n));
        notes.forEach(n -> notePositions.put(n.path().value(), notePositions.size() + 1));
        for (Section section : sections) {
            byNote.computeIfAbsent(section.note(), k -> new ArrayList<>()).add(section);
            section.covers().forEach(s -> covering.computeIfAbsent(s, k -> new ArrayList<>()).add(section));
            section.mentions().forEach(s -> mentioning.computeIfAbsent(s, k -> new ArrayList<>()).add(section));
            section.subject().why().forEach((s, why) -> about.computeIfAbsent(s, k -> new LinkedHashMap<>()).putIfAbsent(section.note(), why));
        }
    }

    /**
     * The HTML of the note's sections that cover a service, by heading id. A note is parsed and rendered once for
     * every service page quoting it (a hub note's sections cover a hundred services), with ids that start
     * {@code n<position of the note>--}, so they are unique on any page and the same on all of them.
     */
    private Map<String, String> coveringHtml(String note) {
        return coveringHtmlByNote.computeIfAbsent(note, k -> {
            List<String> anchors = byNote.get(k).stream().filter(s -> !s.covers().isEmpty()).map(Section::anchor).toList();
            return transcluder.sections(notes.get(k), anchors, plan.addresses().servicesIndex(), PageIds.scope("n" + notePositions.get(k)));
        });
    }

    private String page(Service service) {
        return plan.addresses().servicePage(service.id());
    }

    /** The services a note's sections cover, in order of appearance, linked from {@code fromPage}. */
    static List<Views.LinkView> coveredBy(List<Section> noteSections, String fromPage, SiteAddresses addresses) {
        Set<Service> services = new LinkedHashSet<>();
        noteSections.forEach(s -> services.addAll(s.covers()));
        return services.stream().map(s -> new Views.LinkView(s.shortName(),
                RelativeUrl.between(fromPage, addresses.servicePage(s.id())), s.name())).toList();
    }

    /**
     * Per heading id of a note, the services that heading itself is about (not those it inherits), by the rules
     * of {@link Coverage}: "Reporting batch item failures" in a note about SQS names no AWS Batch.
     */
    static Map<String, List<Service>> namedByHeadings(List<Section> noteSections, ServiceMatcher matcher) {
        Map<String, List<Service>> named = new LinkedHashMap<>();
        for (Section s : noteSections) {
            if (!s.anchor().isEmpty()) {
                List<Service> own = Coverage.topics(s.headings().get(s.headings().size() - 1), matcher, s.subject()).stream()
                        .filter(s.covers()::contains).toList();
                if (!own.isEmpty()) {
                    named.put(s.anchor(), own);
                }
            }
        }
        return named;
    }

    /** The index, the JSON and every service's page. */
    Map<String, String> render() {
        return render(shownServices());
    }

    /**
     * The index, the JSON and the pages of {@code services} (those the notes name). A service's page depends only
     * on the sections that cover or mention it, so after an edit the services of the note's sections before and
     * after are all that change.
     */
    Map<String, String> render(Collection<Service> services) {
        Map<String, String> pages = new LinkedHashMap<>();
        String index = plan.addresses().servicesIndex();
        pages.put(index, templates.render("services", "Services", "Every service the notes cover, by category",
                index, "services", "services", index()));
        List<Service> shown = shownServices();
        shown.stream().filter(services::contains).toList().parallelStream().map(s -> Map.entry(page(s), servicePage(s))).toList()
                .forEach(e -> pages.put(e.getKey(), e.getValue()));
        pages.put(plan.addresses().servicesJson(), new ServicesJson(catalog).render(shown, covering, mentioning, about, byNote));
        return pages;
    }

    /** The services the notes name, each with a page. */
    Set<Service> shown() {
        return new LinkedHashSet<>(shownServices());
    }

    private List<Service> shownServices() {
        return catalog.services().stream().filter(s -> covering.containsKey(s) || mentioning.containsKey(s)).toList();
    }

    private String servicePage(Service service) {
        String page = page(service);
        List<Section> covers = covering.getOrDefault(service, List.of());
        // The notes about the service come first, those whose title says so before those only its folder files
        // there, and among those the ones whose title names it: a hub note that has a section on it, or an API reference page, is not where to start.
        Map<String, String> aboutIt = about.getOrDefault(service, Map.of());
        Map<String, List<Section>> coversByNote = new LinkedHashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        aboutIt.forEach((note, why) -> rank.put(note, 2 * NoteSubject.REASONS.indexOf(why) + (titleNames(note, service) ? 0 : 1)));
        covers.stream().filter(s -> aboutIt.containsKey(s.note()))
                .sorted(Comparator.comparingInt(s -> rank.get(s.note())))
                .forEach(s -> coversByNote.computeIfAbsent(s.note(), k -> new ArrayList<>()).add(s));
        covers.stream().filter(s -> !aboutIt.containsKey(s.note()))
                .forEach(s -> coversByNote.computeIfAbsent(s.note(), k -> new ArrayList<>()).add(s));
        List<Views.CoveringNote> coveringNotes = new ArrayList<>();
        List<Views.LinkView> moreNotes = new ArrayList<>();
        int budget = IN_FULL;
        for (Map.Entry<String, List<Section>> e : coversByNote.entrySet()) {
            Note note = notes.get(e.getKey());
            String url = RelativeUrl.between(page, plan.outputOf(note.path()));
            int quoted = Math.min(QUOTED_PER_NOTE, Math.min(budget, e.getValue().size()));
            if (quoted == 0) {
                if (moreNotes.size() < MORE_NOTES) {
                    int count = e.getValue().size();
                    moreNotes.add(new Views.LinkView(note.title(), url, count + (count == 1 ? " section" : " sections")));
                }
                continue;
            }
            budget -= quoted;
            Map<String, String> html = coveringHtml(e.getKey());
            List<Views.CoveringSection> shown = e.getValue().stream().limit(quoted).map(s -> {
                int words = words(s.text());
                return new Views.CoveringSection(s.shownHeadings().isEmpty() ? note.title() : String.join(" › ", s.shownHeadings()),
                        address(page, s), words, Snippet.around(s.text(), 0), words <= SHORT_WORDS,
                        new SafeString(html.getOrDefault(s.anchor(), "")));
            }).toList();
            coveringNotes.add(new Views.CoveringNote(note.title(), url, shown, e.getValue().size() - quoted));
        }
        int notesNotListed = coversByNote.size() - coveringNotes.size() - moreNotes.size();
        List<Section> mentionedIn = mentioning.getOrDefault(service, List.of());
        List<Section> listed = mentionedIn.stream().limit(MENTIONS).toList();
        // Only services the notes name have pages.
        Views.LinkView parent = service.parent().flatMap(catalog::byId).filter(this::isShown).map(p -> link(page, p)).orElse(null);
        List<Views.LinkView> parts = catalog.services().stream()
                .filter(s -> s.parent().filter(service.id()::equals).isPresent() && isShown(s))
                .map(s -> link(page, s)).toList();
        List<Views.ExamScope> exams = catalog.exams().entrySet().stream()
                .map(e -> new Views.ExamScope(e.getKey(), e.getValue(), service.exams().contains(e.getKey()))).toList();
        Views.ServiceView view = new Views.ServiceView(service.name(), service.shortName(), service.category(),
                catalog.docsOf(service).orElse(null), exams, parent, parts, coveringNotes, moreNotes, notesNotListed,
                coversByNote.size(), covers.size(), byNote(listed, page, service), mentionedIn.size(), mentionedIn.size() - listed.size(),
                related(service, page), tagLinks(covers, page), RelativeUrl.between(page, plan.addresses().servicesIndex()));
        return templates.render("service", service.shortName(), "What the notes say about " + service.name(),
                page, "service", "service", view);
    }

    private boolean titleNames(String note, Service service) {
        return matcher.servicesIn(SearchText.normalize(notes.get(note).title()), true).contains(service);
    }

    private static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /**
     * Sections grouped by their note, in order of first appearance, each a link to its place in the note (a lead
     * section is the note's own link), at most {@link #PER_NOTE} per note, with the words around the first place
     * {@code service} is named as a tooltip.
     */
    private List<Views.NoteSections> byNote(List<Section> sections, String page, Service service) {
        Map<String, List<Views.LinkView>> grouped = new LinkedHashMap<>();
        for (Section s : sections) {
            List<Views.LinkView> links = grouped.computeIfAbsent(s.note(), k -> new ArrayList<>());
            if (!s.shownHeadings().isEmpty()) {
                links.add(new Views.LinkView(String.join(" › ", s.shownHeadings()), address(page, s),
                        snippet(s.text(), service)));
            }
        }
        List<Views.NoteSections> out = new ArrayList<>();
        grouped.forEach((path, links) -> {
            Note note = notes.get(path);
            out.add(new Views.NoteSections(note.title(), RelativeUrl.between(page, plan.outputOf(note.path())),
                    links.subList(0, Math.min(PER_NOTE, links.size())), Math.max(0, links.size() - PER_NOTE)));
        });
        return out;
    }

    /** A section's place in its note, from {@code page}; its url already holds the encoded fragment. */
    private static String address(String page, Section section) {
        int hash = section.url().indexOf('#');
        return hash < 0 ? RelativeUrl.between(page, section.url())
                : RelativeUrl.between(page, section.url().substring(0, hash)) + section.url().substring(hash);
    }

    private boolean isShown(Service s) {
        return covering.containsKey(s) || mentioning.containsKey(s);
    }

    private Views.LinkView link(String from, Service s) {
        return new Views.LinkView(s.shortName(), RelativeUrl.between(from, page(s)), s.name());
    }

    /** Services named in the same sections, most often first. */
    private List<Views.LinkView> related(Service service, String page) {
        Map<Service, Integer> together = new LinkedHashMap<>();
        for (Section s : covering.getOrDefault(service, List.of())) {
            s.services().stream().filter(o -> !o.equals(service)).forEach(o -> together.merge(o, 1, Integer::sum));
        }
        return together.entrySet().stream()
                .sorted(Map.Entry.<Service, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().shortName(), String.CASE_INSENSITIVE_ORDER))
                .limit(RELATED)
                .map(e -> new Views.LinkView(e.getKey().shortName(), RelativeUrl.between(page, page(e.getKey())),
                        Integer.toString(e.getValue())))
                .toList();
    }

    /** The tags of the notes that cover the service, with how many of those notes carry each. */
    private List<Views.LinkView> tagLinks(List<Section> covers, String page) {
        Map<String, Integer> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        covers.stream().map(Section::note).distinct().map(notes::get)
                .forEach(note -> note.tags().forEach(t -> counts.merge(t, 1, Integer::sum)));
        List<Views.LinkView> links = new ArrayList<>();
        counts.forEach((tag, count) -> {
            TagTree.Tag t = tags.get(tag);
            if (t != null) {
                links.add(new Views.LinkView(t.name(), RelativeUrl.between(page, t.page()), Integer.toString(count)));
            }
        });
        return links;
    }

    /** The text around the first place the service is named. */
    private String snippet(String text, Service service) {
        return Snippet.around(text, matcher.find(text, false).stream().filter(m -> m.service().equals(service))
                .mapToInt(ServiceMatcher.Match::start).findFirst().orElse(0));
    }

    private Views.ServiceIndexView index() {
        String index = plan.addresses().servicesIndex();
        List<Views.CategoryView> categories = new ArrayList<>();
        for (String category : catalog.categories()) {
            List<Views.ServiceSummary> summaries = shownServices().stream()
                    .filter(s -> s.category().equals(category))
                    .sorted(Comparator.comparing(Service::shortName, String.CASE_INSENSITIVE_ORDER))
                    .map(s -> new Views.ServiceSummary(s.shortName(), RelativeUrl.between(index, page(s)),
                            covering.getOrDefault(s, List.of()).size(), mentioning.getOrDefault(s, List.of()).size(),
                            (int) covering.getOrDefault(s, List.of()).stream().map(Section::note).distinct().count()))
                    .toList();
            if (!summaries.isEmpty()) {
                categories.add(new Views.CategoryView(category, summaries));
            }
        }
        List<Views.MentionGap> gaps = mentionedOnly();
        // Folding away a handful would only hide them behind a click.
        int listed = gaps.size() <= GAPS + GAPS / 3 ? gaps.size() : GAPS;
        return new Views.ServiceIndexView(categories, matrix(), examView().orElse(null),
                gaps.subList(0, listed), gaps.subList(listed, gaps.size()));
    }

    /**
     * The services the notes mention and no section covers, most mentioned first: what a student uses without
     * having written it up. A feature counts as covered when its service is (a note on S3 covers its features); the
     * tools (console, CLI, SDKs) are how every note works, not a topic left to write.
     */
    private List<Views.MentionGap> mentionedOnly() {
        String index = plan.addresses().servicesIndex();
        return mentioning.entrySet().stream()
                .filter(e -> !e.getKey().tool() && !coveredWithAncestors(e.getKey()))
                .map(e -> new Views.MentionGap(e.getKey().shortName(), RelativeUrl.between(index, page(e.getKey())),
                        e.getValue().size(), (int) e.getValue().stream().map(Section::note).distinct().count()))
                .sorted(Comparator.comparingInt((Views.MentionGap g) -> -g.sections())
                        .thenComparing(Views.MentionGap::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private boolean coveredWithAncestors(Service service) {
        for (Optional<Service> s = Optional.of(service); s.isPresent(); s = s.get().parent().flatMap(catalog::byId)) {
            if (covering.containsKey(s.get())) {
                return true;
            }
        }
        return false;
    }

    private Views.MatrixView matrix() {
        String index = plan.addresses().servicesIndex();
        List<Service> columns = catalog.services().stream().filter(covering::containsKey)
                .sorted(Comparator.comparing((Service s) -> catalog.categories().indexOf(s.category()))
                        .thenComparing(Service::shortName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        record Row(Note note, Set<Service> covers, Set<Service> mentions) {}
        List<Row> rows = new ArrayList<>();
        byNote.forEach((path, sections) -> {
            Set<Service> covers = new LinkedHashSet<>();
            Set<Service> mentions = new LinkedHashSet<>();
            sections.forEach(s -> {
                covers.addAll(s.covers());
                mentions.addAll(s.mentions());
            });
            if (!covers.isEmpty()) {
                rows.add(new Row(notes.get(path), covers, mentions));
            }
        });
        int limit = Math.min(MATRIX_NOTES, Math.max(40, MATRIX_CELLS / Math.max(1, columns.size())));
        Set<Row> shown = new HashSet<>(rows.stream().sorted(Comparator.comparingInt((Row r) -> -r.covers().size()))
                .limit(limit).toList());
        List<Views.MatrixRow> matrixRows = new ArrayList<>();
        for (Row row : rows) {
            if (!shown.contains(row)) {
                continue;
            }
            List<String> cells = columns.stream()
                    .map(s -> row.covers().contains(s) ? "covers" : row.mentions().contains(s) ? "mentions" : "").toList();
            matrixRows.add(new Views.MatrixRow(new Views.LinkView(row.note().title(),
                    RelativeUrl.between(index, plan.outputOf(row.note().path())), null), cells));
        }
        List<Views.MatrixColumn> matrixColumns = columns.stream().map(s -> new Views.MatrixColumn(s.shortName(),
                RelativeUrl.between(index, page(s)), s.name(), s.category(), String.join(" ", s.exams()))).toList();
        List<String> columnCategories = columns.stream().map(Service::category).distinct().toList();
        List<Views.ExamScope> columnExams = catalog.exams().entrySet().stream()
                .filter(e -> columns.stream().anyMatch(s -> s.exams().contains(e.getKey())))
                .map(e -> new Views.ExamScope(e.getKey(), e.getValue(), true)).toList();
        return new Views.MatrixView(matrixColumns, matrixRows, matrixRows.size(), rows.size(), columnCategories, columnExams);
    }

    private Optional<Views.ExamView> examView() {
        return exam.filter(catalog.exams()::containsKey).map(code -> {
            List<Service> inScope = catalog.services().stream().filter(s -> s.exams().contains(code)).toList();
            List<String> missing = inScope.stream().filter(s -> !covering.containsKey(s))
                    .map(Service::shortName).sorted(String.CASE_INSENSITIVE_ORDER).toList();
            return new Views.ExamView(code, catalog.exams().get(code), inScope.size(), inScope.size() - missing.size(), missing);
        });
    }
}
