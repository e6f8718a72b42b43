package org.shrinkagelab.stats;

/** Cauchy(mu, sigma) log density, normalized, and its partial derivatives in every argument. */
public final class Cauchy {
    private static final double LOG_PI = Math.log(Math.PI);

    private Cauchy() {
    }

    /** log Cauchy(x | mu, sigma). */
    public static double logPdf(double x, double mu, double sigma) {
        double z = (x - mu) / sigma;
        return -LOG_PI - Math.log(sigma) - Math.log1p(z * z);
    }

    /** d logPdf / dx. */
    public static double dx(double x, double mu, double sigma) {
        double d = x - mu;
        return -2 * d / (sigma * sigma + d * d);
    }

    /** d logPdf / dmu. */
    public static double dMu(double x, double mu, double sigma) {
        return -dx(x, mu, sigma);
    }

    /** d logPdf / dsigma. */
    public static double dSigma(double x, double mu, double sigma) {
        double d = x - mu;
        double s2 = sigma * sigma;
        return (d * d - s2) / (sigma * (s2 + d * d));
    }
}
