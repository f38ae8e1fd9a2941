package io.studysite.link;

import io.studysite.diag.Diagnostics;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Where the pages studysite generates live, for one vault: the tag pages under {@code tags/}, the service pages under
 * {@code services/}, the search page under {@code search/} and the graph under {@code graph/}, each unless the vault
 * itself has a top-level folder (or file) of that name. The vault keeps its name; that kind of generated page moves
 * under the theme's folder {@code _studysite/}, the one prefix the site reserves, and an info diagnostic says so.
 * Templates, scripts, the sitemap and the dev server's rebuilds all take the addresses from here.
 */
public final class SiteAddresses {
    /** The theme's static files, and the generated pages that make way for a vault's own folder. */
    public static final String RESERVED_FOLDER = "_studysite";
    /** The home page, always the site's root page (a root {@code index.md} or {@code README.md} is it). */
    public static final String HOME = "index.html";

    /** The kinds of generated pages that have a folder of their own. */
    public enum Kind {
        TAGS("tags", "tag pages"), SERVICES("services", "service pages"), SEARCH("search", "search page"), GRAPH("graph", "graph page");

        private final String folder;
        private final String pages;

        Kind(String folder, String pages) {
            this.folder = folder;
            this.pages = pages;
        }
    }

    private final Map<Kind, String> folders;

    private SiteAddresses(Map<Kind, String> folders) {
        this.folders = folders;
    }

    /** Every kind at its usual folder: a vault that takes none of their names. */
    public static SiteAddresses standard() {
        return of(Set.of(), new Diagnostics());
    }

    /**
     * @param topLevelNames the names the vault's files and folders take at the site's top level, lower case
     *                      ({@code services} for a folder {@code Services/})
     */
    public static SiteAddresses of(Set<String> topLevelNames, Diagnostics diagnostics) {
        Map<Kind, String> folders = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            if (topLevelNames.contains(kind.folder)) {
                String moved = RESERVED_FOLDER + "/" + kind.folder;
                folders.put(kind, moved);
                diagnostics.info(null, 0, 0, "generated-pages-moved", "the vault has a folder " + kind.folder
                        + "/; the " + kind.pages + (kind.pages.endsWith("s") ? " are" : " is") + " at " + moved + "/");
            } else {
                folders.put(kind, kind.folder);
            }
        }
        return new SiteAddresses(folders);
    }

    public String tagIndex() {
        return folders.get(Kind.TAGS) + "/index.html";
    }

    /** @param slugs the tag's segments, slugged ({@code aws/s3} → {@code tags/aws/s3.html}) */
    public String tagPage(String slugs) {
        return folders.get(Kind.TAGS) + "/" + slugs + ".html";
    }

    public String servicesIndex() {
        return folders.get(Kind.SERVICES) + "/index.html";
    }

    public String servicesJson() {
        return folders.get(Kind.SERVICES) + "/services.json";
    }

    /** @param id the service's stable id ({@code dynamodb} → {@code services/dynamodb.html}) */
    public String servicePage(String id) {
        return folders.get(Kind.SERVICES) + "/" + id + ".html";
    }

    public String search() {
        return folders.get(Kind.SEARCH) + "/index.html";
    }

    public String graph() {
        return folders.get(Kind.GRAPH) + "/index.html";
    }
}
