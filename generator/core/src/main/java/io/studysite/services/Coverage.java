package io.studysite.services;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which services a section covers: those its note is about ({@link NoteSubject}), those its own heading is about,
 * and the one service that its nearest enclosing heading naming a single service names. A heading that lists
 * several services ("Kinesis vs SQS vs SNS") covers them all, but passes none of them down to its sub-sections.
 * <p>
 * A heading is not about every service it names:
 * <ul>
 *   <li>a tool (the CLI, an SDK, the console) says how, not what: "Delete a key (AWS CLI)";</li>
 *   <li>a service in parentheses is an aside: "Notifications (SNS)";</li>
 *   <li>a name of two words, or a plain service's word, written as a common noun in lower case is not the
 *       product: "Auto scaling metrics", "Spot instances", "Batch size", "Maintenance, backup and recovery",
 *       unless a word of it is a service's coined name ("dynamodb streams") or "AWS"/"Amazon" precede it;</li>
 *   <li>in a note about a service, a shorter name inside that service's own name is that service: "Auto
 *       Scaling" in the notes about Amazon EC2 Auto Scaling.</li>
 * </ul>
 */
public final class Coverage {
    private Coverage() {}

    /** The services a heading (or title) is about, in order. */
    public static List<Service> topics(String heading, ServiceMatcher matcher, NoteSubject subject) {
        Set<Service> topics = new LinkedHashSet<>();
        for (ServiceMatcher.Match m : matcher.find(heading, true)) {
            if (isTopic(heading, m, matcher, subject)) {
                topics.add(m.service());
            }
        }
        return List.copyOf(topics);
    }

    /**
     * The services a section covers.
     *
     * @param pathTopics the topics of each heading on its path, outermost first (the last is its own heading)
     */
    public static List<Service> covers(NoteSubject subject, List<List<Service>> pathTopics) {
        Set<Service> covers = new LinkedHashSet<>(subject.services());
        if (!pathTopics.isEmpty()) {
            covers.addAll(pathTopics.get(pathTopics.size() - 1));
            for (int i = pathTopics.size() - 2; i >= 0; i--) {
                if (pathTopics.get(i).size() == 1) {
                    covers.add(pathTopics.get(i).get(0));
                    break;
                }
            }
        }
        return List.copyOf(covers);
    }

    static boolean isTopic(String heading, ServiceMatcher.Match m, ServiceMatcher matcher, NoteSubject subject) {
        Service service = m.service();
        if (subject.isAbout(service)) {
            return true;
        }
        String written = heading.substring(m.start(), m.end());
        if (service.tool() || inParentheses(heading, m.start())) {
            return false;
        }
        if (!qualified(heading, m) && isCommonNoun(heading, m, written, matcher, subject)) {
            return false;
        }
        return subject.services().stream().noneMatch(s -> isNamesake(written, s));
    }

    /** Whether a spelling is a shorter part of one of a service's own names ("Auto Scaling" of EC2 Auto Scaling). */
    static boolean isNamesake(String written, Service service) {
        String key = ServiceMatcher.keyOf(written);
        return !key.isEmpty() && service.names().stream().map(ServiceMatcher::keyOf)
                .anyMatch(name -> name.length() > key.length() && name.contains(key));
    }

    private static boolean inParentheses(String heading, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = heading.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        }
        return depth > 0;
    }

    /** "AWS" or "Amazon" starts the match or comes right before it. */
    private static boolean qualified(String heading, ServiceMatcher.Match m) {
        String before = heading.substring(0, m.start()).stripTrailing().toLowerCase(Locale.ROOT);
        String written = heading.substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
        return written.startsWith("aws") || written.startsWith("amazon") || before.endsWith("aws") || before.endsWith("amazon");
    }

    /**
     * A name of two ordinary words, or a plain service's word that is not the whole heading, written in lower
     * case (the heading's first letter aside).
     */
    private static boolean isCommonNoun(String heading, ServiceMatcher.Match m, String written, ServiceMatcher matcher,
                                        NoteSubject subject) {
        String[] words = written.split("[^\\p{L}\\p{N}]+");
        boolean oneWord = words.length < 2;
        // In a note about no one service (exam notes, a cheat sheet), a heading naming a service in sentence case
        // ("Elastic beanstalk", "Load balancing & Auto scaling") is its section on that service.
        if (!oneWord && subject.services().isEmpty()) {
            return false;
        }
        // Longer names ("Identity and access management") are names even in sentence case.
        if (oneWord ? !m.service().plain() || heading.strip().equals(written) : words.length > 2) {
            return false;
        }
        String lowered = m.start() == 0 ? written.substring(0, 1).toLowerCase(Locale.ROOT) + written.substring(1) : written;
        if (!lowered.equals(lowered.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String word : words) {
            if (matcher.isCoined(word)) {
                return false;
            }
        }
        return true;
    }
}
