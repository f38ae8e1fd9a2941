package io.studysite.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** {@code studysite init}: a starter vault in a new or empty folder. Never overwrites anything. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Creates a starter vault (studysite.yml and two notes) in a new or empty folder; never overwrites anything. "
                + "Exit codes: 0 ok, 2 the folder is not empty or cannot be written.")
final class InitCommand implements Callable<Integer> {
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    @Parameters(paramLabel = "DIR", description = "the folder to create the vault in: new, or empty")
    Path folder;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path root = folder.toAbsolutePath().normalize();
        String refusal = refusal(root);
        if (refusal != null) {
            stderr.println("studysite: error[usage]: " + refusal);
            stderr.flush();
            return ExitCodes.USAGE;
        }
        String title = root.getFileName() == null ? "Notes" : root.getFileName().toString();
        Map<String, String> files = StarterVault.files(title);
        try {
            Files.createDirectories(root);
            for (Map.Entry<String, String> file : files.entrySet()) {
                // CREATE_NEW: a file that appeared meanwhile is left alone, and init stops.
                Files.writeString(root.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (IOException e) {
            stderr.println("studysite: error[usage]: cannot create the vault in " + shown(root) + ": " + e);
            stderr.flush();
            return ExitCodes.USAGE;
        }
        String vault = shown(root);
        Path site = DefaultSite.beside(root);
        stdout.println("created a starter vault in " + vault + ":");
        files.keySet().forEach(name -> stdout.println("  " + shown(root.resolve(name))));
        stdout.println();
        stdout.println("next, check the notes (this writes nothing), build the site, then open "
                + shown(site.resolve("index.html")) + ":");
        stdout.println("  studysite check --content " + shellWord(vault));
        stdout.println("  studysite build --content " + shellWord(vault) + " --out " + shellWord(shown(site)));
        stdout.flush();
        return ExitCodes.OK;
    }

    /** Why init will not write into this folder, or null when it may. */
    private static String refusal(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isDirectory(root)) {
            return shown(root) + " exists and is not a folder";
        }
        try (Stream<Path> entries = Files.list(root)) {
            if (entries.findAny().isPresent()) {
                return shown(root) + " is not empty; init creates a vault only in a new or empty folder, and never overwrites anything";
            }
        } catch (IOException e) {
            return "cannot read " + shown(root) + ": " + e;
        }
        return null;
    }

    /** Relative to the working directory when inside it, with '/'. */
    private static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(here)) {
            return absolute.toString().replace('\\', '/');
        }
        String relative = here.relativize(absolute).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }

    /** Quoted for a POSIX shell when it has to be, so the printed commands can be pasted as they are. */
    private static String shellWord(String word) {
        return SHELL_SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
