package io.studysite.render;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.testing.SiteLinkChecker;
import io.studysite.testing.TestVault;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The graph view's data: the global script, each note's inline neighbourhood, and the graph page's list. */
class GraphDataTest {
    @TempDir
    Path tmp;

    private void build(Map<String, String> files) throws IOException {
        Path vault = TestVault.write(tmp.resolve("vault"), files);
        BuildResult result = new SiteBuilder().build(BuildOptions.of(vault, tmp.resolve("site")));
        assertThat(result.outcome()).isEqualTo(BuildResult.Outcome.OK);
        SiteLinkChecker.Report links = SiteLinkChecker.check(tmp.resolve("site"));
        assertThat(links.ok()).as(links.describe()).isTrue();
    }

    private void build(String... pathsAndTexts) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        build(files);
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(tmp.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    /** The object {@code _studysite/graph/graph.js} hands to {@code studysiteGraph.receive}. */
    @SuppressWarnings("unchecked")
    private Map<String, List<List<Object>>> globalData() throws IOException {
        String script = Files.readString(tmp.resolve("site/_studysite/graph/graph.js"), StandardCharsets.UTF_8).trim();
        assertThat(script).startsWith("studysiteGraph.receive(").endsWith(");");
        return new Json().toType(script.substring("studysiteGraph.receive(".length(), script.length() - 2), Map.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> localData(String page) throws IOException {
        Element data = page(page).selectFirst("section.local-graph script.local-graph-data[type=application/json]");
        assertThat(data).as(page + " has its local graph data").isNotNull();
        return new Json().toType(data.data(), Map.class);
    }

    /** Links as "source title → target title", to read the assertions. */
    private static List<String> named(List<List<Object>> nodes, List<List<Object>> links) {
        List<String> out = new ArrayList<>();
        for (List<Object> l : links) {
            out.add(nodes.get(((Number) l.get(0)).intValue()).get(0) + " → " + nodes.get(((Number) l.get(1)).intValue()).get(0));
        }
        return out;
    }

    @Test
    void theGlobalGraphHasEveryPublishedNoteAndEachLinkOnce() throws IOException {
        build("A.md", "# Alpha\n[[B]] and [[B]] again, [[B#Part|a part of B]], [[C]], [[A]] itself, [[#Local]], [[Missing]].\n## Local\n",
                "Folder/B.md", "# Beta\n## Part\n[[A]] back, ![[Draft]] embedded, [text](../A.md).\n",
                "Folder/Deeper/C.md", "# Gamma\nNo links.\n",
                "Draft.md", "---\ndraft: true\n---\n# Draft\n[[A]] from a draft.\n",
                "Hidden.md", "---\npublish: false\n---\n# Hidden\n[[C]]\n");
        Map<String, List<List<Object>>> data = globalData();
        List<List<Object>> nodes = data.get("nodes");
        assertThat(nodes).containsExactly(
                List.of("A", "a.html", ""),
                List.of("B", "folder/b.html", "Folder"),
                List.of("C", "folder/deeper/c.html", "Folder"));
        assertThat(named(nodes, data.get("links"))).containsExactly("A → B", "A → C", "B → A");
    }

    @Test
    void aNotePageCarriesItsLinksAndBacklinksAndTheLinksAmongThem() throws IOException {
        build("Hub.md", "# Hub\n[[One]] [[Two]]\n",
                "One.md", "# One\n[[Two]]\n",
                "Two.md", "# Two\n",
                "Fan.md", "# Fan\n[[Hub]]\n",
                "Far.md", "# Far\n[[One]]\n",
                "Alone.md", "# Alone\n");
        Map<String, Object> hub = localData("hub.html");
        @SuppressWarnings("unchecked") List<List<Object>> nodes = (List<List<Object>>) hub.get("nodes");
        @SuppressWarnings("unchecked") List<List<Object>> links = (List<List<Object>>) hub.get("links");
        assertThat(nodes.get(0)).containsExactly("Hub", "hub.html", "");
        assertThat(nodes).extracting(n -> n.get(0)).containsExactlyInAnyOrder("Hub", "One", "Two", "Fan");
        assertThat(named(nodes, links)).containsExactlyInAnyOrder("Hub → One", "Hub → Two", "One → Two", "Fan → Hub");
        assertThat(((Number) hub.get("omitted")).intValue()).isZero();

        Map<String, Object> alone = localData("alone.html");
        assertThat((List<?>) alone.get("nodes")).hasSize(1);
        assertThat((List<?>) alone.get("links")).isEmpty();
        assertThat(page("alone.html").select("section.local-graph a").eachAttr("href"))
                .containsExactly("graph/index.html?note=alone.html");
    }

    @Test
    void aLocalGraphKeepsTheBestConnectedNeighboursAndSaysHowManyItLeftOut() throws IOException {
        Map<String, String> files = new TreeMap<>();
        StringBuilder hub = new StringBuilder("# Hub\n");
        int spokes = GraphData.LOCAL_LIMIT + 15;
        for (int i = 1; i <= spokes; i++) {
            hub.append("[[Spoke ").append(i).append("]]\n");
            // The last three spokes are linked from elsewhere too: they must be among those kept.
            files.put("Spoke " + i + ".md", "# Spoke " + i + "\n");
        }
        files.put("Hub.md", hub.toString());
        files.put("Other.md", "# Other\n[[Spoke " + spokes + "]] [[Spoke " + (spokes - 1) + "]] [[Spoke " + (spokes - 2) + "]]\n");
        build(files);
        Map<String, Object> local = localData("hub.html");
        @SuppressWarnings("unchecked") List<List<Object>> nodes = (List<List<Object>>) local.get("nodes");
        assertThat(nodes).hasSize(GraphData.LOCAL_LIMIT + 1);
        assertThat(((Number) local.get("omitted")).intValue()).isEqualTo(15);
        assertThat(nodes).extracting(n -> n.get(0)).contains("Spoke " + spokes, "Spoke " + (spokes - 1), "Spoke " + (spokes - 2));
        assertThat((List<?>) local.get("links")).hasSize(GraphData.LOCAL_LIMIT);
        // The global graph has them all.
        assertThat(globalData().get("nodes")).hasSize(spokes + 2);
    }

    @Test
    void titlesCannotEndTheScriptElementTheyRideIn() throws IOException {
        build("Evil.md", "---\ntitle: \"</script><img src=x onerror=alert(1)>\"\n---\n[[Plain]]\n",
                "Plain.md", "# Plain\n");
        String html = Files.readString(tmp.resolve("site/plain.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("\\u003c/script>").doesNotContain("<img src=x");
        Map<String, Object> local = localData("plain.html");
        @SuppressWarnings("unchecked") List<List<Object>> nodes = (List<List<Object>>) local.get("nodes");
        assertThat(nodes).extracting(n -> n.get(0)).containsExactly("Plain", "</script><img src=x onerror=alert(1)>");
        assertThat(Files.readString(tmp.resolve("site/_studysite/graph/graph.js"), StandardCharsets.UTF_8))
                .doesNotContain("</script>");
    }

    @Test
    void theGraphPageListsEveryNoteWithItsLinkCountsAndShipsTheForceLayout() throws IOException {
        build("Graph/A.md", "# A\n[[B]] [[C]]\n", "B.md", "# B\n[[A]]\n", "C.md", "# C\n");
        // The vault's folder Graph/ keeps its name: the graph page moves under _studysite/.
        Document graph = page("_studysite/graph/index.html");
        assertThat(graph.select("canvas.global-graph").attr("role")).isEqualTo("img");
        assertThat(graph.select("canvas.global-graph").attr("aria-label")).isNotBlank();
        assertThat(graph.select("label[for=graph-find]").text()).isEqualTo("Find a note");
        assertThat(graph.select("details.graph-list summary").text()).isEqualTo("All notes as a list");
        assertThat(graph.select("details.graph-list li").eachText())
                .containsExactly("A 2 out, 1 in", "B 1 out, 1 in", "C 0 out, 1 in");
        assertThat(graph.select("details.graph-list a").eachAttr("href"))
                .containsExactly("../../graph/a.html", "../../b.html", "../../c.html");
        assertThat(graph.select("script[src]").eachAttr("src")).containsSubsequence(
                "../../_studysite/d3/d3-dispatch.min.js", "../../_studysite/d3/d3-quadtree.min.js",
                "../../_studysite/d3/d3-timer.min.js", "../../_studysite/d3/d3-force.min.js",
                "../../_studysite/graph.js", "../../_studysite/graph/graph.js");
        assertThat(page("b.html").select(".site-nav a").eachText()).contains("Graph");
        assertThat(page("b.html").select("section.local-graph h2").text()).isEqualTo("Graph");
        assertThat(page("index.html").select("script[src*=d3]")).as("pages without a graph load no d3").isEmpty();
        for (String file : List.of("d3-dispatch", "d3-quadtree", "d3-timer", "d3-force")) {
            assertThat(tmp.resolve("site/_studysite/d3/" + file + ".min.js")).isNotEmptyFile();
        }
    }
}
