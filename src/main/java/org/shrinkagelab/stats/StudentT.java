package org.shrinkagelab.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * Student-t(nu, mu, sigma) log density, normalized, and its partial derivatives in every argument.
 * The part depending on nu alone, {@link #logNormalizer(double)}, costs two log-gamma calls, so a
 * model with a fixed nu computes it once and passes it to {@link #logPdf(double, double, double, double, double)}.
 */
public final class StudentT {
    private StudentT() {
    }

    /** lgamma((nu+1)/2) - lgamma(nu/2) - log(nu pi)/2, the nu-only part of the log density. */
    public static double logNormalizer(double nu) {
        return Gamma.logGamma(0.5 * (nu + 1)) - Gamma.logGamma(0.5 * nu) - 0.5 * Math.log(nu * Math.PI);
    }

    /** log t(x | nu, mu, sigma). */
    public static double logPdf(double x, double nu, double mu, double sigma) {
        return logPdf(x, nu, mu, sigma, logNormalizer(nu));
    }

    /** log t(x | nu, mu, sigma) given {@code logNormalizer = logNormalizer(nu)}. */
    public static double logPdf(double x, double nu, double mu, double sigma, double logNormalizer) {
        return logPdf(x, nu, mu, sigma, Math.log(sigma), logNormalizer);
    }

    /** log t(x | nu, mu, sigma) given log(sigma) and {@code logNormalizer(nu)}, for callers that reuse both. */
    public static double logPdf(double x, double nu, double mu, double sigma, double logSigma, double logNormalizer) {
        double z = (x - mu) / sigma;
        return logNormalizer - logSigma - 0.5 * (nu + 1) * Math.log1p(z * z / nu);
    }

    /** d logPdf / dx. */
    public static double dx(double x, double nu, double mu, double sigma) {
        double d = x - mu;
        return -(nu + 1) * d / (nu * sigma * sigma + d * d);
    }

    /** d logPdf / dmu. */
    public static double dMu(double x, double nu, double mu, double sigma) {
        return -dx(x, nu, mu, sigma);
    }

    /** d logPdf / dsigma. */
    public static double dSigma(double x, double nu, double mu, double sigma) {
        double d = x - mu;
        double ns2 = nu * sigma * sigma;
        return (nu * d * d - ns2) / (sigma * (ns2 + d * d));
    }

    /** d logPdf / dnu (uses digamma; not needed when nu is fixed). */
    public static double dNu(double x, double nu, double mu, double sigma) {
        double z = (x - mu) / sigma;
        double z2 = z * z;
        return 0.5 * (Gamma.digamma(0.5 * (nu + 1)) - Gamma.digamma(0.5 * nu)) - 0.5 / nu
                - 0.5 * Math.log1p(z2 / nu) + 0.5 * (nu + 1) * z2 / (nu * (nu + z2));
    }
}
