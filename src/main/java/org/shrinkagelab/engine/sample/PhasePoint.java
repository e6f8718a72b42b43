package org.shrinkagelab.engine.sample;

/** A point of phase space with the log density and its gradient at the position, reused to avoid allocation. */
final class PhasePoint {
    final double[] q;
    final double[] p;
    final double[] grad;
    double logDensity;

    PhasePoint(int dimension) {
        q = new double[dimension];
        p = new double[dimension];
        grad = new double[dimension];
    }

    /** Makes this point a copy of {@code other}. */
    void copyFrom(PhasePoint other) {
        System.arraycopy(other.q, 0, q, 0, q.length);
        System.arraycopy(other.p, 0, p, 0, p.length);
        System.arraycopy(other.grad, 0, grad, 0, grad.length);
        logDensity = other.logDensity;
    }
}
