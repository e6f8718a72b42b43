package org.shrinkagelab.workbench;

import java.util.List;
import java.util.Set;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.Diagnostics;
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
        long start = System.nanoTime();
        SamplerRun run = ChainRunner.run(model, sampler, context, live);
        Draws draws = run.draws();
        JobContext analysis = RunPhases.analysing(context, !draws.complete());
        // the phase's own message ("... of partial draws") is already reported by RunPhases: keep it
        Set<String> reported = Set.copyOf(model.reportedNames());
        List<ParameterSummary> summaries = Diagnostics.summarize(draws, analysis, false, reported);
        analysis.checkCancelled();
        double[] ebfmi = draws.hasStat("energy__") ? Diagnostics.ebfmi(draws) : new double[0];
        return new ModelFit(run, summaries, ebfmi, (System.nanoTime() - start) / 1e9);
    }

    /** The kept draws (a shortcut for {@code run().draws()}). */
    public Draws draws() {
        return run.draws();
    }
}
