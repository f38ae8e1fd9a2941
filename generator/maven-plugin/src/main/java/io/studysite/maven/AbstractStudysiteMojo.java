package io.studysite.maven;

import io.studysite.BuildOptions;
import io.studysite.BuildResult;
import io.studysite.SiteBuilder;
import io.studysite.diag.Diagnostic;
import io.studysite.diag.DiagnosticFormatter;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every studysite goal shares: the vault, the theme, {@code verbose} and {@code skip}, and turning
 * a {@link BuildResult} into log lines. A goal only says what it does with the vault in {@link #run()}.
 */
abstract class AbstractStudysiteMojo extends AbstractMojo {

    /** The vault: a folder of notes, never written to. */
    @Parameter(property = "studysite.contentDirectory", defaultValue = "${basedir}/content", required = true)
    protected File contentDirectory;

    /** A theme folder ({@code templates/*.peb}, {@code static/**}) that overrides the bundled theme one file at a time. */
    @Parameter(property = "studysite.themeDirectory")
    protected File themeDirectory;

    /** Log the time each pipeline stage took. */
    @Parameter(property = "studysite.verbose", defaultValue = "false")
    protected boolean verbose;

    /** Skip this goal. */
    @Parameter(property = "studysite.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("studysite: skipped");
            return;
        }
        run();
    }

    /** The goal's work, when it is not skipped. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** Build options for this vault and theme; {@code write} false only checks. */
    protected BuildOptions options(Path output, boolean failOnWarnings, boolean write) {
        return new BuildOptions(contentDirectory.toPath(), output,
                Optional.ofNullable(themeDirectory).map(File::toPath), failOnWarnings, write);
    }

    /**
     * Runs the pipeline and logs every diagnostic, one per line, at its severity's level. A diagnostic that an
     * earlier goal of this project already logged for the same vault ({@code check} before {@code build}) is not
     * logged again: the two goals see the same problems, and the reader needs them once.
     */
    protected BuildResult runPipeline(BuildOptions options) throws MojoExecutionException {
        BuildResult result;
        try {
            result = new SiteBuilder().build(options);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("studysite: internal error: " + e.getMessage(), e);
        }
        Log log = getLog();
        DiagnosticFormatter formatter = new DiagnosticFormatter(Path.of(""));
        Set<String> reported = reportedFor(options.content());
        int repeated = 0;
        for (Diagnostic d : result.diagnostics()) {
            String line = formatter.format(d);
            if (!reported.add(line)) {
                repeated++;
                continue;
            }
            switch (d.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
        if (repeated > 0) {
            log.info("studysite: " + count(repeated, "problem") + " reported above by an earlier goal, not repeated");
        }
        if (verbose) {
            result.verbose().forEach(d -> log.info(formatter.format(d)));
            result.stageTimes().forEach((stage, time) -> log.info(String.format("  %-14s %6d ms", stage, time.toMillis())));
        }
        return result;
    }

    /**
     * The diagnostics already logged for this vault in this project's build. The plugin context is shared by
     * this plugin's goals within one project, and lives as long as the Maven session.
     */
    @SuppressWarnings("unchecked")
    private Set<String> reportedFor(Path content) {
        Map<Object, Object> context = getPluginContext();
        if (context == null) {
            return new HashSet<>();
        }
        String key = "studysite.reported:" + content.toAbsolutePath().normalize();
        synchronized (context) {
            return (Set<String>) context.computeIfAbsent(key, k -> java.util.Collections.synchronizedSet(new HashSet<String>()));
        }
    }

    /** The summary line of a result's diagnostics: "2 errors, 1 warning in 2 files", or "no problems". */
    protected static String summary(BuildResult result) {
        return new DiagnosticFormatter(Path.of("")).summary(result.diagnostics());
    }

    /** "1 note", "2 notes". */
    protected static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Usage and internal errors fail any goal; content errors are the goal's to report. */
    protected static void failOnMisuse(BuildResult result) throws MojoExecutionException {
        switch (result.outcome()) {
            case USAGE_ERROR -> throw new MojoExecutionException("studysite: configuration error, see above");
            case INTERNAL_ERROR -> throw new MojoExecutionException("studysite: internal error");
            default -> { }
        }
    }
}
