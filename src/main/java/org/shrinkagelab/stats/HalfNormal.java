package org.shrinkagelab.stats;

/** Half-normal(sigma) on x >= 0, normalized there: log density and partial derivatives. */
public final class HalfNormal {
    private static final double LOG_2 = Math.log(2);

    private HalfNormal() {
    }

    /** log HalfNormal(x | sigma); minus infinity for x < 0. */
    public static double logPdf(double x, double sigma) {
        if (x < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double z = x / sigma;
        return LOG_2 - 0.5 * z * z - Math.log(sigma) - Normal.LOG_SQRT_2PI;
    }

    /** d logPdf / dx for x >= 0. */
    public static double dx(double x, double sigma) {
        return -x / (sigma * sigma);
    }

    /** d logPdf / dsigma for x >= 0. */
    public static double dSigma(double x, double sigma) {
        double z = x / sigma;
        return (z * z - 1) / sigma;
    }
}
