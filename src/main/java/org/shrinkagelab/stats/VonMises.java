package org.shrinkagelab.stats;

/**
 * Von Mises(mu, kappa) on an interval of length 2 pi: log density and partial derivatives. The
 * kappa-only part, -log(2 pi I0(kappa)), can be computed once with {@link #logNormalizer(double)}.
 */
public final class VonMises {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private VonMises() {
    }

    /** -log(2 pi I0(kappa)), the kappa-only part of the log density. */
    public static double logNormalizer(double kappa) {
        return -LOG_2PI - Bessel.logI0(kappa);
    }

    /** log VonMises(x | mu, kappa). */
    public static double logPdf(double x, double mu, double kappa) {
        return logPdf(x, mu, kappa, logNormalizer(kappa));
    }

    /** log VonMises(x | mu, kappa) given {@code logNormalizer = logNormalizer(kappa)}. */
    public static double logPdf(double x, double mu, double kappa, double logNormalizer) {
        return logNormalizer + kappa * Math.cos(x - mu);
    }

    /** d logPdf / dx. */
    public static double dx(double x, double mu, double kappa) {
        return -kappa * Math.sin(x - mu);
    }

    /** d logPdf / dmu. */
    public static double dMu(double x, double mu, double kappa) {
        return kappa * Math.sin(x - mu);
    }

    /** d logPdf / dkappa: cos(x - mu) - I1(kappa)/I0(kappa). */
    public static double dKappa(double x, double mu, double kappa) {
        return Math.cos(x - mu) - Bessel.i1OverI0(kappa);
    }
}
