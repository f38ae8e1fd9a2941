package io.studysite.render;

import io.studysite.link.LinkGraph;
import io.studysite.note.Note;
import io.studysite.search.Json;
import io.studysite.vault.VaultPath;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The published notes as a graph for the graph view: one node per note, one link per linking note and
 * linked note (each pair once, whatever how often or how it links; never a note to itself). Built from
 * the backlinks, which already hold only published notes. Immutable: note pages read it from several threads.
 *
 * <p>Arrays rather than objects in what the browser reads, so the global data of 10,000 notes stays small.
 */
public final class GraphData {
    /** The global graph's data, a classic script under the theme folder (works from {@code file://}). */
    public static final String SCRIPT = "graph/graph.js";
    /** At most this many neighbours in a note's local graph: its data rides inside every note page. */
    public static final int LOCAL_LIMIT = 60;

    private final List<Note> nodes;
    private final Map<VaultPath, Integer> index;
    private final String[] pages;
    private final String[] groups;
    private final int[][] out;
    private final int[][] in;

    private GraphData(List<Note> nodes, Map<VaultPath, Integer> index, String[] pages, String[] groups, int[][] out,
                      int[][] in) {
        this.nodes = nodes;
        this.index = Map.copyOf(index);
        this.pages = pages;
        this.groups = groups;
        this.out = out;
        this.in = in;
    }

    public static GraphData of(LinkGraph graph, List<Note> notes) {
        // By vault path: stable output, and the notes of a folder sit together, so d3's initial spiral groups them.
        List<Note> nodes = notes.stream().sorted(Comparator.comparing(n -> n.path().value())).toList();
        Map<VaultPath, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).path(), i);
        }
        String[] pages = new String[nodes.size()];
        String[] groups = new String[nodes.size()];
        List<TreeSet<Integer>> outgoing = new ArrayList<>();
        List<TreeSet<Integer>> incoming = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Note note = nodes.get(i);
            pages[i] = graph.plan().outputOf(note.path());
            String folder = note.path().folder();
            groups[i] = folder.contains("/") ? folder.substring(0, folder.indexOf('/')) : folder;
            outgoing.add(new TreeSet<>());
            incoming.add(new TreeSet<>());
        }
        for (int target = 0; target < nodes.size(); target++) {
            for (VaultPath source : graph.backlinksOf(nodes.get(target).path())) {
                Integer s = index.get(source);
                if (s != null && s != target) {
                    outgoing.get(s).add(target);
                    incoming.get(target).add(s);
                }
            }
        }
        return new GraphData(nodes, index, pages, groups, toArrays(outgoing), toArrays(incoming));
    }

    public int noteCount() {
        return nodes.size();
    }

    public int linkCount() {
        return Arrays.stream(out).mapToInt(a -> a.length).sum();
    }

    /** {@code studysiteGraph.receive({nodes:[[title, url, group]], links:[[source, target]]})}, URLs from the site root. */
    public String script() {
        StringBuilder js = new StringBuilder(64 * nodes.size() + 16 * linkCount());
        js.append("studysiteGraph.receive({\"nodes\":[");
        for (int i = 0; i < nodes.size(); i++) {
            js.append(i == 0 ? "" : ",\n");
            node(js, i, RelativeUrl.between("index.html", pages[i]));
        }
        js.append("],\n\"links\":[");
        boolean first = true;
        for (int s = 0; s < nodes.size(); s++) {
            for (int t : out[s]) {
                js.append(first ? "" : ",").append('[').append(s).append(',').append(t).append(']');
                first = false;
            }
        }
        return js.append("]});\n").toString();
    }

    /**
     * A note's neighbourhood as JSON for inside its page's {@code <script type="application/json">}: the note
     * first, then the notes it links to and that link to it (the best connected {@value #LOCAL_LIMIT}), the links
     * among them, and how many neighbours were left out. URLs are relative to the note's page.
     */
    public String localJson(VaultPath note) {
        int center = indexOf(note);
        TreeSet<Integer> all = new TreeSet<>();
        for (int n : out[center]) all.add(n);
        for (int n : in[center]) all.add(n);
        List<Integer> neighbours = all.stream()
                .sorted(Comparator.comparingInt((Integer n) -> -(out[n].length + in[n].length)).thenComparing(n -> n))
                .limit(LOCAL_LIMIT).toList();
        List<Integer> shown = new ArrayList<>();
        shown.add(center);
        shown.addAll(neighbours);
        Map<Integer, Integer> position = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            position.put(shown.get(i), i);
        }
        String page = pages[center];
        StringBuilder json = new StringBuilder("{\"nodes\":[");
        for (int i = 0; i < shown.size(); i++) {
            json.append(i == 0 ? "" : ",");
            node(json, shown.get(i), RelativeUrl.between(page, pages[shown.get(i)]));
        }
        json.append("],\"links\":[");
        boolean first = true;
        for (int i = 0; i < shown.size(); i++) {
            for (int t : out[shown.get(i)]) {
                Integer j = position.get(t);
                if (j != null) {
                    json.append(first ? "" : ",").append('[').append(i).append(',').append(j).append(']');
                    first = false;
                }
            }
        }
        return json.append("],\"omitted\":").append(all.size() - neighbours.size()).append('}').toString();
    }

    /** Every note with its link counts, for the global page's list, in natural order of titles. */
    public List<Views.GraphEntry> entries(String fromPage) {
        List<Views.GraphEntry> entries = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            entries.add(new Views.GraphEntry(nodes.get(i).title(), RelativeUrl.between(fromPage, pages[i]),
                    groups[i], out[i].length, in[i].length));
        }
        entries.sort(Comparator.comparing(Views.GraphEntry::title, NaturalOrder.INSTANCE).thenComparing(Views.GraphEntry::url));
        return entries;
    }

    private int indexOf(VaultPath note) {
        Integer i = index.get(note);
        if (i == null) {
            throw new IllegalArgumentException("not a published note: " + note);
        }
        return i;
    }

    private void node(StringBuilder json, int i, String url) {
        json.append('[').append(Json.string(nodes.get(i).title())).append(',').append(Json.string(url)).append(',')
                .append(Json.string(groups[i])).append(']');
    }

    private static int[][] toArrays(List<TreeSet<Integer>> sets) {
        return sets.stream().map(s -> s.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }
}
