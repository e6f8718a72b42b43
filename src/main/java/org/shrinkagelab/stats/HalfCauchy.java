package org.shrinkagelab.stats;

/** Half-Cauchy(sigma) on x >= 0 (location 0), normalized there: log density and partial derivatives. */
public final class HalfCauchy {
    private static final double LOG_2_OVER_PI = Math.log(2 / Math.PI);

    private HalfCauchy() {
    }

    /** log HalfCauchy(x | sigma); minus infinity for x < 0. */
    public static double logPdf(double x, double sigma) {
        if (x < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double z = x / sigma;
        return LOG_2_OVER_PI - Math.log(sigma) - Math.log1p(z * z);
    }

    /** d logPdf / dx for x >= 0. */
    public static double dx(double x, double sigma) {
        return Cauchy.dx(x, 0, sigma);
    }

    /** d logPdf / dsigma for x >= 0. */
    public static double dSigma(double x, double sigma) {
        return Cauchy.dSigma(x, 0, sigma);
    }
}
