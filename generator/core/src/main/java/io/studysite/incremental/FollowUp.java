package io.studysite.incremental;

import io.studysite.output.FolderSwap;
import io.studysite.output.SiteUpdate;
import io.studysite.render.PageRenderer;
import io.studysite.search.SearchFiles;
import io.studysite.search.SearchIndex;
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
     * result with {@link Rendered#writeTo} once no full build can interleave, or discards it.
     */
    public Rendered render(SiteState state) {
        Map<String, String> files = new LinkedHashMap<>();
        Set<String> gone = new LinkedHashSet<>();
        PageRenderer renderer = state.renderer();
        Path output = state.options().output();
        if (!services.isEmpty()) {
            Set<Service> shown = renderer.servicesShown();
            // A service first named or no longer named changes the parent and part links of others: all pages anew.
            boolean sameServices = services.stream().allMatch(s -> shown.contains(s)
                    == Files.exists(output.resolve(renderer.servicePage(s))));
            files.putAll(renderer.renderServicePages(sameServices ? services : shown));
            services.stream().filter(s -> !shown.contains(s)).forEach(s -> gone.add(renderer.servicePage(s)));
        }
        if (graph) {
            files.putAll(renderer.renderGraphPages());
        }
        Path index = null;
        if (search) {
            Map<String, String> shards = new LinkedHashMap<>();
            index = SearchFiles.build(state.allSections(), output, shards::put);
            files.putAll(shards);
            Path folder = output.resolve(SitePlan.THEME_FOLDER).resolve(SearchShards.FOLDER);
            try (Stream<Path> existing = Files.list(folder)) {
                // The search page lives there too when the vault has a folder search/ of its own.
                String searchPage = state.graph().plan().addresses().search();
                existing.map(f -> SitePlan.THEME_FOLDER + "/" + SearchShards.FOLDER + "/" + f.getFileName())
                        .filter(path -> !shards.containsKey(path) && !path.equals(searchPage)).forEach(gone::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Rendered(output, files, gone, index);
    }

    /**
     * A follow-up's files, ready to write.
     *
     * @param index the new search index folder beside the site, or {@code null} when search did not change
     */
    public record Rendered(Path output, Map<String, String> files, Set<String> gone, Path index) {
        /** Writes the files that changed and removes those gone; returns the site paths that changed. */
        public List<String> writeTo() {
            SiteUpdate site = new SiteUpdate(output);
            files.forEach(site::write);
            gone.forEach(site::delete);
            if (index != null) {
                FolderSwap.replace(SearchIndex.folderFor(output), index);
            }
            return site.changed();
        }

        /** Drops the result of a follow-up a full build has overtaken. */
        public void discard() {
            if (index != null) {
                try {
                    FolderSwap.delete(index);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
