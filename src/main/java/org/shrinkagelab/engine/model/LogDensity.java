package org.shrinkagelab.engine.model;

import java.util.List;

/**
 * A target density on the unconstrained scale (Jacobians of the transforms included), with its
 * gradient, and the map from an unconstrained point to the quantities users see (Stan's
 * constrained parameters and transformed parameters: mu, tau, theta[1], ...).
 */
public interface LogDensity {

    /** Number of unconstrained coordinates. */
    int dimension();

    /** Log density up to a constant at q, writing its gradient into {@code gradient}. */
    double logDensityGradient(double[] q, double[] gradient);

    /** Log density up to a constant at q. */
    default double logDensity(double[] q) {
        return logDensityGradient(q, new double[dimension()]);
    }

    /** Names of the reported quantities, Stan style and 1-based: {@code mu, tau, theta[1], ...}. */
    List<String> outputNames();

    /**
     * The outputs a summary shows: all of {@link #outputNames()} unless the model marks some as auxiliary
     * (sampler coordinates that mean nothing to a reader, kept in the draws so a draw maps back to its point).
     */
    default List<String> reportedNames() {
        return outputNames();
    }

    /** Writes the reported quantities at the unconstrained point q into {@code out}. */
    void outputs(double[] q, double[] out);

    /**
     * The model for use by one thread only (a chain's): by default this one; a model with per-thread scratch
     * arrays returns a copy that holds them directly. Same values and gradients either way.
     */
    default LogDensity forThread() {
        return this;
    }
}
