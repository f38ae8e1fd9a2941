package io.studysite.maven;

import io.studysite.BuildResult;
import io.studysite.diag.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks a vault without writing anything: every broken, ambiguous or missing reference is logged as
 * {@code path:line:col: severity[code]: message}. Errors fail the build, and warnings too with
 * {@code failOnWarnings}. Bound to {@code validate}, the first phase, so that a project which also runs
 * {@code build} fails before anything is published.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public final class CheckMojo extends AbstractStudysiteMojo {

    /** Warnings fail the build too. */
    @Parameter(property = "studysite.failOnWarnings", defaultValue = "false")
    private boolean failOnWarnings;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        // Nothing is written, so the output folder is never looked at.
        BuildResult result = runPipeline(options(contentDirectory.toPath(), failOnWarnings, false));
        getLog().info("studysite: checked " + count(result.notes(), "note") + ": " + summary(result));
        failOnMisuse(result);
        long errors = bySeverity(result, Severity.ERROR);
        long warnings = bySeverity(result, Severity.WARNING);
        if (errors > 0) {
            throw new MojoFailureException("studysite: the content has " + count(errors, "error"));
        }
        if (failOnWarnings && warnings > 0) {
            throw new MojoFailureException("studysite: the content has " + count(warnings, "warning")
                    + " (failOnWarnings)");
        }
    }

    private static long bySeverity(BuildResult result, Severity severity) {
        return result.diagnostics().stream().filter(d -> d.severity() == severity).count();
    }
}
