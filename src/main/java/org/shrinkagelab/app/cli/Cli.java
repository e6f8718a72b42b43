package org.shrinkagelab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.shrinkagelab.charts.FigureExportException;
import org.shrinkagelab.data.PlainNumber;
import org.shrinkagelab.data.UntrustedText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The headless command line: the same computations as the tabs, no display needed. Its own model, as summary's,
 * is built by code: a run of summary reads no annotation, which saves the JVM's annotation proxies at start.
 */
public final class Cli {

    /**
     * The subcommands, in help order. Added by {@link #commandLine(PrintWriter, PrintWriter, String)}, not by the
     * annotation, so that a run builds picocli's model of the one subcommand it runs (every model costs
     * reflection and class loading at start). Summary comes first: finding it reads no other's annotation.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(SummaryCommand.class, DiagnoseCommand.class,
            ExportFiguresCommand.class, BenchCommand.class,
            SimulateCommand.class,
            LooCommand.class,
            SbcCommand.class,
            PeriodogramCommand.class,
            CommandLine.HelpCommand.class);

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
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * As {@link #run(String...)}, writing to the given streams. The plain form of summary skips picocli, whose
     * start (its built-in converters, old-format classes that the class-data archive cannot hold) is a fifth of
     * that command's time; every other form goes through picocli, with the same output and exit code.
     */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            PlainSummary plain = PlainSummary.of(args);
            if (plain != null) {
                return plain.run(out, err);
            }
            return commandLine(out, err, args.length > 0 ? args[0] : null).execute(args);
        } catch (OutOfMemoryError e) {
            err.println("error: out of memory (Java may use " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); use smaller settings or run with more memory, e.g. JAVA_TOOL_OPTIONS=-Xmx8g");
            return USAGE;
        }
    }

    /** A configured command line with every subcommand, writing to the given streams (tests capture them). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    /**
     * As {@link #commandLine(PrintWriter, PrintWriter)}, with only the subcommand named {@code first} when it
     * names one other than {@code help} (which lists them all), else with every subcommand.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
        CommandSpec spec = withStandardHelpOptions(CommandSpec.wrapWithoutInspection(new Cli()).name("shrinkage-lab")
                .version("Shrinkage Lab 0.1.0"));
        spec.usageMessage().description("Exploring Bayesian models by hand. Without a subcommand the window opens.");
        CommandLine cl = new CommandLine(spec);
        Class<?> named = SUBCOMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && name(c).equals(first))
                .findFirst().orElse(null);
        for (Class<?> c : named == null ? SUBCOMMANDS : List.of(named)) {
            cl.addSubcommand(c == SummaryCommand.class ? SummaryCommand.spec() : c);
        }
        cl.getSubcommands().forEach(Cli::configure);
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
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(ex, commandLine.getErr()));
        return cl;
    }

    /** A subcommand's name: summary's from its code, the others' from their {@code @Command} annotation. */
    private static String name(Class<?> c) {
        return c == SummaryCommand.class ? SummaryCommand.NAME : c.getAnnotation(Command.class).name();
    }

    /**
     * Adds {@code -h, --help} and {@code -V, --version} to a model built by code, as picocli's
     * {@code mixinStandardHelpOptions} does to an annotated one (which it builds by reflection), and returns it.
     */
    static CommandSpec withStandardHelpOptions(CommandSpec spec) {
        return spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                        .description("Show this help message and exit.").build())
                .addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                        .description("Print version information and exit.").build());
    }

    /**
     * Sets how a subcommand parses: a problem's own options (--mu0 ...) are validated against its parameter
     * specs, not by picocli.
     */
    private static void configure(String name, CommandLine sub) {
        switch (name) {
            case "summary" -> {
                sub.setUnmatchedOptionsArePositionalParams(true);
                // the problems' options, listed only when the help is shown: listing them builds every problem
                sub.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
                    help.commandSpec().usageMessage().footer(ProblemOptions.help());
                    return help.footer();
                });
            }
            case "simulate", "sbc", "bench" -> sub.setUnmatchedOptionsArePositionalParams(true);
            default -> {
                // picocli's own option handling
            }
        }
    }

    /** Reports a command's failure on one escaped {@code error:} line and returns its exit code. */
    static int failed(Exception ex, PrintWriter err) {
        String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        err.println("error: " + UntrustedText.escape(message));
        return exitCode(ex);
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
