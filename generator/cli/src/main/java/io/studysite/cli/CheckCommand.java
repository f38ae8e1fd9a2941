package io.studysite.cli;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.diag.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code studysite check}: every diagnostic a build would print, without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the notes as a build would and prints every problem; writes nothing. "
                + "Exit codes: 0 ok, 1 content errors (with --strict, warnings too), 2 usage or configuration error, 3 internal error.")
final class CheckCommand implements Callable<Integer> {
    /** Lower case, as typed on the command line. */
    enum Format { text, json }

    @Option(names = "--content", paramLabel = "DIR", description = "the vault to check (default: ${DEFAULT-VALUE})")
    Path content = Path.of("content");

    @Option(names = "--theme", paramLabel = "DIR", description = "a theme folder overriding the bundled theme file by file")
    Path theme;

    @Option(names = "--strict", description = "warnings count as errors (exit code 1)")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text: one line per problem, then a summary; json: one JSON document on stdout, for tools "
                    + "(${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // The output folder is never looked at: with write=false the build stops before rendering.
        BuildOptions options = new BuildOptions(content, Path.of("site"), Optional.ofNullable(theme), strict, false);
        BuildResult result = new SiteBuilder().build(options);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        DiagnosticReport report = DiagnosticReport.here();
        if (format == Format.json) {
            stdout.println(report.json(result.diagnostics()));
        } else if (result.outcome() == BuildResult.Outcome.USAGE_ERROR) {
            // A wrong folder or a broken studysite.yml: the notes were not checked.
            report.printLines(result.diagnostics(), stderr);
        } else if (result.diagnostics().isEmpty()) {
            stdout.printf("no problems in %d note%s%n", result.notes(), result.notes() == 1 ? "" : "s");
        } else {
            report.printLines(result.diagnostics(), stdout);
            boolean onlyWarnings = result.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR);
            if (strict && onlyWarnings && result.outcome() == BuildResult.Outcome.CONTENT_ERRORS) {
                stdout.println("(--strict: warnings count as errors)");
            }
        }
        stdout.flush();
        stderr.flush();
        return result.exitCode();
    }
}
