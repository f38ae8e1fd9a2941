package io.studysite.maven;

import io.studysite.serve.DevServer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/**
 * The authoring loop from Maven: builds the vault, serves it on loopback, rebuilds after each save and reloads
 * the open pages, as {@code studysite serve} does. Runs until Maven is stopped (Ctrl-C).
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = false)
public final class ServeMojo extends AbstractStudysiteMojo {

    /** Where the site is built while serving. */
    @Parameter(property = "studysite.outputDirectory", defaultValue = "${project.build.directory}/site", required = true)
    private File outputDirectory;

    /** The port; 0 picks a free one. */
    @Parameter(property = "studysite.port", defaultValue = "8080")
    private int port;

    /** The address to listen on: this machine only, unless you mean otherwise. */
    @Parameter(property = "studysite.bind", defaultValue = "127.0.0.1")
    private String bind;

    @Override
    protected void run() throws MojoExecutionException {
        CountDownLatch stopped = new CountDownLatch(1);
        try (DevServer server = DevServer.start(options(outputDirectory.toPath(), false, true), bind, port,
                line -> getLog().info("studysite: " + line))) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            getLog().info("studysite: serving " + server.address() + " (Ctrl-C to stop)");
            stopped.await();
        } catch (IOException e) {
            throw new MojoExecutionException("studysite: cannot serve on " + bind + ":" + port + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
