package org.shrinkagelab.stats;

/** Uniform(lower, upper): log density and partial derivatives (inside the support). */
public final class Uniform {
    private Uniform() {
    }

    /** log Uniform(x | lower, upper); minus infinity outside [lower, upper]. */
    public static double logPdf(double x, double lower, double upper) {
        if (x < lower || x > upper) {
            return Double.NEGATIVE_INFINITY;
        }
        return -Math.log(upper - lower);
    }

    /** d logPdf / dx inside the support: zero. */
    public static double dx(double x, double lower, double upper) {
        return 0;
    }

    /** d logPdf / dlower inside the support. */
    public static double dLower(double x, double lower, double upper) {
        return 1 / (upper - lower);
    }

    /** d logPdf / dupper inside the support. */
    public static double dUpper(double x, double lower, double upper) {
        return -1 / (upper - lower);
    }
}
