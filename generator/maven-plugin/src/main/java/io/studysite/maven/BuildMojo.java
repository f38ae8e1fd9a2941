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
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Publishes a vault as a static study site: the same build as {@code studysite build}.
 * Content errors (and warnings with {@code strict}) fail the build; the previous site stays untouched.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public final class BuildMojo extends AbstractMojo {

    /** The vault to publish. */
    @Parameter(property = "studysite.contentDirectory", defaultValue = "${basedir}/content", required = true)
    private File contentDirectory;

    /** Where the site goes; replaced whole by each build. */
    @Parameter(property = "studysite.outputDirectory", defaultValue = "${project.build.directory}/site", required = true)
    private File outputDirectory;

    /** A theme folder that overrides the bundled default theme one file at a time. */
    @Parameter(property = "studysite.themeDirectory")
    private File themeDirectory;

    /** Warnings fail the build too. */
    @Parameter(property = "studysite.strict", defaultValue = "false")
    private boolean strict;

    /** Log the time each pipeline stage took. */
    @Parameter(property = "studysite.verbose", defaultValue = "false")
    private boolean verbose;

    /** Skip the build. */
    @Parameter(property = "studysite.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("studysite: skipped");
            return;
        }
        BuildOptions options = new BuildOptions(contentDirectory.toPath(), outputDirectory.toPath(),
                Optional.ofNullable(themeDirectory).map(File::toPath), strict, true);
        BuildResult result;
        try {
            result = new SiteBuilder().build(options);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("studysite: internal error: " + e.getMessage(), e);
        }
        DiagnosticFormatter formatter = new DiagnosticFormatter(Path.of(""));
        for (Diagnostic d : result.diagnostics()) {
            switch (d.severity()) {
                case ERROR -> log.error(formatter.format(d));
                case WARNING -> log.warn(formatter.format(d));
                case INFO -> log.info(formatter.format(d));
            }
        }
        if (!result.diagnostics().isEmpty()) {
            log.info(formatter.summary(result.diagnostics()));
        }
        if (verbose) {
            result.stageTimes().forEach((stage, time) -> log.info(String.format("  %-14s %6d ms", stage, time.toMillis())));
        }
        switch (result.outcome()) {
            case OK -> log.info("studysite: built " + result.notes() + " notes into "
                    + outputDirectory.toPath().resolve("index.html"));
            case CONTENT_ERRORS -> throw new MojoFailureException("studysite: the content has errors"
                    + (strict ? " (strict: warnings count)" : "") + "; the site was not written");
            case USAGE_ERROR -> throw new MojoExecutionException("studysite: configuration error, see above");
            case INTERNAL_ERROR -> throw new MojoExecutionException("studysite: internal error");
        }
    }
}
