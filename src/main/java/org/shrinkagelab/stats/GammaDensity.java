package org.shrinkagelab.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * Gamma(shape alpha, rate beta) on x > 0: log density and partial derivatives. Named so it does not
 * clash with commons-math3's {@code special.Gamma}; the shape-only part can be computed once.
 */
public final class GammaDensity {
    private GammaDensity() {
    }

    /** -lgamma(alpha), the shape-only part of the log density. */
    public static double logNormalizer(double alpha) {
        return -Gamma.logGamma(alpha);
    }

    /** log Gamma(x | alpha, beta); minus infinity for x <= 0. */
    public static double logPdf(double x, double alpha, double beta) {
        return logPdf(x, alpha, beta, logNormalizer(alpha));
    }

    /** log Gamma(x | alpha, beta) given {@code logNormalizer = logNormalizer(alpha)}. */
    public static double logPdf(double x, double alpha, double beta, double logNormalizer) {
        if (x <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return logNormalizer + alpha * Math.log(beta) + (alpha - 1) * Math.log(x) - beta * x;
    }

    /** d logPdf / dx for x > 0. */
    public static double dx(double x, double alpha, double beta) {
        return (alpha - 1) / x - beta;
    }

    /** d logPdf / dalpha for x > 0 (uses digamma). */
    public static double dAlpha(double x, double alpha, double beta) {
        return Math.log(beta) - Gamma.digamma(alpha) + Math.log(x);
    }

    /** d logPdf / dbeta for x > 0. */
    public static double dBeta(double x, double alpha, double beta) {
        return alpha / beta - x;
    }
}
