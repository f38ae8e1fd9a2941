package io.studysite.services;

import io.studysite.note.Note;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The services a note is about, each with what says so. Every section of the note covers them, whatever its
 * headings say: a note named after a service is about it even where its headings are generic ("Overview", "Tips")
 * or absent.
 * <ol>
 *   <li>its title (else, when the title names no service, its file name) and its aliases, when they start with
 *       a service's name (after "AWS" or "Amazon"): "Kinesis Data Streams - shards", "CloudFront CDN (notes)";</li>
 *   <li>its tags that name a service, in any case, or a part of a nested tag that does: {@code #s3},
 *       {@code #aws/dynamodb};</li>
 *   <li>the innermost folder named after a service: {@code services/storage/s3/}, {@code kms/}; not when it only
 *       repeats, more broadly, a service named above ({@code auto-scaling/} for "Amazon EC2 Auto Scaling");</li>
 *   <li>with none of those, a title that names exactly one service anywhere ("ContactLens for Amazon Connect").</li>
 * </ol>
 *
 * @param why per service, in order: {@code title}, {@code file name}, {@code alias}, {@code tag} or {@code folder}
 */
public record NoteSubject(Map<Service, String> why) {
    public NoteSubject {
        why = Collections.unmodifiableMap(new LinkedHashMap<>(why));
    }

    public static final NoteSubject NONE = new NoteSubject(Map.of());
    /** What can say a note is about a service, the surest first: a title names its topic, a folder files many. */
    public static final List<String> REASONS = List.of("title", "file name", "alias", "tag", "folder");

    public List<Service> services() {
        return List.copyOf(why.keySet());
    }

    public boolean isAbout(Service service) {
        return why.containsKey(service);
    }

    public static NoteSubject of(Note note, ServiceMatcher matcher) {
        Map<Service, String> why = new LinkedHashMap<>();
        Optional<Service> byTitle = leading(note.title(), matcher);
        if (byTitle.isPresent()) {
            why.put(byTitle.get(), "title");
        } else if (matcher.find(note.title(), true).isEmpty()) {
            // A title that names services elsewhere says more than a file name ("Archived message format for
            // Amazon S3 destinations" in firehose-archived-message-format-S3.md).
            leading(note.name(), matcher).ifPresent(s -> why.put(s, "file name"));
        }
        note.aliases().forEach(alias -> leading(alias, matcher).ifPresent(s -> why.putIfAbsent(s, "alias")));
        for (String tag : note.tags()) {
            for (String part : tag.split("/")) {
                matcher.named(part).ifPresent(s -> why.putIfAbsent(s, "tag"));
            }
        }
        folder(note.path().folder(), matcher).filter(s -> !repeats(s, why.keySet(), matcher))
                .ifPresent(s -> why.putIfAbsent(s, "folder"));
        if (why.isEmpty()) {
            List<Service> named = Coverage.topics(note.title(), matcher, NONE);
            if (named.size() == 1) {
                why.put(named.get(0), "title");
            }
        }
        return why.isEmpty() ? NONE : new NoteSubject(why);
    }

    /** The service a name starts with, after "AWS" or "Amazon" (or that the whole name spells, in any case). */
    private static Optional<Service> leading(String name, ServiceMatcher matcher) {
        Optional<Service> whole = matcher.named(name);
        if (whole.isPresent()) {
            return whole;
        }
        for (ServiceMatcher.Match m : matcher.find(name, true)) {
            String before = name.substring(0, m.start()).replaceAll("[^\\p{L}\\p{N}]+", "").toLowerCase(Locale.ROOT);
            if (before.isEmpty() || before.equals("aws") || before.equals("amazon")) {
                // A tool can be what a whole note is about ("AWS CLI cheatsheet").
                return m.service().tool() || Coverage.isTopic(name, m, matcher, NONE) ? Optional.of(m.service()) : Optional.empty();
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The service the innermost folder that names one is named after. */
    private static Optional<Service> folder(String folder, ServiceMatcher matcher) {
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>(List.of(folder.split("/")));
        Collections.reverse(parts);
        return parts.stream().map(matcher::named).flatMap(Optional::stream).findFirst();
    }

    /** A folder's service adds nothing when it is part of a subject, contains one, or is its namesake. */
    private static boolean repeats(Service folder, java.util.Set<Service> subject, ServiceMatcher matcher) {
        for (Service s : subject) {
            if (s.equals(folder) || matcher.ancestors(s).contains(folder) || matcher.ancestors(folder).contains(s)
                    || Coverage.isNamesake(folder.shortName(), s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Once per build, as {@code info[note-subjects]}, when anything but titles says so: how many notes are about a
     * service and what said so, with the first note of each kind of evidence, so that a surprising cover can be traced.
     *
     * @param subjects per note path, in note order
     */
    public static void report(Map<String, NoteSubject> subjects, io.studysite.diag.Diagnostics diagnostics) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> first = new LinkedHashMap<>();
        int about = 0;
        for (Map.Entry<String, NoteSubject> e : subjects.entrySet()) {
            if (!e.getValue().why().isEmpty()) {
                about++;
            }
            e.getValue().why().forEach((service, why) -> {
                counts.merge(why, 1, Integer::sum);
                first.putIfAbsent(why, e.getKey() + ": " + service.shortName());
            });
        }
        // A title that names a service speaks for itself; other evidence is said once, like note-titles.
        if (about == 0 || counts.keySet().equals(java.util.Set.of("title"))) {
            return;
        }
        List<String> kinds = new ArrayList<>();
        for (String why : REASONS) {
            if (counts.containsKey(why)) {
                kinds.add(counts.get(why) + " by " + (why.equals("alias") ? "an alias" : why.equals("tag") ? "a tag" : "the " + why)
                        + " (first: " + first.get(why) + ")");
            }
        }
        diagnostics.info(null, 0, 0, "note-subjects", about + " of " + subjects.size() + (about == 1 ? " notes is" : " notes are") + " about a service, and all their"
                + " sections cover it: " + String.join(", ", kinds));
    }
}
