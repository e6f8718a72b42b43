package org.shrinkagelab.stats;

/**
 * Normal(mu, sigma) log density, normalized, and its partial derivatives in every argument. Static
 * and allocation-free because model gradients call it inside the sampler's inner loop.
 */
public final class Normal {
    /** log(sqrt(2 pi)), the constant of every Gaussian log density. */
    public static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private Normal() {
    }

    /** log N(x | mu, sigma). */
    public static double logPdf(double x, double mu, double sigma) {
        return logPdf(x, mu, sigma, Math.log(sigma));
    }

    /** log N(x | mu, sigma) given {@code logSigma = log(sigma)}, for callers that reuse it across terms. */
    public static double logPdf(double x, double mu, double sigma, double logSigma) {
        double z = (x - mu) / sigma;
        return -0.5 * z * z - logSigma - LOG_SQRT_2PI;
    }

    /** d logPdf / dx. */
    public static double dx(double x, double mu, double sigma) {
        return -(x - mu) / (sigma * sigma);
    }

    /** d logPdf / dmu. */
    public static double dMu(double x, double mu, double sigma) {
        return (x - mu) / (sigma * sigma);
    }

    /** d logPdf / dsigma. */
    public static double dSigma(double x, double mu, double sigma) {
        double z = (x - mu) / sigma;
        return (z * z - 1) / sigma;
    }
}
