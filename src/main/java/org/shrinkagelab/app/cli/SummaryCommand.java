package org.shrinkagelab.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.app.TabCatalog;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;
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

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "the problem id")
    String problem;

    @Parameters(index = "1..*", paramLabel = "OPTION", description = "--name value pairs of the problem")
    List<String> options = new ArrayList<>();

    @Option(names = "--format", description = "json or table (default: ${DEFAULT-VALUE})", defaultValue = "table")
    OutputFormat format;

    @Override
    public Integer call() {
        Problem p = TabCatalog.byId(problem);
        Settings settings = ProblemOptions.parse(p, options);
        // chains and summary rows as parallel parts on every core, as in the window (same draws either way)
        Summary summary = ParallelJobs.run(p.id(), ctx -> {
            try (ProgressPrinter progress = ProgressPrinter.onStderr(ctx, spec.commandLine().getErr())) {
                return p.summarize(settings, progress);
            }
        });
        spec.commandLine().getOut().println(format == OutputFormat.json ? summary.toJson() : summary.toTable());
        return 0;
    }

}
