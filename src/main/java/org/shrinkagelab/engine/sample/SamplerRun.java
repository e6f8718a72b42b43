package org.shrinkagelab.engine.sample;

/**
 * The outcome of a sampler run: the kept draws of every chain (parameters = the model's output
 * names, then the sampler's statistics) and what warmup chose for each chain.
 *
 * @param settings       what was run
 * @param draws          the kept draws; {@code draws.complete()} is false if the run was cancelled
 * @param stepSizes      each chain's step size (proposal scale for random-walk Metropolis) after warmup
 * @param inverseMetrics each chain's adapted diagonal inverse metric (proposal variances for random-walk Metropolis)
 * @param chainSeconds   each chain's elapsed time, warmup and sampling, as Stan's get_elapsed_time
 */
public record SamplerRun(SamplerSettings settings, Draws draws, double[] stepSizes, double[][] inverseMetrics,
                         double[] chainSeconds) {

    /** Number of kept draws that ended in a divergence (0 if the sampler cannot diverge). */
    public int divergences() {
        return count("divergent__", 1);
    }

    /** Number of kept NUTS draws whose tree reached the maximum depth. */
    public int maxTreeDepthHits() {
        return count("treedepth__", settings.maxTreeDepth());
    }

    /** Sum of the chains' elapsed times in seconds (what Stan users add up from get_elapsed_time). */
    public double totalChainSeconds() {
        double sum = 0;
        for (double s : chainSeconds) {
            sum += s;
        }
        return sum;
    }

    private int count(String stat, double atLeast) {
        if (!draws.hasStat(stat)) {
            return 0;
        }
        int n = 0;
        for (double[] chain : draws.stat(stat)) {
            for (double v : chain) {
                if (v >= atLeast) {
                    n++;
                }
            }
        }
        return n;
    }
}
