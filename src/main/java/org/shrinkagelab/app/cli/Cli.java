package org.shrinkagelab.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: the same computations as the tabs, no display needed. */
@Command(name = "shrinkage-lab", mixinStandardHelpOptions = true, version = "Shrinkage Lab 0.1.0",
        description = "Exploring Bayesian models by hand. Without a subcommand the window opens.",
        subcommands = {SummaryCommand.class, DiagnoseCommand.class, ExportFiguresCommand.class, BenchCommand.class,
                SimulateCommand.class,
                LooCommand.class,
                SbcCommand.class,
                PeriodogramCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli {

    /** Exit code for bad usage: unknown problem or option, value out of range, malformed input file. */
    public static final int USAGE = 2;

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** A configured command line writing to the given streams (tests capture them). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        // A problem's own options (--mu0 ...) are validated against its parameter specs, not by picocli.
        cl.getSubcommands().get("summary").setUnmatchedOptionsArePositionalParams(true);
        cl.getSubcommands().get("summary").getCommandSpec().usageMessage().footer(ProblemOptions.help());
        cl.getSubcommands().get("simulate").setUnmatchedOptionsArePositionalParams(true);
        cl.getSubcommands().get("sbc").setUnmatchedOptionsArePositionalParams(true);
        cl.getSubcommands().get("bench").setUnmatchedOptionsArePositionalParams(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof IllegalArgumentException) {
                commandLine.getErr().println("error: " + ex.getMessage());
                return USAGE;
            }
            String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
            commandLine.getErr().println("error: " + message);
            return 1;
        });
        return cl;
    }
}
