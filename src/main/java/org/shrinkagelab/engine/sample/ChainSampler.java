package org.shrinkagelab.engine.sample;

import java.util.List;

/** One chain's Markov transition kernel with its warmup adaptation, driven by {@link ChainRunner}. */
public interface ChainSampler {

    /** Names of the per-draw statistics this sampler writes, a subsequence of {@link Draws#STAN_STATS}. */
    List<String> statNames();

    /** Places the chain at the unconstrained point q0 and chooses a first step size. */
    void initialize(double[] q0);

    /** Starts adapting step size (and metric) over the given number of warmup iterations. */
    void startAdaptation(int warmup);

    /** Stops adapting and fixes the step size and metric for sampling. */
    void finishAdaptation();

    /** Makes one transition, writing the statistics named by {@link #statNames()} into {@code stats}. */
    void transition(double[] stats);

    /** The current unconstrained position (shared array: do not modify). */
    double[] position();

    /** The current (nominal) step size or proposal scale. */
    double stepSize();

    /** A copy of the current diagonal inverse metric (the proposal variances for random-walk Metropolis). */
    double[] inverseMetric();
}
