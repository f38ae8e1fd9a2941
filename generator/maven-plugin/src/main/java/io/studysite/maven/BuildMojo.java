package io.studysite.maven;

import io.studysite.BuildResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Publishes a vault as a static study site: the same build as {@code studysite build}.
 * Content errors (and warnings with {@code strict}) fail the build; the previous site stays untouched.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public final class BuildMojo extends AbstractStudysiteMojo {

    /** Where the site goes; replaced whole by each build. */
    @Parameter(property = "studysite.outputDirectory", defaultValue = "${project.build.directory}/site", required = true)
    private File outputDirectory;

    /** Warnings fail the build too. */
    @Parameter(property = "studysite.strict", defaultValue = "false")
    private boolean strict;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        BuildResult result = runPipeline(options(outputDirectory.toPath(), strict, true));
        if (!result.diagnostics().isEmpty()) {
            getLog().info(summary(result));
        }
        failOnMisuse(result);
        if (result.outcome() == BuildResult.Outcome.CONTENT_ERRORS) {
            throw new MojoFailureException("studysite: the content has errors"
                    + (strict ? " (strict: warnings count)" : "") + "; the site was not written");
        }
        getLog().info("studysite: built " + count(result.notes(), "note") + " into "
                + outputDirectory.toPath().resolve("index.html"));
    }
}
