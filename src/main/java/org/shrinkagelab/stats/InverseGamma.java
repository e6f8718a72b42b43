package org.shrinkagelab.stats;

import org.apache.commons.math3.special.Gamma;

/** Inverse-gamma(shape alpha, scale beta) on x > 0: log density and partial derivatives. */
public final class InverseGamma {
    private InverseGamma() {
    }

    /** -lgamma(alpha), the shape-only part of the log density. */
    public static double logNormalizer(double alpha) {
        return -Gamma.logGamma(alpha);
    }

    /** log InvGamma(x | alpha, beta); minus infinity for x <= 0. */
    public static double logPdf(double x, double alpha, double beta) {
        return logPdf(x, alpha, beta, logNormalizer(alpha));
    }

    /** log InvGamma(x | alpha, beta) given {@code logNormalizer = logNormalizer(alpha)}. */
    public static double logPdf(double x, double alpha, double beta, double logNormalizer) {
        if (x <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return logNormalizer + alpha * Math.log(beta) - (alpha + 1) * Math.log(x) - beta / x;
    }

    /** d logPdf / dx for x > 0. */
    public static double dx(double x, double alpha, double beta) {
        return (beta / x - (alpha + 1)) / x;
    }

    /** d logPdf / dalpha for x > 0 (uses digamma). */
    public static double dAlpha(double x, double alpha, double beta) {
        return Math.log(beta) - Gamma.digamma(alpha) - Math.log(x);
    }

    /** d logPdf / dbeta for x > 0. */
    public static double dBeta(double x, double alpha, double beta) {
        return alpha / beta - 1 / x;
    }
}
