package org.shrinkagelab.problems.eightschools.mcmc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;
import org.shrinkagelab.engine.sample.ChainRunner;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.LiveDraws;
import org.shrinkagelab.engine.sample.SamplerRun;
import org.shrinkagelab.workbench.ModelFit;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.workbench.TauPriorChoice;

/**
 * The Eight Schools MCMC computation shared by the command line and the tab: sample the model,
 * summarize the draws with every diagnostic, compute the exact posterior for comparison, and
 * optionally rerun under other tau priors.
 */
public final class EightSchoolsMcmc {

    private EightSchoolsMcmc() {
    }

    /**
     * Runs the sampler (chains in parallel where the context allows) and summarizes. A cancelled run
     * returns the draws so far ({@code result.draws().complete() == false}) and skips the sensitivity runs.
     */
    public static McmcResult run(McmcSettings settings, JobContext context) {
        return run(settings, context, null);
    }

    /** As {@link #run(McmcSettings, JobContext)}, recording every iteration of the fit in {@code live} (may be null). */
    public static McmcResult run(McmcSettings settings, JobContext context, LiveDraws live) {
        return run(settings, context, live, false);
    }

    /**
     * As {@link #run(McmcSettings, JobContext, LiveDraws)}, with PSIS-LOO of the fit's draws when {@code loo} (the
     * summary's, which the tab does not show). It and the exact posterior are computed beside the diagnostics.
     */
    public static McmcResult run(McmcSettings settings, JobContext context, LiveDraws live, boolean loo) {
        long start = System.nanoTime();
        EightSchoolsModel model = settings.model();
        PartTask<EightSchoolsExactPosterior> exactPart = settings.population().isNormal()
                ? part -> new EightSchoolsExactPosterior(settings.data(), settings.muPrior(), settings.tauPrior()) : null;
        ModelFit.Analysed<EightSchoolsExactPosterior> analysed =
                ModelFit.sample(model, settings.sampler(), context, live, loo, exactPart);
        ModelFit fit = analysed.fit();
        SamplerRun run = fit.run();
        Draws draws = run.draws();
        EightSchoolsExactPosterior exact = analysed.beside();
        Map<String, SensitivityRun> sensitivity = new LinkedHashMap<>();
        if (settings.sensitivity() && draws.complete()) {
            for (TauPrior panelPrior : TauPriorChoice.comparisonSet()) {
                TauPrior prior = panelPrior.family() == settings.tauPrior().family() ? settings.tauPrior() : panelPrior;
                SamplerRun other = prior.equals(settings.tauPrior()) ? run
                        : ChainRunner.run(settings.withTauPrior(prior).model(), settings.sampler(), context);
                if (!other.draws().complete()) {
                    break;
                }
                sensitivity.put(prior.family().id(), SensitivityRun.of(prior, other.draws()));
            }
        }
        return new McmcResult(settings, model, run, fit.summaries(), fit.ebfmi(), exact, analysed.loo(),
                Collections.unmodifiableMap(sensitivity),
                (System.nanoTime() - start) / 1e9);
    }
}
