package org.shrinkagelab.stats;

/**
 * Modified Bessel functions of the first kind of orders 0 and 1 (commons-math3 has only BesselJ):
 * the power series below {@value #SWITCH} and the Hankel asymptotic expansion above, both to about
 * 1e-15 relative.
 */
public final class Bessel {
    private static final double SWITCH = 30;

    private Bessel() {
    }

    /** log I0(x) for x >= 0. */
    public static double logI0(double x) {
        checkNonNegative(x);
        if (x < SWITCH) {
            return Math.log(series(x, 0));
        }
        return x - 0.5 * Math.log(2 * Math.PI * x) + Math.log(asymptotic(x, 0));
    }

    /** I0(x) for x >= 0 (overflows to infinity beyond about 713). */
    public static double i0(double x) {
        return Math.exp(logI0(x));
    }

    /** I1(x) for x >= 0 (overflows to infinity beyond about 713). */
    public static double i1(double x) {
        checkNonNegative(x);
        if (x < SWITCH) {
            return series(x, 1);
        }
        return Math.exp(x - 0.5 * Math.log(2 * Math.PI * x)) * asymptotic(x, 1);
    }

    /** I1(x)/I0(x) for x >= 0, finite for every x (the mean resultant length of a von Mises). */
    public static double i1OverI0(double x) {
        checkNonNegative(x);
        if (x < SWITCH) {
            return series(x, 1) / series(x, 0);
        }
        return asymptotic(x, 1) / asymptotic(x, 0);
    }

    /** sum_k (x/2)^(2k+n) / (k! (k+n)!), all terms positive, so no cancellation. */
    private static double series(double x, int n) {
        double q = 0.25 * x * x;
        double term = n == 0 ? 1 : 0.5 * x;
        double sum = term;
        for (int k = 1; k < 500; k++) {
            term *= q / (k * (double) (k + n));
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return sum;
    }

    /** I_n(x) sqrt(2 pi x) e^-x ~ 1 - (m-1)/(8x) + (m-1)(m-9)/(2!(8x)^2) - ..., m = 4 n^2. */
    private static double asymptotic(double x, int n) {
        double m = 4.0 * n * n;
        double term = 1;
        double sum = 1;
        for (int k = 1; k < 60; k++) {
            double odd = 2 * k - 1;
            term *= -(m - odd * odd) / (k * 8 * x);
            sum += term;
            if (Math.abs(term) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return sum;
    }

    private static void checkNonNegative(double x) {
        if (!(x >= 0)) {
            throw new IllegalArgumentException("Bessel I argument must be >= 0, was " + x);
        }
    }
}
