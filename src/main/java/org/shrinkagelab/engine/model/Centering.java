package org.shrinkagelab.engine.model;

/**
 * How a group-level vector x ~ Normal(loc, scale) is sampled (NumPyro's {@code LocScaleReparam}):
 * as x itself, or as x = loc + scale z with standardized offsets z ~ Normal(0, 1).
 */
public enum Centering {
    /** x is a coordinate of the sampler. */
    CENTERED,
    /** z is a coordinate of the sampler and x = loc + scale z is derived from it. */
    NONCENTERED
}
