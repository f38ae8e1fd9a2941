package io.studysite.cli;

import io.studysite.search.Json;
import io.studysite.search.SearchIndex;
import io.studysite.search.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code studysite search}: ranked sections from the index the last build left beside the site. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches the notes of a built site, section by section, ranked like the site's own search.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", description = "the words to find (all are required)")
    String query;

    @Option(names = "--content", paramLabel = "DIR", description = "the vault that was built, when --out is not given (default: ${DEFAULT-VALUE})")
    Path content = Path.of("content");

    @Option(names = "--out", paramLabel = "DIR", description = "the site folder that was built (default: " + DefaultSite.DESCRIPTION + ", as build does)")
    Path out;

    @Option(names = "--service", paramLabel = "NAME", description = "only sections about this service (repeatable)")
    List<String> services = List.of();

    @Option(names = "--tag", paramLabel = "TAG", description = "only sections of notes with this tag (repeatable)")
    List<String> tags = List.of();

    @Option(names = "--limit", paramLabel = "N", description = "at most N results (default: ${DEFAULT-VALUE})")
    int limit = 10;

    @Option(names = "--json", description = "print the results as JSON, for tools")
    boolean json;

    @Option(names = "--prefix", description = "the last word may be unfinished, as in the search box while typing")
    boolean prefix;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path out = this.out != null ? this.out : DefaultSite.beside(content);
        Path index = SearchIndex.folderFor(out);
        if (!Files.isDirectory(index)) {
            stderr.println("studysite: error[usage]: no search index for " + out + "; build the site first (studysite build --out " + out + ")");
            return ExitCodes.USAGE;
        }
        SearchQuery search = new SearchQuery(query, services, tags, prefix);
        List<SearchIndex.Hit> hits = SearchIndex.search(index, search, limit);
        if (json) {
            stdout.println(toJson(hits));
        } else if (hits.isEmpty()) {
            stdout.println("no section matches \"" + query + "\"");
            SearchIndex.suggest(index, search).ifPresent(respelt -> stdout.println("did you mean: " + respelt));
        } else {
            for (SearchIndex.Hit hit : hits) {
                stdout.printf(Locale.ROOT, "%s  (%.4f)%n  %s%n  %s%n%n", hit.place(), hit.score(), hit.snippet(),
                        out.resolve(hit.url()));
            }
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    private static String toJson(List<SearchIndex.Hit> hits) {
        StringBuilder out = new StringBuilder("[");
        for (SearchIndex.Hit hit : hits) {
            if (out.length() > 1) out.append(',');
            out.append("\n  {\"place\": ").append(Json.string(hit.place()))
                    .append(", \"score\": ").append(hit.score())
                    .append(", \"url\": ").append(Json.string(hit.url()))
                    .append(", \"note\": ").append(Json.string(hit.note()))
                    .append(", \"snippet\": ").append(Json.string(hit.snippet()))
                    .append(", \"tags\": [").append(String.join(", ", hit.tags().stream().map(Json::string).toList()))
                    .append("]}");
        }
        return out.append(hits.isEmpty() ? "]" : "\n]").toString();
    }
}
