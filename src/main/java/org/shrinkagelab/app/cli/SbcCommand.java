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
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsPriorPredictive;
import org.shrinkagelab.problems.eightschools.mcmc.Parameterization;
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
            "Problems: eight-schools-mcmc."})
final class SbcCommand implements java.util.concurrent.Callable<Integer> {
    /** The problems whose model can draw from its prior, by id. */
    private static final Map<String, Function<Parameterization, PriorPredictive>> PROBLEMS =
            Map.of("eight-schools-mcmc", EightSchoolsPriorPredictive::standard);

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

    @Option(names = "--parameterization", defaultValue = "non-centered",
            description = "centered or non-centered (default: ${DEFAULT-VALUE})")
    String parameterization;

    @Option(names = "--format", defaultValue = "table", description = "json or table (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() {
        Function<Parameterization, PriorPredictive> factory = PROBLEMS.get(problem);
        if (factory == null) {
            throw new IllegalArgumentException("unknown problem '" + problem + "' for sbc; known: "
                    + String.join(", ", PROBLEMS.keySet()));
        }
        PriorPredictive model = factory.apply(Parameterization.parse(parameterization));
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
        settings.put("parameterization", parameterization);
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
