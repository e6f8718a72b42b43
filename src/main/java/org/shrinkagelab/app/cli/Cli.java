package org.shrinkagelab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.shrinkagelab.charts.FigureExportException;
import org.shrinkagelab.data.PlainNumber;
import org.shrinkagelab.data.UntrustedText;
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

    /**
     * Exit code for bad input: unknown problem or option, value out of range, malformed or unreadable input
     * file, input too large for memory.
     */
    public static final int USAGE = 2;
    /** Exit code for a failure to write output (full disk, permission denied on the output folder). */
    public static final int OUTPUT_FAILED = 3;
    /** Exit code for an internal error (a bug: please report it). */
    public static final int INTERNAL = 1;

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        PrintWriter err = new PrintWriter(System.err, true);
        try {
            return commandLine(new PrintWriter(System.out, true), err).execute(args);
        } catch (OutOfMemoryError e) {
            err.println("error: out of memory (Java may use " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); use smaller settings or run with more memory, e.g. JAVA_TOOL_OPTIONS=-Xmx8g");
            return USAGE;
        }
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
        // plain decimal and scientific notation only: not 2d, 0x1p1, NaN, Infinity or fullwidth digits
        cl.registerConverter(Integer.class, t -> Math.toIntExact(PlainNumber.parseLong(t)));
        cl.registerConverter(Integer.TYPE, t -> Math.toIntExact(PlainNumber.parseLong(t)));
        cl.registerConverter(Long.class, PlainNumber::parseLong);
        cl.registerConverter(Long.TYPE, PlainNumber::parseLong);
        cl.registerConverter(Double.class, PlainNumber::parseDouble);
        cl.registerConverter(Double.TYPE, PlainNumber::parseDouble);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("error: " + UntrustedText.escape(ex.getMessage()));
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
            commandLine.getErr().println("error: " + UntrustedText.escape(message));
            return exitCode(ex);
        });
        return cl;
    }

    /** The documented exit code of a failure: 2 bad input, 3 output not written, 1 anything else (a bug). */
    static int exitCode(Exception ex) {
        if (ex instanceof IllegalArgumentException) {
            return USAGE;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException || ex instanceof FigureExportException) {
            return OUTPUT_FAILED;
        }
        return INTERNAL;
    }
}
