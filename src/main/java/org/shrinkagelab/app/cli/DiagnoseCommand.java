package org.shrinkagelab.app.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.DrawsCsv;
import org.shrinkagelab.problems.Summary;
import org.shrinkagelab.problems.SummaryTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diagnose FILE... [--format json|table]}: posterior-package diagnostics of draws from any sampler. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"Summarizes draws as the posterior R package does: mean, sd, 5%%, 50%%, 95%%, MCSE, "
                + "bulk and tail ESS, rank-normalized R-hat; with sampler statistics also divergences, "
                + "tree depth hits and E-BFMI.",
            "FILE is a CSV with chain,draw and one column per parameter (statistics end in __), or CmdStan "
                + "output CSVs, one file per chain."})
final class DiagnoseCommand implements Callable<Integer> {
    /** E-BFMI below this suggests the momentum resampling explores the energy poorly (Betancourt 2016). */
    private static final double LOW_EBFMI = 0.3;
    /** Stan's default maximum tree depth. */
    private static final int STAN_MAX_TREEDEPTH = 10;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "draws CSV files")
    List<Path> files;

    @Option(names = "--format", defaultValue = "table", description = "json or table (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--max-treedepth", description = "the sampler's maximum tree depth, for counting hits "
            + "(default: as the first file's comments say, else 10)")
    Integer maxTreedepth;

    @Override
    public Integer call() {
        if (maxTreedepth != null && (maxTreedepth < 1 || maxTreedepth > 100)) {
            throw new IllegalArgumentException("--max-treedepth " + maxTreedepth + " is not allowed: expected 1 to 100");
        }
        Draws draws;
        try {
            DrawsCsv.Loaded loaded = DrawsCsv.load(files);
            draws = loaded.draws();
            loaded.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            if (maxTreedepth == null) {
                maxTreedepth = loaded.maxTreedepth().orElse(STAN_MAX_TREEDEPTH);
            }
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        List<ParameterSummary> rows = Diagnostics.summarize(draws);
        Map<String, Object> sampler = sampler(draws);
        if (format == OutputFormat.json) {
            JsonObject root = new JsonObject();
            JsonArray params = new JsonArray();
            rows.forEach(r -> params.add(Summary.parameterJson(r)));
            root.add("parameters", params);
            if (!draws.stats().isEmpty()) {
                root.add("sampler", Summary.toJsonTree(sampler));
            }
            spec.commandLine().getOut().println(new GsonBuilder().setPrettyPrinting().serializeNulls().create()
                    .toJson(root));
        } else {
            // print, not println, leaves the stream unflushed when autoflush is on (System.out in Cli.run)
            spec.commandLine().getOut().print(SummaryTable.format(rows) + "\n" + samplerText(draws, sampler));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private Map<String, Object> sampler(Draws draws) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("chains", draws.chains());
        m.put("draws", draws.draws(0));
        if (draws.hasStat("divergent__")) {
            m.put("divergences", Diagnostics.divergences(draws));
        }
        if (draws.hasStat("treedepth__")) {
            m.put("max_treedepth_hits", Diagnostics.treedepthHits(draws, maxTreedepth));
        }
        if (draws.hasStat("energy__")) {
            m.put("ebfmi", Diagnostics.ebfmi(draws));
        }
        return m;
    }

    private String samplerText(Draws draws, Map<String, Object> sampler) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "chains: %d, draws per chain: %d%n",
                draws.chains(), draws.draws(0)));
        int total = draws.chains() * draws.draws(0);
        if (sampler.containsKey("divergences")) {
            sb.append(String.format(Locale.ROOT, "divergences: %d of %d draws%n", sampler.get("divergences"), total));
        }
        if (sampler.containsKey("max_treedepth_hits")) {
            sb.append(String.format(Locale.ROOT, "max tree depth (%d) hits: %d of %d draws%n", maxTreedepth,
                    sampler.get("max_treedepth_hits"), total));
        }
        if (sampler.get("ebfmi") instanceof double[] ebfmi) {
            sb.append("E-BFMI per chain:");
            boolean low = false;
            for (double e : ebfmi) {
                sb.append(' ').append(SummaryTable.num(e));
                low |= e < LOW_EBFMI;
            }
            sb.append(low ? "  (below " + LOW_EBFMI + ": the sampler may not explore the energy well)" : "")
                    .append('\n');
        }
        return sb.toString();
    }
}
