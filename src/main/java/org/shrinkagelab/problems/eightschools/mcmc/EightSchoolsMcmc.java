package org.shrinkagelab.problems.eightschools.mcmc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.shrinkagelab.engine.JobContext;
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
        long start = System.nanoTime();
        EightSchoolsModel model = settings.model();
        // the exact reference needs no draws: computed on a thread of its own while the chains run
        CompletableFuture<EightSchoolsExactPosterior> exactReference = settings.population().isNormal()
                ? CompletableFuture.supplyAsync(() -> new EightSchoolsExactPosterior(settings.data(),
                        settings.muPrior(), settings.tauPrior()), EightSchoolsMcmc::onOwnThread) : null;
        ModelFit fit = ModelFit.sample(model, settings.sampler(), context, live);
        SamplerRun run = fit.run();
        Draws draws = run.draws();
        EightSchoolsExactPosterior exact = exactReference == null ? null : joined(exactReference);
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
        return new McmcResult(settings, model, run, fit.summaries(), fit.ebfmi(), exact, Collections.unmodifiableMap(sensitivity),
                (System.nanoTime() - start) / 1e9);
    }

    private static void onOwnThread(Runnable task) {
        Thread thread = new Thread(task, "shrinkage-exact-reference");
        thread.setDaemon(true);
        thread.start();
    }

    /** The future's value, its failure rethrown as it was thrown. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
