package org.shrinkagelab.engine.model;

/**
 * A model that can map a row of its constrained outputs (as draws hold them) back to the sampler's
 * unconstrained point q, so that the pointwise log-likelihood and replicated data, which take q, can be
 * computed from stored draws (a CSV, or draws recorded without q).
 */
public interface Unconstrain {

    /** Writes the unconstrained point q whose outputs are {@code outputs} (in {@code outputNames()} order). */
    void unconstrain(double[] outputs, double[] q);
}
