package io.studysite.cli;

import io.studysite.diag.DiagnosticFormatter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code studysite} command. Subcommands parse options, call the core facade and report. */
@Command(name = "studysite", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns a folder of Obsidian or Jekyll notes into a static study site that works offline.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, InitCommand.class, SearchCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. studysite build");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("studysite: internal error: " + DiagnosticFormatter.printable(String.valueOf(e)));
            e.printStackTrace(cmd.getErr());
            return ExitCodes.INTERNAL_ERROR;
        });
        try {
            return cli.execute(args);
        } catch (VirtualMachineError e) {
            // picocli hands only exceptions to the handler above; out of stack or memory is ours too, not the content's.
            cli.getErr().println("studysite: internal error: " + DiagnosticFormatter.printable(String.valueOf(e)));
            return ExitCodes.INTERNAL_ERROR;
        }
    }
}
