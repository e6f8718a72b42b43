package org.shrinkagelab.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shrinkagelab.data.AtomicFiles;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Simulation;
import org.shrinkagelab.problems.Simulations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code simulate DATASET [--seed S] [--option value ...] [--out FILE]}: a shipped simulated dataset, byte for byte. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Writes a simulated dataset as CSV (to stdout without --out). The same options give the same bytes.")
final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "the dataset id")
    String dataset;

    @Parameters(index = "1..*", paramLabel = "OPTION", description = "--name value pairs of the dataset (--seed among them)")
    List<String> options = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the CSV")
    Path out;

    @Override
    public Integer call() throws IOException {
        Simulation simulation = Simulations.byId(dataset);
        Settings settings = ProblemOptions.parse(simulation.id(), simulation.defaults(), options);
        String csv = simulation.csv(settings);
        if (out == null) {
            spec.commandLine().getOut().print(csv);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.write(out, csv.getBytes(StandardCharsets.UTF_8));
        }
        return 0;
    }
}
