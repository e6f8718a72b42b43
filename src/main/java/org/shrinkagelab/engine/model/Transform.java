package org.shrinkagelab.engine.model;

/**
 * A smooth bijection from the real line (unconstrained u) onto a constrained set (x), with the log
 * absolute Jacobian that a density on x needs when it is sampled on u, and the derivatives a
 * gradient needs: d log p(u) / du = (d log p / dx) (dx/du) + d logJacobian / du.
 */
public interface Transform {

    /** x for the unconstrained u. */
    double constrain(double u);

    /** u for the constrained x; refuses x outside the support. */
    double unconstrain(double x);

    /** dx/du at u. */
    double derivative(double u);

    /**
     * x for the unconstrained u, with dx/du written to {@code derivative[at]}: the same two numbers as
     * {@link #constrain} and {@link #derivative}, from one evaluation of what they share (an exp).
     */
    default double constrain(double u, double[] derivative, int at) {
        derivative[at] = derivative(u);
        return constrain(u);
    }

    /** log |dx/du| at u. */
    double logJacobian(double u);

    /** d logJacobian / du at u. */
    double logJacobianDerivative(double u);

    /** x > lower through x = lower + exp(u) (Stan's lower-bound transform). */
    static Transform lowerBound(double lower) {
        return new LowerBoundTransform(lower);
    }

    /** x > 0 through x = exp(u). */
    static Transform positive() {
        return new LowerBoundTransform(0);
    }

    /** lower < x < upper through x = lower + (upper - lower) logistic(u) (Stan's bounded transform). */
    static Transform interval(double lower, double upper) {
        return new IntervalTransform(lower, upper);
    }
}
