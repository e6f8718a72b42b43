package org.shrinkagelab.workbench;

import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.workbench.TauPriorChoice;

/**
 * A scale's axis for quadrature: t in (0, 1) mapped onto the prior's support, linearly onto a
 * uniform's (L, U), else by tau = c t / (1 - t) onto (0, inf) with c the prior's scale, so that
 * heavy tails (half-Cauchy) are integrated without truncation. Shared by the exact references of
 * the hierarchical problems; it belongs beside TauPrior wherever that lives.
 */
public final class TauAxis {
    private final TauPrior prior;
    private final double lower;
    private final double width;
    private final double scale;

    /** The axis of this prior. */
    public TauAxis(TauPrior prior) {
        this.prior = prior;
        this.lower = prior.lower();
        this.width = Double.isFinite(prior.upper()) ? prior.upper() - prior.lower() : Double.NaN;
        this.scale = TauPriorChoice.scaleOf(prior);
    }

    /** The prior on this axis. */
    public TauPrior prior() {
        return prior;
    }

    /** tau at t. */
    public double tau(double t) {
        return Double.isNaN(width) ? scale * t / (1 - t) : lower + width * t;
    }

    /** log dtau/dt plus log p(tau) at t: what a density in tau needs to be integrated over t. */
    public double logPriorTimesJacobian(double t) {
        return prior.logDensity(tau(t)) + logJacobian(t);
    }

    private double logJacobian(double t) {
        return Double.isNaN(width) ? Math.log(scale) - 2 * Math.log1p(-t) : Math.log(width);
    }

    /** Upper end of the support. */
    public double upper() {
        return prior.upper();
    }
}
