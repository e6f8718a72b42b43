package org.shrinkagelab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.engine.sample.ChainRunner;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.app.TabCatalog;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.SettingsFile;
import org.shrinkagelab.problems.Summary;
import org.shrinkagelab.problems.eightschools.exact.EightSchoolsExactProblem;
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsMcmcProblem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code summary PROBLEM [--option value ...] [--format json|table]}: the numbers a tab shows. Its picocli model is
 * built by code, not read from annotations: reading them (reflection and annotation proxies) cost every run about
 * 0.1 s of CPU at start, and this is the command run most.
 */
final class SummaryCommand implements Callable<Integer> {
    /** The subcommand's name on the command line. */
    static final String NAME = "summary";

    private final CommandSpec spec = Cli.withStandardHelpOptions(CommandSpec.wrapWithoutInspection(this).name(NAME));
    private final PositionalParamSpec problem = PositionalParamSpec.builder().index("0").arity("0..1")
            .paramLabel("PROBLEM").description("the problem id (may be left out with --settings)")
            .type(String.class).build();
    private final PositionalParamSpec options = PositionalParamSpec.builder().index("1..*").arity("0..*").paramLabel("OPTION")
            .description("--name value pairs of the problem").type(List.class).auxiliaryTypes(String.class).build();
    private final OptionSpec format = OptionSpec.builder("--format").paramLabel("<format>")
            .description("json or table (default: ${DEFAULT-VALUE})").defaultValue("table")
            .type(OutputFormat.class).build();
    private final OptionSpec settingsFile = OptionSpec.builder("--settings").paramLabel("FILE")
            .description("start from the problem and settings of an earlier summary --format json output (or a "
                    + "tab's Save settings); options given override them").type(Path.class).build();
    private final OptionSpec dataFile = OptionSpec.builder("--data").paramLabel("FILE")
            .description("eight-schools-exact and eight-schools-mcmc only: fit a school,effect,stderr CSV "
                    + "(optional unit column) instead of the bundled eight schools").type(Path.class).build();

    private SummaryCommand() {
        spec.usageMessage().description("Prints the numbers a tab shows. Options mirror the tab's controls.");
        spec.addPositional(problem).addPositional(options).addOption(format).addOption(settingsFile)
                .addOption(dataFile);
    }

    /** The picocli model of a new summary command, which runs it when picocli executes it. */
    static CommandSpec spec() {
        return new SummaryCommand().spec;
    }

    @Override
    public Integer call() throws DataFormatException {
        return run(problem.getValue(), options.getValue(), format.getValue(), settingsFile.getValue(),
                dataFile.getValue(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Runs summary on parsed arguments: the problem id (null: from the settings file), the problem's option words,
     * the format, the settings and data files (null: none), writing the summary to {@code out}, progress to {@code err}.
     */
    static int run(String problemId, List<String> given, OutputFormat format, Path settingsPath, Path dataPath,
                   PrintWriter out, PrintWriter err) throws DataFormatException {
        ChainRunner.prepareCpuClock();
        List<String> words = given == null ? new ArrayList<>() : new ArrayList<>(given);
        String id = problemId;
        if (id != null && id.startsWith("--")) {
            // a problem option came first: PROBLEM was left out
            words.add(0, id);
            id = null;
        }
        SettingsFile.Saved saved = settingsPath == null ? null : read(settingsPath);
        if (id == null) {
            if (saved == null) {
                throw new IllegalArgumentException("summary needs a PROBLEM (" + TabCatalog.ids()
                        + ") or --settings FILE");
            }
            id = saved.problem();
        }
        Problem p = withData(TabCatalog.byId(id), dataPath);
        Settings base = saved == null ? p.defaults() : applied(saved, p);
        Settings settings = ProblemOptions.parse(p.id(), base, words);
        // chains and summary rows as parallel parts on every core, as in the window (same draws either way)
        Summary summary = ParallelJobs.run(p.id(), ctx -> {
            try (ProgressPrinter progress = ProgressPrinter.onStderr(ctx, err)) {
                return p.summarize(settings, progress);
            }
        });
        out.println(format == OutputFormat.json ? summary.toJson() : summary.toTable());
        return 0;
    }

    private static SettingsFile.Saved read(Path file) {
        try {
            return SettingsFile.read(file);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Settings applied(SettingsFile.Saved saved, Problem p) {
        try {
            return saved.applyTo(p);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The problem on the {@code --data} file, when one is given; bad data are refused naming file, line, column. */
    private static Problem withData(Problem p, Path dataPath) {
        if (dataPath == null) {
            return p;
        }
        EightSchoolsData data;
        try {
            data = EightSchoolsData.read(dataPath);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return switch (p.id()) {
            case EightSchoolsExactProblem.ID -> new EightSchoolsExactProblem(data);
            case EightSchoolsMcmcProblem.ID -> new EightSchoolsMcmcProblem(data);
            default -> throw new IllegalArgumentException("--data is for " + EightSchoolsExactProblem.ID + " and "
                    + EightSchoolsMcmcProblem.ID + " only, not " + p.id());
        };
    }
}
