package io.studysite.cli;

import io.studysite.BuildOptions;
import io.studysite.output.OutputFolder;
import io.studysite.serve.DevServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/** {@code studysite serve}: the authoring loop, a site that rebuilds and reloads as notes are saved. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on loopback and rebuilds and reloads open pages when notes or the theme change. Ctrl-C stops.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--content", paramLabel = "DIR", description = "the vault to serve (default: ${DEFAULT-VALUE})")
    Path content = Path.of("content");

    @Option(names = "--out", paramLabel = "DIR", description = "where the site is built (default: a temporary folder, deleted on exit)")
    Path out;

    @Option(names = "--theme", paramLabel = "DIR", description = "a theme folder overriding the bundled theme file by file; watched too")
    Path theme;

    @Option(names = "--port", description = "the port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String bind = "127.0.0.1";

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (!Files.isDirectory(content)) {
            err.println("error[usage]: the content folder " + content + " does not exist");
            err.flush();
            return ExitCodes.USAGE;
        }
        // The first build can take a while on a large vault: a port already taken is reported before it.
        Optional<String> portProblem = portProblem();
        if (portProblem.isPresent()) {
            err.println(cannotListen(portProblem.get()));
            err.flush();
            return ExitCodes.USAGE;
        }
        boolean temporary = out == null;
        Path site = temporary ? Files.createTempDirectory("studysite-serve-").resolve("site") : out;
        Optional<String> refusal = OutputFolder.refusal(content, site);
        if (refusal.isPresent()) {
            err.println("error[usage]: " + refusal.get());
            err.flush();
            return ExitCodes.USAGE;
        }
        BuildOptions options = new BuildOptions(content, site, Optional.ofNullable(theme), false, true);
        CountDownLatch stopped = new CountDownLatch(1);
        DevServer server;
        try {
            server = DevServer.start(options, bind, port, line -> { stdout.println(line); stdout.flush(); });
        } catch (java.net.BindException e) {
            err.println(cannotListen(e.getMessage()));
            err.flush();
            return ExitCodes.USAGE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                if (temporary) {
                    deleteTree(site.getParent());
                }
            } catch (IOException | RuntimeException e) {
                err.println("warning: could not clean up: " + e.getMessage());
            } finally {
                stdout.println("stopped");
                stdout.flush();
                err.flush();
                stopped.countDown();
            }
        }));
        stdout.println("serving " + server.address() + " (Ctrl-C to stop)");
        stdout.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    /** Why the server could not listen on {@code bind:port}, found by binding it for a moment; empty when it can. */
    private Optional<String> portProblem() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(bind, port));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
    }

    private String cannotListen(String why) {
        return "error[usage]: cannot listen on " + bind + ":" + port + ": " + why + " (try another --port, or --port 0)";
    }

    /** Deletes the temporary site; a last rebuild may still be swapping folders in it, so a second pass catches up. */
    private static void deleteTree(Path folder) throws IOException {
        for (int pass = 0; pass < 2 && Files.exists(folder); pass++) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.UncheckedIOException e) {
                // A file went away while walking: walk again.
            }
        }
    }
}
