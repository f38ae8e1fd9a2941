package io.studysite.services;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The services notes are cross-referenced by, read from YAML: {@code categories} (display order),
 * {@code exams} (code to title), {@code services} (see {@link Service} for the keys) and {@code docs} (service id
 * to the address of its official documentation, a plain link). The AWS catalog is bundled; a vault's own catalog
 * extends it (same id replaces) or replaces it.
 */
public record ServiceCatalog(List<String> categories, Map<String, String> exams, List<Service> services,
                             Map<String, String> docs) {
    private static final String BUNDLED = "studysite/services/aws.yml";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public ServiceCatalog {
        categories = List.copyOf(categories);
        exams = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(exams));
        services = List.copyOf(services);
        docs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(docs));
    }

    public ServiceCatalog(List<String> categories, Map<String, String> exams, List<Service> services) {
        this(categories, exams, services, Map.of());
    }

    /** The service's documentation, else that of the nearest service it is a feature of. */
    public Optional<String> docsOf(Service service) {
        for (Optional<Service> s = Optional.of(service); s.isPresent(); s = s.get().parent().flatMap(this::byId)) {
            String url = docs.get(s.get().id());
            if (url != null) {
                return Optional.of(url);
            }
        }
        return Optional.empty();
    }

    /** A catalog that is not valid, with the reason. */
    public static final class InvalidCatalog extends RuntimeException {
        InvalidCatalog(String message) {
            super(message);
        }
    }

    public static ServiceCatalog empty() {
        return new ServiceCatalog(List.of(), Map.of(), List.of());
    }

    /** The AWS catalog that ships with studysite. */
    public static ServiceCatalog bundled() {
        try (InputStream in = ServiceCatalog.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled service catalog " + BUNDLED + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Service> byId(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** This catalog with another's services added; a service with an id already here replaces it. */
    public ServiceCatalog extendedBy(ServiceCatalog other) {
        Map<String, Service> byId = new LinkedHashMap<>();
        services.forEach(s -> byId.put(s.id(), s));
        other.services.forEach(s -> byId.put(s.id(), s));
        Set<String> allCategories = new LinkedHashSet<>(categories);
        allCategories.addAll(other.categories);
        Map<String, String> allExams = new LinkedHashMap<>(exams);
        allExams.putAll(other.exams);
        Map<String, String> allDocs = new LinkedHashMap<>(docs);
        allDocs.putAll(other.docs);
        ServiceCatalog merged = new ServiceCatalog(List.copyOf(allCategories), allExams, List.copyOf(byId.values()), allDocs);
        merged.check();
        return merged;
    }

    /** Reads a catalog; throws {@link InvalidCatalog} saying what is wrong. */
    public static ServiceCatalog parse(String yaml) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new InvalidCatalog("not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new InvalidCatalog("expected a map with categories, exams and services");
        }
        List<String> categories = strings(map.get("categories"), "categories");
        Map<String, String> exams = new LinkedHashMap<>();
        if (map.get("exams") instanceof Map<?, ?> e) {
            e.forEach((code, title) -> exams.put(String.valueOf(code), String.valueOf(title)));
        } else if (map.get("exams") != null) {
            throw new InvalidCatalog("exams: expected a map of exam code to title");
        }
        if (!(map.get("services") instanceof List<?> entries)) {
            throw new InvalidCatalog("services: expected a list");
        }
        List<Service> services = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> s)) {
                throw new InvalidCatalog("services: every entry must be a map, found " + entry);
            }
            services.add(service(s));
        }
        Map<String, String> docs = new LinkedHashMap<>();
        if (map.get("docs") instanceof Map<?, ?> d) {
            d.forEach((id, url) -> docs.put(String.valueOf(id), String.valueOf(url)));
        } else if (map.get("docs") != null) {
            throw new InvalidCatalog("docs: expected a map of service id to address");
        }
        ServiceCatalog catalog = new ServiceCatalog(categories, exams, services, docs);
        catalog.check();
        return catalog;
    }

    private static Service service(Map<?, ?> s) {
        String id = required(s, "id");
        String where = "service " + id + ": ";
        if (!ID.matcher(id).matches()) {
            throw new InvalidCatalog(where + "an id is lower-case letters, digits and hyphens");
        }
        Object parent = s.get("parent");
        return new Service(id, required(s, "name"), required(s, "short"), strings(s.get("aliases"), where + "aliases"),
                strings(s.get("acronyms"), where + "acronyms"), required(s, "category"),
                parent == null ? Optional.empty() : Optional.of(String.valueOf(parent)),
                strings(s.get("former"), where + "former"), Boolean.TRUE.equals(s.get("plain")),
                strings(s.get("exams"), where + "exams"), Boolean.TRUE.equals(s.get("tool")));
    }

    /** Every id unique, every parent known and acyclic, every category and exam declared, docs web addresses. */
    private void check() {
        Set<String> ids = new LinkedHashSet<>();
        for (Service s : services) {
            if (!ids.add(s.id())) {
                throw new InvalidCatalog("service " + s.id() + " is listed twice");
            }
        }
        for (Service s : services) {
            String where = "service " + s.id() + ": ";
            if (!categories.contains(s.category())) {
                throw new InvalidCatalog(where + "category \"" + s.category() + "\" is not in categories");
            }
            for (String exam : s.exams()) {
                if (!exams.containsKey(exam)) {
                    throw new InvalidCatalog(where + "exam \"" + exam + "\" is not in exams");
                }
            }
            Set<String> seen = new LinkedHashSet<>(List.of(s.id()));
            for (Optional<String> up = s.parent(); up.isPresent(); up = byId(up.get()).flatMap(Service::parent)) {
                if (byId(up.get()).isEmpty()) {
                    throw new InvalidCatalog(where + "parent \"" + up.get() + "\" is not a service");
                }
                if (!seen.add(up.get())) {
                    throw new InvalidCatalog(where + "its parents form a cycle");
                }
            }
        }
        docs.forEach((id, url) -> {
            if (!ids.contains(id)) {
                throw new InvalidCatalog("docs: \"" + id + "\" is not a service");
            }
            if (!url.startsWith("https://")) {
                throw new InvalidCatalog("docs: " + id + ": expected an https:// address, found \"" + url + "\"");
            }
        });
    }

    private static String required(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?> || value.toString().isBlank()) {
            throw new InvalidCatalog("every service needs " + key + ": " + map);
        }
        return value.toString();
    }

    private static List<String> strings(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidCatalog(where + ": expected a list");
        }
        return list.stream().map(String::valueOf).toList();
    }
}
