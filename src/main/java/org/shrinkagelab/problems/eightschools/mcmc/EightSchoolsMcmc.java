package org.shrinkagelab.problems.eightschools.mcmc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.sample.ChainRunner;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.SamplerRun;

/**
 * The Eight Schools MCMC computation shared by the command line and the tab: sample the model,
 * summarize the draws with every diagnostic, compute the exact posterior for comparison, and
 * optionally rerun under other tau priors.
 */
public final class EightSchoolsMcmc {

    private EightSchoolsMcmc() {
    }

    /**
     * The tau priors of the sensitivity view, one per family; the chosen prior replaces the entry of its
     * own family. Scales are chosen weakly informative for effects measured in test points.
     */
    public static List<TauPrior> sensitivityPriors() {
        return List.of(TauPrior.halfCauchy(2), TauPrior.halfNormal(10), TauPrior.uniform(0, 50),
                TauPrior.exponential(0.1), TauPrior.inverseGamma(1, 1), TauPrior.halfStudentT(3, 5));
    }

    /** One summary row per parameter, the rows computed as parallel parts (they dominate a short run's time). */
    static List<ParameterSummary> summarize(Draws draws, JobContext context) {
        return Diagnostics.summarize(draws, context);
    }

    /**
     * Runs the sampler (chains in parallel where the context allows) and summarizes. A cancelled run
     * returns the draws so far ({@code result.draws().complete() == false}) and skips the sensitivity runs.
     */
    public static McmcResult run(McmcSettings settings, JobContext context) {
        long start = System.nanoTime();
        EightSchoolsModel model = settings.model();
        SamplerRun run = ChainRunner.run(model, settings.sampler(), context);
        Draws draws = run.draws();
        List<ParameterSummary> summaries = summarize(draws, context);
        double[] ebfmi = draws.hasStat("energy__") ? Diagnostics.ebfmi(draws) : new double[0];
        EightSchoolsExactPosterior exact = settings.population().isNormal()
                ? EightSchoolsExactPosterior.of(settings.muPrior(), settings.tauPrior()) : null;
        Map<String, SensitivityRun> sensitivity = new LinkedHashMap<>();
        if (settings.sensitivity() && draws.complete()) {
            for (TauPrior panelPrior : sensitivityPriors()) {
                TauPrior prior = panelPrior.family() == settings.tauPrior().family() ? settings.tauPrior() : panelPrior;
                SamplerRun other = prior.equals(settings.tauPrior()) ? run
                        : ChainRunner.run(settings.withTauPrior(prior).model(), settings.sampler(), context);
                if (!other.draws().complete()) {
                    break;
                }
                sensitivity.put(prior.family().id(), new SensitivityRun(prior, other,
                        Diagnostics.summarize("tau", other.draws().parameter("tau")),
                        Diagnostics.summarize("theta[1]", other.draws().parameter("theta[1]"))));
            }
        }
        return new McmcResult(settings, model, run, summaries, ebfmi, exact, Collections.unmodifiableMap(sensitivity),
                (System.nanoTime() - start) / 1e9);
    }
}
