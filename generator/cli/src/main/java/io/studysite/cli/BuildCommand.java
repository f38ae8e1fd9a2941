package io.studysite.cli;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code studysite build}: publishes a vault into a site folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site. Exit codes: 0 ok, 1 content errors, 2 usage or configuration error, 3 internal error.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--content", paramLabel = "DIR", description = "the vault to publish (default: ${DEFAULT-VALUE})")
    Path content = Path.of("content");

    @Option(names = "--out", paramLabel = "DIR", description = "where the site goes; replaced whole (default: " + DefaultSite.DESCRIPTION + ")")
    Path out;

    @Option(names = "--theme", paramLabel = "DIR", description = "a theme folder overriding the bundled theme file by file")
    Path theme;

    @Option(names = "--strict", description = "warnings fail the build too")
    boolean strict;

    @Option(names = "--verbose", description = "print why the service cross-reference is on, and the time each stage took")
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path out = this.out != null ? this.out : DefaultSite.beside(content);
        BuildOptions options = new BuildOptions(content, out, Optional.ofNullable(theme), strict, true);
        BuildResult result = new SiteBuilder().build(options);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        DiagnosticReport.here().printLines(result.diagnostics(), err);
        if (verbose) {
            DiagnosticReport.here().printEach(result.verbose(), err);
            for (Map.Entry<String, Duration> stage : result.stageTimes().entrySet()) {
                err.printf("  %-14s %6d ms%n", stage.getKey(), stage.getValue().toMillis());
            }
        }
        if (result.written()) {
            outWriter.printf("built %d %s into %s (%d pages, %,d bytes)%n", result.notes(), result.notes() == 1 ? "note" : "notes",
                    out.toAbsolutePath().normalize().resolve("index.html"), result.pages(), result.bytesWritten());
        } else if (result.outcome() == BuildResult.Outcome.CONTENT_ERRORS) {
            err.println("the site was not written" + (strict ? " (--strict: warnings fail the build)" : "")
                    + "; the previous site, if any, is unchanged");
        }
        err.flush();
        outWriter.flush();
        return result.exitCode();
    }
}
