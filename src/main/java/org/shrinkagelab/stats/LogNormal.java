package org.shrinkagelab.stats;

/** Log-normal(mu, sigma) on x > 0 (log x ~ Normal(mu, sigma)): log density and partial derivatives. */
public final class LogNormal {
    private LogNormal() {
    }

    /** log LogNormal(x | mu, sigma); minus infinity for x <= 0. */
    public static double logPdf(double x, double mu, double sigma) {
        if (x <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double logX = Math.log(x);
        return Normal.logPdf(logX, mu, sigma) - logX;
    }

    /** d logPdf / dx for x > 0. */
    public static double dx(double x, double mu, double sigma) {
        return (Normal.dx(Math.log(x), mu, sigma) - 1) / x;
    }

    /** d logPdf / dmu for x > 0. */
    public static double dMu(double x, double mu, double sigma) {
        return Normal.dMu(Math.log(x), mu, sigma);
    }

    /** d logPdf / dsigma for x > 0. */
    public static double dSigma(double x, double mu, double sigma) {
        return Normal.dSigma(Math.log(x), mu, sigma);
    }
}
