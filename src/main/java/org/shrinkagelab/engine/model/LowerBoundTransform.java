package org.shrinkagelab.engine.model;

/** x = lower + exp(u): log Jacobian u, whose derivative is 1. */
public final class LowerBoundTransform implements Transform {
    private final double lower;

    /** The transform onto (lower, infinity). */
    public LowerBoundTransform(double lower) {
        if (!Double.isFinite(lower)) {
            throw new IllegalArgumentException("lower bound must be finite, was " + lower);
        }
        this.lower = lower;
    }

    @Override
    public double constrain(double u) {
        return lower + Math.exp(u);
    }

    @Override
    public double constrain(double u, double[] derivative, int at) {
        double e = Math.exp(u);
        derivative[at] = e;
        return lower + e;
    }

    @Override
    public double unconstrain(double x) {
        if (!(x > lower) || x == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("value " + x + " is outside (" + lower + ", infinity)");
        }
        return Math.log(x - lower);
    }

    @Override
    public double derivative(double u) {
        return Math.exp(u);
    }

    @Override
    public double logJacobian(double u) {
        return u;
    }

    @Override
    public double logJacobianDerivative(double u) {
        return 1;
    }

    @Override
    public String toString() {
        return "lower-bound(" + lower + ")";
    }
}
