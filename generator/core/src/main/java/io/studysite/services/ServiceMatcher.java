package io.studysite.services;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the catalog's services in text. Text is cut into words (runs of letters and digits); at each
 * word the longest run of up to {@value #MAX_WORDS} words joined by a space, hyphen, underscore or
 * "@" (or nothing) that spells a service wins, so "Route 53", "Route53" and "route-53" are one
 * service, "DynamoDB Streams" is not DynamoDB, and "Cloud Formation" is CloudFormation.
 * <ul>
 *   <li>names, aliases and former names match in any case; acronyms as written, or capitalised
 *       ("Ecs") unless the service is plain;</li>
 *   <li>plurals and possessives count ("Lambdas", "DynamoDB's");</li>
 *   <li>a plain service (Config, Glue) named by one word counts in text only after "AWS" or "Amazon",
 *       in headings always;</li>
 *   <li>URLs do not count.</li>
 * </ul>
 */
public final class ServiceMatcher {
    static final int MAX_WORDS = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Set<String> QUALIFIERS = Set.of("aws", "amazon");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}]*");

    /** Where a service is named, and whether "AWS"/"Amazon" or an acronym names it unmistakably. */
    public record Match(Service service, int start, int end, boolean qualified) {}

    private record Spelling(Service service, boolean qualified) {}

    private final Map<String, Spelling> names = new HashMap<>();
    private final Map<String, Spelling> acronyms = new HashMap<>();
    /** Names and acronyms by their lower-cased key: a whole name in a folder, tag or file name is found in any case. */
    private final Map<String, Spelling> anyCase = new HashMap<>();
    private final Map<String, Service> byId = new HashMap<>();
    /** Every leading part of every spelling, lower-cased: most words start none, and are passed over at once. */
    private final Set<String> beginnings = new java.util.HashSet<>();

    public ServiceMatcher(ServiceCatalog catalog) {
        for (Service s : catalog.services()) {
            List<String> abbreviations = new ArrayList<>(s.acronyms());
            for (String name : s.names()) {
                // A name written all in capitals ("S3", "SQS") is an acronym: found as written.
                if (ACRONYM.matcher(name).matches()) {
                    abbreviations.add(name);
                    continue;
                }
                String key = key(name, true);
                // A name of two words or more ("Glue Crawler") is specific enough even for a plain service.
                names.putIfAbsent(key, new Spelling(s, startsQualified(name) || name.trim().split("[^\\p{L}\\p{N}]+").length > 1));
                for (String qualifier : QUALIFIERS) {
                    names.putIfAbsent(qualifier + key, new Spelling(s, true));
                }
            }
            for (String acronym : abbreviations) {
                acronyms.putIfAbsent(key(acronym, false), new Spelling(s, true));
                String capitalised = acronym.charAt(0) + acronym.substring(1).toLowerCase(Locale.ROOT);
                if (!s.plain()) {
                    acronyms.putIfAbsent(key(capitalised, false), new Spelling(s, true));
                }
            }
        }
        names.keySet().forEach(this::addBeginnings);
        acronyms.keySet().forEach(this::addBeginnings);
        anyCase.putAll(names);
        acronyms.forEach((key, spelling) -> anyCase.putIfAbsent(key.toLowerCase(Locale.ROOT), spelling));
        catalog.services().forEach(s -> byId.put(s.id(), s));
    }

    /**
     * The service a whole name spells in any case, with or without "AWS"/"Amazon" ({@code s3}, {@code auto-scaling},
     * {@code aws-glue}): a folder, a tag, a file name. A plain service's ordinary word alone ({@code glue}) is no
     * service.
     */
    public java.util.Optional<Service> named(String name) {
        List<int[]> words = words(name);
        if (words.isEmpty() || words.size() > MAX_WORDS + 1) {
            return java.util.Optional.empty();
        }
        StringBuilder joined = new StringBuilder();
        words.forEach(w -> joined.append(name, w[0], w[1]));
        String key = joined.toString().toLowerCase(Locale.ROOT);
        Spelling spelling = anyCase.get(key);
        for (String qualifier : QUALIFIERS) {
            if (spelling == null && key.startsWith(qualifier) && anyCase.containsKey(key.substring(qualifier.length()))) {
                spelling = new Spelling(anyCase.get(key.substring(qualifier.length())).service(), true);
            }
        }
        return java.util.Optional.ofNullable(spelling).filter(s -> s.qualified() || !s.service().plain()).map(Spelling::service);
    }

    /** Whether a word, in any case, is a service's own coined name ("dynamodb", "kinesis"), not an ordinary word. */
    boolean isCoined(String word) {
        Spelling spelling = anyCase.get(word.toLowerCase(Locale.ROOT));
        return spelling != null && !spelling.service().plain();
    }

    /** The services a service is part of, nearest first (Aurora Serverless: Aurora, RDS). */
    public List<Service> ancestors(Service service) {
        List<Service> up = new ArrayList<>();
        for (Service s = service; s.parent().isPresent() && byId.containsKey(s.parent().get()) && up.size() < byId.size(); ) {
            s = byId.get(s.parent().get());
            up.add(s);
        }
        return up;
    }

    /** The lower-cased key of a spelling as the matcher looks names up: its words joined. */
    static String keyOf(String spelling) {
        return key(spelling, true);
    }

    /** The runs of letters and digits, as [start, end) pairs. */
    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean word = Character.isLetter(cp) || switch (Character.getType(cp)) {
                case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
                default -> false;
            };
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(new int[] {start, i});
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(new int[] {start, text.length()});
        }
        return words;
    }

    private boolean begins(String lower) {
        if (beginnings.contains(lower)) {
            return true;
        }
        int n = lower.length();
        return n > 1 && lower.charAt(n - 1) == 's' && (beginnings.contains(lower.substring(0, n - 1))
                || (n > 2 && lower.charAt(n - 2) == 'e' && beginnings.contains(lower.substring(0, n - 2))));
    }

    private void addBeginnings(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (int i = 1; i <= lower.length(); i++) {
            beginnings.add(lower.substring(0, i));
        }
    }

    /**
     * The services named in a text, in order.
     *
     * @param heading the text is a heading, where plain names count unqualified
     */
    public List<Match> find(String text, boolean heading) {
        String visible = text.contains("://") || text.contains("www.")
                ? URL.matcher(text).replaceAll(m -> " ".repeat(m.group().length())) : text;
        List<int[]> words = words(visible);
        List<Match> found = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            // Most words begin no spelling: pass them over before building anything.
            if (!begins(visible.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT))) {
                i++;
                continue;
            }
            Match match = null;
            int taken = 0;
            StringBuilder joined = new StringBuilder();
            List<String> keys = new ArrayList<>();
            for (int k = 0; k < MAX_WORDS && i + k < words.size(); k++) {
                if (k > 0 && !joinable(visible, words.get(i + k - 1)[1], words.get(i + k)[0])) {
                    break;
                }
                joined.append(visible, words.get(i + k)[0], words.get(i + k)[1]);
                String lower = joined.toString().toLowerCase(Locale.ROOT);
                // A plural or possessive ending may follow a full spelling; nothing else can.
                if (!begins(lower)) {
                    break;
                }
                keys.add(joined.toString());
            }
            for (int k = keys.size(); k >= 1 && match == null; k--) {
                Spelling spelling = lookup(keys.get(k - 1));
                if (spelling != null) {
                    int end = words.get(i + k - 1)[1];
                    // A possessive: "DynamoDB's".
                    if (i + k < words.size() && isPossessive(visible, end, words.get(i + k))) {
                        end = words.get(i + k)[1];
                        k++;
                    }
                    boolean qualified = spelling.qualified() || (i > 0 && QUALIFIERS.contains(
                            visible.substring(words.get(i - 1)[0], words.get(i - 1)[1]).toLowerCase(Locale.ROOT)));
                    match = new Match(spelling.service(), words.get(i)[0], end, qualified);
                    taken = k;
                }
            }
            if (match != null && (heading || match.qualified() || !match.service().plain())) {
                found.add(match);
                i += taken;
            } else {
                i++;
            }
        }
        return found;
    }

    /** The distinct services a text names, in order of first appearance. */
    public List<Service> servicesIn(String text, boolean heading) {
        Set<Service> services = new LinkedHashSet<>();
        find(text, heading).forEach(m -> services.add(m.service()));
        return List.copyOf(services);
    }

    private Spelling lookup(String written) {
        Spelling exact = acronyms.get(written);
        if (exact != null) {
            return exact;
        }
        String lower = written.toLowerCase(Locale.ROOT);
        Spelling named = names.get(lower);
        if (named == null && lower.endsWith("es")) {
            named = names.get(lower.substring(0, lower.length() - 2));
        }
        if (named == null && lower.endsWith("s")) {
            named = names.get(lower.substring(0, lower.length() - 1));
            if (named == null && written.endsWith("s")) {
                named = acronyms.get(written.substring(0, written.length() - 1));
            }
        }
        return named;
    }

    /** Words of one name are joined by nothing, a space, a hyphen, an underscore or "@". */
    private static boolean joinable(String text, int end, int start) {
        return start - end <= 1 && (start == end || " -_@".indexOf(text.charAt(end)) >= 0);
    }

    private static boolean isPossessive(String text, int end, int[] next) {
        return next[0] == end + 1 && "'\u2019".indexOf(text.charAt(end)) >= 0
                && next[1] == next[0] + 1 && Character.toLowerCase(text.charAt(next[0])) == 's';
    }

    private static boolean startsQualified(String name) {
        String first = name.split("[^\\p{L}\\p{N}]+", 2)[0].toLowerCase(Locale.ROOT);
        return QUALIFIERS.contains(first);
    }

    /** A spelling as looked up: its words joined, lower-cased for names, as written for acronyms. */
    private static String key(String spelling, boolean anyCase) {
        StringBuilder key = new StringBuilder();
        Matcher w = WORD.matcher(spelling);
        while (w.find()) {
            key.append(w.group());
        }
        return anyCase ? key.toString().toLowerCase(Locale.ROOT) : key.toString();
    }
}
