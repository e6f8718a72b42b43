package org.shrinkagelab.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.app.TabCatalog;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.SettingsFile;
import org.shrinkagelab.problems.Summary;
import org.shrinkagelab.problems.eightschools.exact.EightSchoolsExactProblem;
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsMcmcProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code summary PROBLEM [--option value ...] [--format json|table]}: the numbers a tab shows. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Prints the numbers a tab shows. Options mirror the tab's controls.")
final class SummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROBLEM",
            description = "the problem id (may be left out with --settings)")
    String problem;

    @Parameters(index = "1..*", paramLabel = "OPTION", description = "--name value pairs of the problem")
    List<String> options = new ArrayList<>();

    @Option(names = "--format", description = "json or table (default: ${DEFAULT-VALUE})", defaultValue = "table")
    OutputFormat format;

    @Option(names = "--settings", paramLabel = "FILE", description = "start from the problem and settings of an "
            + "earlier summary --format json output (or a tab's Save settings); options given override them")
    Path settingsFile;

    @Option(names = "--data", paramLabel = "FILE", description = "eight-schools-exact and eight-schools-mcmc only: "
            + "fit a school,effect,stderr CSV (optional unit column) instead of the bundled eight schools")
    Path dataFile;

    @Override
    public Integer call() throws DataFormatException {
        List<String> words = new ArrayList<>(options);
        String id = problem;
        if (id != null && id.startsWith("--")) {
            // a problem option came first: PROBLEM was left out
            words.add(0, id);
            id = null;
        }
        SettingsFile.Saved saved = settingsFile == null ? null : read(settingsFile);
        if (id == null) {
            if (saved == null) {
                throw new IllegalArgumentException("summary needs a PROBLEM (" + TabCatalog.ids()
                        + ") or --settings FILE");
            }
            id = saved.problem();
        }
        Problem p = withData(TabCatalog.byId(id));
        Settings base = saved == null ? p.defaults() : applied(saved, p);
        Settings settings = ProblemOptions.parse(p.id(), base, words);
        // chains and summary rows as parallel parts on every core, as in the window (same draws either way)
        Summary summary = ParallelJobs.run(p.id(), ctx -> {
            try (ProgressPrinter progress = ProgressPrinter.onStderr(ctx, spec.commandLine().getErr())) {
                return p.summarize(settings, progress);
            }
        });
        spec.commandLine().getOut().println(format == OutputFormat.json ? summary.toJson() : summary.toTable());
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
    private Problem withData(Problem p) {
        if (dataFile == null) {
            return p;
        }
        EightSchoolsData data;
        try {
            data = EightSchoolsData.read(dataFile);
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
