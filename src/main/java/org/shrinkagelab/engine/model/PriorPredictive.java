package org.shrinkagelab.engine.model;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A model that can draw its parameters from the prior and data given them, for simulation-based
 * calibration (Talts et al. 2018): fit the returned model and rank the true values among its draws.
 */
public interface PriorPredictive {

    /** Parameters drawn from the prior, and the same model conditioned on data simulated from them. */
    record Simulated(LogDensity model, double[] truth) {
        /** The true values are in the order of {@code model.outputNames()}. */
        public Simulated {
        }
    }

    /** Draws parameters from the prior and data given them. */
    Simulated simulate(UniformRandomProvider rng);
}
