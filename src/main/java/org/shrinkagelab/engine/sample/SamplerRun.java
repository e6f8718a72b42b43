package org.shrinkagelab.engine.sample;

import org.shrinkagelab.engine.diag.Diagnostics;

/**
 * The outcome of a sampler run: the kept draws of every chain (parameters = the model's output
 * names, then the sampler's statistics) and what warmup chose for each chain.
 *
 * @param settings       what was run
 * @param draws          the kept draws; {@code draws.complete()} is false if the run was cancelled
 * @param stepSizes      each chain's step size (proposal scale for random-walk Metropolis) after warmup
 * @param inverseMetrics each chain's adapted diagonal inverse metric (proposal variances for random-walk Metropolis)
 * @param chainSeconds   each chain's elapsed time, warmup and sampling, as Stan's get_elapsed_time
 * @param chainCpuSeconds each chain's CPU time (what it would take alone on one core), NaN if the JVM cannot tell
 */
public record SamplerRun(SamplerSettings settings, Draws draws, double[] stepSizes, double[][] inverseMetrics,
                         double[] chainSeconds, double[] chainCpuSeconds) {

    /** Number of kept draws that ended in a divergence (0 if the sampler cannot diverge). */
    public int divergences() {
        return Diagnostics.divergences(draws);
    }

    /** Number of kept NUTS draws whose tree reached the maximum depth (0 for other samplers). */
    public int maxTreeDepthHits() {
        return Diagnostics.treedepthHits(draws, settings.maxTreeDepth());
    }

    /** Sum of the chains' CPU times in seconds: the run's cost on one core, whatever the threading. */
    public double totalChainCpuSeconds() {
        double sum = 0;
        for (double s : chainCpuSeconds) {
            sum += s;
        }
        return sum;
    }

    /** Sum of the chains' elapsed times in seconds (what Stan users add up from get_elapsed_time). */
    public double totalChainSeconds() {
        double sum = 0;
        for (double s : chainSeconds) {
            sum += s;
        }
        return sum;
    }
}
