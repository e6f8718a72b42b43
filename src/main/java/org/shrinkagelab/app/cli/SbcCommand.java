package org.shrinkagelab.app.cli;

import com.google.gson.GsonBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.engine.diag.RankUniformity;
import org.shrinkagelab.engine.diag.SbcResult;
import org.shrinkagelab.engine.diag.SimulationBasedCalibration;
import org.shrinkagelab.engine.model.PriorPredictive;
import org.shrinkagelab.engine.sample.SamplerSettings;
import org.shrinkagelab.problems.Summary;
import org.shrinkagelab.app.TabCatalog;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.workbench.WorkbenchProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sbc PROBLEM --replications N --seed S [--format json|table]}: simulation-based calibration of a model. */
@Command(name = "sbc", mixinStandardHelpOptions = true,
        description = {"Simulation-based calibration (Talts et al. 2018): draws parameters from the prior, simulates "
                + "data, fits by NUTS, thins to near-independent draws and ranks every true value among them. Ranks "
                + "are uniform when the fit is right; each parameter gets Pearson's chi-square test of uniform ranks.",
            "PROBLEM is any model tab whose model draws from its prior (eight-schools-mcmc, ...); its own options "
                    + "(--tau-prior half-normal:5, --parameterization centered, ...) follow as in summary."})
final class SbcCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "the problem id")
    String problem;

    @Option(names = "--replications", defaultValue = "100", description = "simulated datasets (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--seed", defaultValue = "1", description = "the seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--draws-per-fit", defaultValue = "99",
            description = "L, thinned draws each truth is ranked among (default: ${DEFAULT-VALUE})")
    int drawsPerFit;

    @Option(names = "--chains", defaultValue = "1", description = "chains per fit (default: ${DEFAULT-VALUE})")
    int chains;

    @Option(names = "--warmup", defaultValue = "300", description = "warmup per chain (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--draws", defaultValue = "500", description = "draws per chain (default: ${DEFAULT-VALUE})")
    int draws;

    @Parameters(index = "1..*", paramLabel = "OPTION", description = "the problem's own --name value options")
    List<String> options = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "json or table (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() {
        PriorPredictive model = priorPredictive(problem, options);
        SimulationBasedCalibration.Settings settings = new SimulationBasedCalibration.Settings(replications, seed,
                drawsPerFit, SamplerSettings.nuts(chains, warmup, draws, seed));
        SbcResult result = inParallel(model, settings);
        if (format == OutputFormat.json) {
            spec.commandLine().getOut().println(new GsonBuilder().setPrettyPrinting().serializeNulls().create()
                    .toJson(Summary.toJsonTree(json(result))));
        } else {
            spec.commandLine().getOut().print(table(result));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    /** The model of a model tab at the given options, if it can draw from its prior; else an error naming those that can. */
    static PriorPredictive priorPredictive(String id, List<String> options) {
        Problem p = TabCatalog.byId(id);
        if (p instanceof WorkbenchProblem w && w.model(w.defaults()) instanceof PriorPredictive) {
            return (PriorPredictive) w.model(ProblemOptions.parse(p, options));
        }
        throw new IllegalArgumentException("problem '" + id + "' has no model that draws from its prior; sbc takes: "
                + String.join(", ", calibratable()));
    }

    private static List<String> calibratable() {
        return TabCatalog.problems().stream()
                .filter(p -> p instanceof WorkbenchProblem w && w.model(w.defaults()) instanceof PriorPredictive)
                .map(Problem::id).toList();
    }

    /** Replications as parallel parts of one job on a threaded service; the ranks do not depend on the threads. */
    private static SbcResult inParallel(PriorPredictive model, SimulationBasedCalibration.Settings settings) {
        try (SamplerService service = SamplerService.threaded(Runnable::run)) {
            CompletableFuture<SbcResult> result = new CompletableFuture<>();
            service.job("sbc", "simulation-based calibration", ctx -> SimulationBasedCalibration.run(model, settings, ctx))
                    .onSuccess(result::complete).onFailure(result::completeExceptionally).submit();
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Map<String, Object> json(SbcResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("problem", problem);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("replications", replications);
        settings.put("seed", seed);
        settings.put("draws_per_fit", drawsPerFit);
        settings.put("chains", chains);
        settings.put("warmup", warmup);
        settings.put("draws", draws);
        settings.put("options", options);
        root.put("settings", settings);
        List<Map<String, Object>> params = new ArrayList<>();
        for (int p = 0; p < r.names().size(); p++) {
            RankUniformity.Test t = r.tests().get(p);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", r.names().get(p));
            row.put("ranks", r.ranks()[p]);
            row.put("p_value", t.pValue());
            row.put("chi_square", t.statistic());
            row.put("bins", t.bins());
            row.put("counts", java.util.Arrays.stream(t.counts()).mapToInt(Math::toIntExact).toArray());
            params.add(row);
        }
        root.put("parameters", params);
        root.put("replications", r.replications());
        root.put("draws_per_fit", r.drawsPerFit());
        root.put("test", "Pearson chi-square of ranks 0..L in equal-probability bins, bins - 1 degrees of freedom");
        root.put("low_ess_fits", r.lowEssFits());
        root.put("divergent_fits", r.divergentFits());
        return root;
    }

    private static String table(SbcResult r) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%d replications, ranks among %d thinned draws (0..%d); chi-square test of uniform ranks%n%n",
                r.replications(), r.drawsPerFit(), r.drawsPerFit()));
        sb.append(String.format(Locale.ROOT, "%-12s %10s %10s %5s  %s%n", "parameter", "p_value", "chi_square", "bins",
                "rank histogram (counts per bin)"));
        for (int p = 0; p < r.names().size(); p++) {
            RankUniformity.Test t = r.tests().get(p);
            StringBuilder counts = new StringBuilder();
            for (long c : t.counts()) {
                counts.append(counts.length() == 0 ? "" : " ").append(c);
            }
            sb.append(String.format(Locale.ROOT, "%-12s %10.4f %10.3f %5d  %s%n", r.names().get(p), t.pValue(),
                    t.statistic(), t.bins(), counts));
        }
        if (r.lowEssFits() > 0) {
            sb.append(String.format(Locale.ROOT, "%n%d fits had fewer than %d effective draws: their draws are "
                    + "thinned less than independence asks%n", r.lowEssFits(), r.drawsPerFit()));
        }
        if (r.divergentFits() > 0) {
            sb.append(String.format(Locale.ROOT, "%d fits had divergent transitions%n", r.divergentFits()));
        }
        return sb.toString();
    }
}
