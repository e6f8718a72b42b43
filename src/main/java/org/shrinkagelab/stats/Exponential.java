package org.shrinkagelab.stats;

/** Exponential(rate) on x >= 0: log density and partial derivatives. */
public final class Exponential {
    private Exponential() {
    }

    /** log Exponential(x | rate); minus infinity for x < 0. */
    public static double logPdf(double x, double rate) {
        if (x < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return Math.log(rate) - rate * x;
    }

    /** d logPdf / dx for x >= 0. */
    public static double dx(double x, double rate) {
        return -rate;
    }

    /** d logPdf / drate for x >= 0. */
    public static double dRate(double x, double rate) {
        return 1 / rate - x;
    }
}
