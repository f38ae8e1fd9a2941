package io.studysite.cli;

import io.studysite.search.Json;
import io.studysite.search.SearchIndex;
import io.studysite.search.SearchQuery;
import io.studysite.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code studysite search}: ranked notes, each with its best sections, from the index the last build left
 * beside the site; the same results, in the same order, as the site's search page.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches the notes of a built site, ranked like the site's own search: each note with its best sections.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", description = "the words to find (all are required; a last word no note uses is a prefix)")
    String query;

    @Option(names = "--content", paramLabel = "DIR", description = "the vault that was built, when --out is not given (default: ${DEFAULT-VALUE})")
    Path content = Path.of("content");

    @Option(names = "--out", paramLabel = "DIR", description = "the site folder that was built (default: " + DefaultSite.DESCRIPTION + ", as build does)")
    Path out;

    @Option(names = "--service", paramLabel = "NAME", description = "only sections about this service (repeatable)")
    List<String> services = List.of();

    @Option(names = "--tag", paramLabel = "TAG", description = "only sections of notes with this tag (repeatable)")
    List<String> tags = List.of();

    @Option(names = "--limit", paramLabel = "N", description = "at most N notes (default: ${DEFAULT-VALUE})")
    int limit = 10;

    @Option(names = "--json", description = "print the results as JSON, for tools")
    boolean json;

    @Option(names = "--prefix", description = "the last word may be unfinished, as in the search box while typing")
    boolean prefix;

    @Option(names = "--as-typed", description = "when nothing matches, only suggest a respelling instead of showing its results")
    boolean asTyped;

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
        SearchResults results = SearchResults.find(index, new SearchQuery(query, services, tags, prefix), limit, !asTyped);
        if (json) {
            stdout.println(toJson(results));
        } else {
            print(results, out, stdout);
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    private void print(SearchResults results, Path site, PrintWriter stdout) {
        if (results.respelt()) {
            stdout.println("showing results for \"" + results.query() + "\": no note matches \"" + query
                    + "\" (--as-typed searches only the words as typed)");
            stdout.println();
        }
        if (results.notes().isEmpty()) {
            stdout.println("no note matches \"" + query + "\"");
            results.suggestion().ifPresent(respelt -> stdout.println("did you mean: " + respelt));
            return;
        }
        for (SearchResults.NoteHit note : results.notes()) {
            stdout.printf(Locale.ROOT, "%s  (%d %s)%n", note.title(), note.matched(), note.matched() == 1 ? "section" : "sections");
            for (SearchIndex.Hit hit : note.sections()) {
                String heading = hit.shownHeadings().isEmpty() ? note.title() : String.join(" › ", hit.shownHeadings());
                stdout.printf(Locale.ROOT, "  %s  (%.4f)%n    %s%n    %s%n", heading, hit.score(), hit.snippet(), site.resolve(hit.url()));
            }
            stdout.println();
        }
    }

    private static String toJson(SearchResults results) {
        StringBuilder out = new StringBuilder("{\"query\": ").append(Json.string(results.query()))
                .append(", \"respelt\": ").append(results.respelt())
                .append(", \"suggestion\": ").append(results.suggestion().map(Json::string).orElse("null"))
                .append(", \"sections\": ").append(results.sections())
                .append(", \"notes\": ").append(results.noteCount())
                .append(", \"results\": [");
        String noteSeparator = "";
        for (SearchResults.NoteHit note : results.notes()) {
            out.append(noteSeparator).append("\n  {\"note\": ").append(Json.string(note.note()))
                    .append(", \"title\": ").append(Json.string(note.title()))
                    .append(", \"url\": ").append(Json.string(note.url()))
                    .append(", \"score\": ").append(note.score())
                    .append(", \"matched\": ").append(note.matched())
                    .append(", \"sections\": [");
            String separator = "";
            for (SearchIndex.Hit hit : note.sections()) {
                out.append(separator).append("\n    {\"place\": ").append(Json.string(hit.place()))
                        .append(", \"headings\": ").append(Json.array(hit.shownHeadings()))
                        .append(", \"score\": ").append(hit.score())
                        .append(", \"url\": ").append(Json.string(hit.url()))
                        .append(", \"snippet\": ").append(Json.string(hit.snippet()))
                        .append(", \"tags\": ").append(Json.array(hit.tags()))
                        .append(", \"services\": ").append(Json.array(hit.services()))
                        .append('}');
                separator = ",";
            }
            out.append("]}");
            noteSeparator = ",";
        }
        return out.append(results.notes().isEmpty() ? "]}" : "\n]}").toString();
    }
}
