package io.studysite.incremental;

import io.studysite.output.SiteUpdate;
import io.studysite.render.PageRenderer;
import io.studysite.search.IncrementalIndex;
import io.studysite.search.SearchShards;
import io.studysite.link.SitePlan;
import io.studysite.services.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The part of an edit's rebuild that reads the whole vault and so takes seconds on a large one: the service pages
 * of the services the edited sections name, the global graph when links changed, and the search shards when any
 * text changed. It runs after the open pages have reloaded; several edits' follow-ups merge into one.
 *
 * @param services the services whose pages show the edited sections, before or after the edit
 * @param graph    whether the links changed
 * @param search   whether any section's text changed
 */
public record FollowUp(Set<Service> services, boolean graph, boolean search) {
    public static final FollowUp NONE = new FollowUp(Set.of(), false, false);

    public FollowUp {
        services = Set.copyOf(services);
    }

    public boolean isNone() {
        return services.isEmpty() && !graph && !search;
    }

    public FollowUp merge(FollowUp other) {
        Set<Service> both = new LinkedHashSet<>(services);
        both.addAll(other.services);
        return new FollowUp(both, graph || other.graph, search || other.search);
    }

    /**
     * Renders what this follow-up covers in {@code state}'s site, without touching the site: the caller writes the
     * result with {@link Rendered#writeTo} once no full build can interleave, or drops it.
     *
     * @param searchIndex the search data as the site holds it, which this updates to {@code state}'s sections
     *                    when the search changed: it then holds what the result writes
     */
    public Rendered render(SiteState state, IncrementalIndex searchIndex) {
        Map<String, String> files = new LinkedHashMap<>();
        Set<String> gone = new LinkedHashSet<>();
        PageRenderer renderer = state.renderer();
        Path output = state.options().output();
        Map<String, Long> millis = new LinkedHashMap<>();
        long start = System.nanoTime();
        if (!services.isEmpty()) {
            Set<Service> shown = renderer.servicesShown();
            // A service first named or no longer named changes the parent and part links of others: all pages anew.
            boolean sameServices = services.stream().allMatch(s -> shown.contains(s)
                    == Files.exists(output.resolve(renderer.servicePage(s))));
            files.putAll(renderer.renderServicePages(sameServices ? services : shown));
            services.stream().filter(s -> !shown.contains(s)).forEach(s -> gone.add(renderer.servicePage(s)));
        }
        start = lap(millis, "services", !services.isEmpty(), start);
        if (graph) {
            files.putAll(renderer.renderGraphPages());
        }
        start = lap(millis, "graph", graph, start);
        if (search) {
            // Only the shards whose data changed are rewritten; the CLI's Lucene index stays the last full build's.
            String prefix = SitePlan.THEME_FOLDER + "/" + SearchShards.FOLDER + "/";
            IncrementalIndex.Update shards = searchIndex.update(state.allSections());
            shards.changed().forEach((name, script) -> files.put(prefix + name, script));
            Path folder = output.resolve(SitePlan.THEME_FOLDER).resolve(SearchShards.FOLDER);
            try (Stream<Path> existing = Files.list(folder)) {
                // The search page lives there too when the vault has a folder search/ of its own.
                String searchPage = state.graph().plan().addresses().search();
                existing.map(f -> f.getFileName().toString())
                        .filter(name -> !shards.files().contains(name) && !(prefix + name).equals(searchPage))
                        .forEach(name -> gone.add(prefix + name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        lap(millis, "search", search, start);
        return new Rendered(output, files, gone, millis);
    }

    /** Notes the milliseconds since {@code start} for {@code part} when it had work; returns the time now. */
    private static long lap(Map<String, Long> millis, String part, boolean worked, long start) {
        long now = System.nanoTime();
        if (worked) {
            millis.put(part, (now - start) / 1_000_000);
        }
        return now;
    }

    /**
     * A follow-up's files, ready to write.
     *
     * @param millis how long each part of the work took to render, in milliseconds
     */
    public record Rendered(Path output, Map<String, String> files, Set<String> gone, Map<String, Long> millis) {
        /** Writes the files that changed and removes those gone; returns the site paths that changed. */
        public List<String> writeTo() {
            SiteUpdate site = new SiteUpdate(output);
            files.forEach(site::write);
            gone.forEach(site::delete);
            return site.changed();
        }
    }
}
