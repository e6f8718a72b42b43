package org.shrinkagelab.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * Scaled-inverse-chi-squared(nu, s) on x > 0, as Stan's {@code scaled_inv_chi_square(nu, s)}: the
 * inverse-gamma(nu/2, nu s^2/2) density. Log density and partial derivatives in x, nu and s.
 */
public final class ScaledInverseChiSquared {
    private ScaledInverseChiSquared() {
    }

    /** (nu/2) log(nu/2) - lgamma(nu/2), the nu-only part of the log density. */
    public static double logNormalizer(double nu) {
        double h = 0.5 * nu;
        return h * Math.log(h) - Gamma.logGamma(h);
    }

    /** log ScaledInvChiSq(x | nu, s); minus infinity for x <= 0. */
    public static double logPdf(double x, double nu, double s) {
        return logPdf(x, nu, s, logNormalizer(nu));
    }

    /** log ScaledInvChiSq(x | nu, s) given {@code logNormalizer = logNormalizer(nu)}. */
    public static double logPdf(double x, double nu, double s, double logNormalizer) {
        if (x <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return logNormalizer + nu * Math.log(s) - (0.5 * nu + 1) * Math.log(x) - 0.5 * nu * s * s / x;
    }

    /** d logPdf / dx for x > 0. */
    public static double dx(double x, double nu, double s) {
        return (0.5 * nu * s * s / x - (0.5 * nu + 1)) / x;
    }

    /** d logPdf / dnu for x > 0 (uses digamma). */
    public static double dNu(double x, double nu, double s) {
        double h = 0.5 * nu;
        return 0.5 * (Math.log(h) + 1 - Gamma.digamma(h)) + Math.log(s) - 0.5 * Math.log(x) - 0.5 * s * s / x;
    }

    /** d logPdf / ds for x > 0. */
    public static double dS(double x, double nu, double s) {
        return nu / s - nu * s / x;
    }
}
