package org.shrinkagelab.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.diag.LooResult;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.model.LogDensity;
import org.shrinkagelab.engine.sample.ChainRunner;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.LiveDraws;
import org.shrinkagelab.engine.sample.SamplerRun;
import org.shrinkagelab.engine.sample.SamplerSettings;

/**
 * A model sampled and summarized: the sampler's run, one summary row per output with every
 * diagnostic, and the E-BFMI of each chain. A cancelled run keeps the draws made so far
 * ({@code run().draws().complete() == false}).
 *
 * @param run       the draws, step sizes and adapted metrics
 * @param summaries one row per reported output of the model (mean, sd, quantiles, MCSE, ESS, R-hat); the
 *                  auxiliary outputs ({@link LogDensity#reportedNames()}) stay in the draws only
 * @param ebfmi     E-BFMI per chain (empty for samplers without an energy statistic)
 * @param seconds   wall time of sampling and summarizing
 */
public record ModelFit(SamplerRun run, List<ParameterSummary> summaries, double[] ebfmi, double seconds) {

    /** Samples the model (chains as parallel parts where the context allows) and summarizes. */
    public static ModelFit sample(LogDensity model, SamplerSettings sampler, JobContext context) {
        return sample(model, sampler, context, null);
    }

    /** As {@link #sample(LogDensity, SamplerSettings, JobContext)}, recording every iteration in {@code live} (may be null). */
    public static ModelFit sample(LogDensity model, SamplerSettings sampler, JobContext context, LiveDraws live) {
        return sample(model, sampler, context, live, false, null).fit();
    }

    /**
     * As {@link #sample(LogDensity, SamplerSettings, JobContext, LiveDraws)}, also computing PSIS-LOO of the draws
     * (when {@code loo}) and the caller's part {@code beside} (null: none; e.g. an exact reference) as parallel parts
     * of the analysis phase beside the diagnostic rows, so that they share the cores rather than follow one another.
     */
    public static <T> Analysed<T> sample(LogDensity model, SamplerSettings sampler, JobContext context, LiveDraws live,
                                         boolean loo, PartTask<T> beside) {
        long start = System.nanoTime();
        SamplerRun run = ChainRunner.run(model, sampler, context, live);
        Draws draws = run.draws();
        JobContext analysis = RunPhases.analysing(context, !draws.complete());
        AtomicReference<double[][][]> logLik = new AtomicReference<>();
        AtomicReference<T> besideResult = new AtomicReference<>();
        // the longest parts first, so that the rows fill the cores around them; PSIS-LOO's smoothing, a part per
        // observation, follows once the log-likelihoods are there
        List<PartTask<ParameterSummary>> parts = new ArrayList<>();
        if (loo) {
            parts.add(part -> {
                logLik.set(ModelChecks.looLogLik(model, draws, part));
                return null;
            });
        }
        if (beside != null) {
            parts.add(part -> {
                besideResult.set(beside.run(part));
                return null;
            });
        }
        int extra = parts.size();
        // the phase's own message ("... of partial draws") is already reported by RunPhases: keep it
        parts.addAll(Diagnostics.rowParts(draws, Set.copyOf(model.reportedNames())));
        List<ParameterSummary> results = analysis.parallel(parts);
        List<ParameterSummary> summaries = new ArrayList<>(results.subList(extra, results.size()));
        LooResult looResult = ModelChecks.loo(model, logLik.get(), analysis);
        analysis.checkCancelled();
        double[] ebfmi = draws.hasStat("energy__") ? Diagnostics.ebfmi(draws) : new double[0];
        ModelFit fit = new ModelFit(run, summaries, ebfmi, (System.nanoTime() - start) / 1e9);
        return new Analysed<>(fit, looResult, besideResult.get());
    }

    /**
     * A fit with what was computed beside its diagnostic rows.
     *
     * @param fit    the fit
     * @param loo    PSIS-LOO of its draws; null when not asked for, or the model has no pointwise log-likelihood
     * @param beside the result of the caller's own part; null when there was none
     * @param <T>    the type of that result
     */
    public record Analysed<T>(ModelFit fit, LooResult loo, T beside) {
    }

    /** The kept draws (a shortcut for {@code run().draws()}). */
    public Draws draws() {
        return run.draws();
    }
}
