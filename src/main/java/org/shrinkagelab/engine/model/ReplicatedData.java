package org.shrinkagelab.engine.model;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A model that can simulate new data like the observed data at a parameter point: the replicated
 * data y_rep of a posterior predictive check, one value per observation, in the observed data's order.
 */
public interface ReplicatedData {

    /** The observed values, in the order replicates are written. */
    double[] observed();

    /** Writes one replicate y_rep drawn from p(y | parameters at the unconstrained point q) into {@code out}. */
    void replicate(double[] q, UniformRandomProvider rng, double[] out);
}
