package io.studysite.services;

import io.studysite.config.SiteConfig;
import io.studysite.diag.Diagnostic;
import io.studysite.diag.Severity;
import io.studysite.note.Heading;
import io.studysite.note.Note;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the site has the service cross-reference (the Services link, the service pages and index, services.json,
 * service chips and the search's service filter), and why. A vault about another subject still has words that
 * spell a service ("Connect cards", "Open search"), so by default the cross-reference is shown only when enough of
 * the notes are about the catalog's services, judged by what says what a note is about: its title, file name,
 * folders, tags, aliases and headings, each naming a service unmistakably (an acronym as written, a name of two
 * words or more, a name after AWS/Amazon, or a one-word name spelled as one word and not an ordinary word).
 *
 * @param shown    whether the site has the cross-reference
 * @param setting  what {@code services:} in studysite.yml says
 * @param notes    the published notes
 * @param naming   the notes that name a service where it says what they are about
 * @param services the distinct services those notes name, by id
 * @param cloud    what the catalog's services are called in messages ("AWS")
 */
public record CrossReference(boolean shown, SiteConfig.Shown setting, int notes, int naming, Set<String> services, String cloud) {
    /**
     * The share of notes that must name a service. Measured: AWS vaults 100 % (964 AWS documentation pages), 93 %
     * (123 study notes), 100 % (the sample vault); vaults about other subjects 0 % (Bootstrap's docs), 2 % (a vault
     * like Obsidian's help, Node.js's docs), 11 % (the kitchen-sink fixture), 38 % (npm's docs, all "workspaces").
     */
    public static final double MIN_SHARE = 0.25;
    /**
     * And one distinct service for every {@value #NOTES_PER_SERVICE} notes naming one, up to {@value #MIN_SERVICES}:
     * npm's docs name "workspaces" (Amazon WorkSpaces) in 35 of 91 notes and no other service, an AWS vault names many.
     */
    public static final int MIN_SERVICES = 3;
    static final int NOTES_PER_SERVICE = 4;

    public CrossReference {
        services = Set.copyOf(services);
    }

    /** Decides from the notes, unless {@code setting} forces it. */
    public static CrossReference decide(SiteConfig.Shown setting, List<Note> notes, ServiceMatcher matcher, String cloud) {
        Set<String> services = new LinkedHashSet<>();
        int naming = 0;
        for (Note note : notes) {
            Set<String> named = namedBy(note, matcher);
            if (!named.isEmpty()) {
                naming++;
                services.addAll(named);
            }
        }
        boolean enough = naming > 0 && naming >= MIN_SHARE * notes.size()
                && services.size() >= servicesNeeded(naming);
        boolean shown = switch (setting) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> enough;
        };
        return new CrossReference(shown, setting, notes.size(), naming, services, cloud);
    }

    /** The services a note's title, file name, folders, tags, aliases and headings name unmistakably, by id. */
    static Set<String> namedBy(Note note, ServiceMatcher matcher) {
        List<String> texts = new ArrayList<>();
        texts.add(note.title());
        texts.addAll(note.aliases());
        note.headings().stream().map(Heading::text).forEach(texts::add);
        // File names, folders and tags are often written in lower case ("s3.md", "#dynamodb"): read them in capitals too.
        List<String> lowerCase = new ArrayList<>(note.tags());
        lowerCase.add(note.name());
        if (!note.path().folder().isEmpty()) {
            lowerCase.addAll(List.of(note.path().folder().split("/")));
        }
        for (String text : lowerCase) {
            texts.add(text);
            texts.add(text.toUpperCase(Locale.ROOT));
        }
        Set<String> named = new LinkedHashSet<>();
        for (String text : texts) {
            for (ServiceMatcher.Match m : matcher.find(text, true)) {
                if (m.qualified() || (!m.service().plain() && spelledAsNamed(text.substring(m.start(), m.end()), m.service()))) {
                    named.add(m.service().id());
                }
            }
        }
        return named;
    }

    /** "DynamoDB" or "dynamodb", not "Open search" for OpenSearch: a one-word name is unmistakable only as spelled. */
    private static boolean spelledAsNamed(String written, Service service) {
        return service.names().stream().anyMatch(written::equalsIgnoreCase);
    }

    private static int servicesNeeded(int naming) {
        return Math.max(1, Math.min(MIN_SERVICES, (naming + NOTES_PER_SERVICE - 1) / NOTES_PER_SERVICE));
    }

    /**
     * Whether every build should say why: the notes name services, yet they get no service pages, unless studysite.yml
     * said so. Otherwise the reason is for {@code --verbose}.
     */
    public boolean surprising() {
        return !shown && setting == SiteConfig.Shown.AUTO && naming > 0;
    }

    /** How many notes name a service, as a percentage of all. */
    public int percent() {
        return notes == 0 ? 0 : (int) Math.round(100.0 * naming / notes);
    }

    /** The build log's info saying why: {@code services-on} or {@code services-off}. */
    public Diagnostic why() {
        return new Diagnostic(null, 0, 0, Severity.INFO, shown ? "services-on" : "services-off", reason(), null);
    }

    /** Why the cross-reference is shown or not, for the build log. */
    public String reason() {
        String evidence = naming + " of " + notes + (notes == 1 ? " note" : " notes") + " (" + percent() + " %) name "
                + (naming == 0 ? ("AWS".equals(cloud) ? "an " : "a ") + cloud + " service" : services.size() + " " + cloud
                + (services.size() == 1 ? " service" : " services"))
                + " in their title, file name, folder, tags or headings";
        String rule = "auto needs " + Math.round(MIN_SHARE * 100) + " % of the notes and " + servicesNeeded(naming)
                + (servicesNeeded(naming) == 1 ? " service" : " services");
        return switch (setting) {
            case ON -> "the service cross-reference is on because studysite.yml says services: on; " + evidence;
            case OFF -> "the service cross-reference is off because studysite.yml says services: off; " + evidence;
            case AUTO -> shown
                    ? "the service cross-reference is on: " + evidence + " (" + rule + "); set services: off in studysite.yml to hide it"
                    : "the service cross-reference is off: " + evidence + " (" + rule + "); set services: on in studysite.yml to show it";
        };
    }
}
