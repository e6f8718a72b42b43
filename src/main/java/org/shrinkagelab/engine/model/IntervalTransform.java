package org.shrinkagelab.engine.model;

/**
 * x = lower + (upper - lower) s with s = logistic(u): log Jacobian log(upper - lower) + log s +
 * log(1 - s), whose derivative is 1 - 2 s. Computed through softplus so it stays finite for large |u|.
 */
public final class IntervalTransform implements Transform {
    private final double lower;
    private final double upper;
    private final double width;
    private final double logWidth;

    /** The transform onto (lower, upper). */
    public IntervalTransform(double lower, double upper) {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(upper > lower)) {
            throw new IllegalArgumentException("interval bounds must be finite with upper > lower, were ("
                    + lower + ", " + upper + ")");
        }
        this.lower = lower;
        this.upper = upper;
        this.width = upper - lower;
        this.logWidth = Math.log(width);
    }

    @Override
    public double constrain(double u) {
        return lower + width * logistic(u);
    }

    @Override
    public double constrain(double u, double[] derivative, int at) {
        double s = logistic(u);
        derivative[at] = width * s * (1 - s);
        return lower + width * s;
    }

    @Override
    public double unconstrain(double x) {
        if (!(x > lower && x < upper)) {
            throw new IllegalArgumentException("value " + x + " is outside (" + lower + ", " + upper + ")");
        }
        double s = (x - lower) / width;
        return Math.log(s) - Math.log1p(-s);
    }

    @Override
    public double derivative(double u) {
        double s = logistic(u);
        return width * s * (1 - s);
    }

    @Override
    public double logJacobian(double u) {
        // log s + log(1 - s) = -softplus(-u) - softplus(u) = -|u| - 2 log(1 + e^-|u|)
        double a = Math.abs(u);
        return logWidth - a - 2 * Math.log1p(Math.exp(-a));
    }

    @Override
    public double logJacobianDerivative(double u) {
        return 1 - 2 * logistic(u);
    }

    private static double logistic(double u) {
        if (u >= 0) {
            return 1 / (1 + Math.exp(-u));
        }
        double e = Math.exp(u);
        return e / (1 + e);
    }

    @Override
    public String toString() {
        return "interval(" + lower + ", " + upper + ")";
    }
}
