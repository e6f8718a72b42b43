package org.shrinkagelab.engine.model;

import java.util.List;

/**
 * A model that can say how well it predicts each observation: the log-likelihood of every
 * observation (or group of observations left out together) at a point, for PSIS-LOO and model
 * comparison. Stan users write the same numbers as {@code log_lik[1..N]} in generated quantities.
 */
public interface PointwiseLogLikelihood {

    /** Number of pointwise terms N. */
    int observations();

    /** A short name per term, Stan style and 1-based by default: {@code log_lik[1]}, ... */
    default List<String> observationNames() {
        return java.util.stream.IntStream.rangeClosed(1, observations()).mapToObj(i -> "log_lik[" + i + "]").toList();
    }

    /** Writes log p(y_i | parameters at the unconstrained point q) for i = 1..N into {@code out}. */
    void logLikelihood(double[] q, double[] out);
}
