package org.shrinkagelab.stats;

/**
 * Gaussian kernel density estimates on a grid, with an optional reflecting lower bound so that a
 * positive quantity (a scale such as tau) does not leak density below zero.
 */
public final class KernelDensity {
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    private KernelDensity() {
    }

    /**
     * Silverman's rule-of-thumb bandwidth 0.9 min(sd, IQR / 1.34) n^(-1/5); falls back to sd, then
     * to 1, when the spread is zero.
     */
    public static double silvermanBandwidth(double[] values) {
        int n = values.length;
        if (n < 2) {
            return 1;
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        double iqr = quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25);
        double spread = iqr > 0 ? Math.min(sd, iqr / 1.34) : sd;
        if (!(spread > 0)) {
            return 1;
        }
        return 0.9 * spread * Math.pow(n, -0.2);
    }

    /**
     * The density estimate at each grid point with the given bandwidth; if {@code lowerBound} is
     * finite, the kernel mass below it is reflected back (and the estimate is zero below it).
     */
    public static double[] estimate(double[] values, double[] grid, double bandwidth, double lowerBound) {
        if (!(bandwidth > 0)) {
            throw new IllegalArgumentException("bandwidth must be positive, was " + bandwidth);
        }
        double[] out = new double[grid.length];
        if (values.length == 0) {
            return out;
        }
        boolean reflect = Double.isFinite(lowerBound);
        double norm = INV_SQRT_2PI / (values.length * bandwidth);
        for (int g = 0; g < grid.length; g++) {
            double x = grid[g];
            if (reflect && x < lowerBound) {
                continue;
            }
            double sum = 0;
            for (double v : values) {
                double z = (x - v) / bandwidth;
                sum += Math.exp(-0.5 * z * z);
                if (reflect) {
                    double r = (x - (2 * lowerBound - v)) / bandwidth;
                    sum += Math.exp(-0.5 * r * r);
                }
            }
            out[g] = sum * norm;
        }
        return out;
    }

    /**
     * The density estimate of a positive quantity made on the log scale and mapped back:
     * f(x) = g(ln x) / x with g the Gaussian kernel estimate of ln(values) (Silverman's bandwidth on
     * that scale). Unlike reflection it goes to zero at 0 when the draws do, as for a posterior of
     * tau under an inverse-gamma prior. Zero at grid points that are not positive.
     */
    public static double[] estimateOnLogScale(double[] values, double[] grid) {
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0)) {
                throw new IllegalArgumentException("a log-scale density needs positive values, got " + values[i]);
            }
            logs[i] = Math.log(values[i]);
        }
        double[] logGrid = new double[grid.length];
        for (int g = 0; g < grid.length; g++) {
            logGrid[g] = grid[g] > 0 ? Math.log(grid[g]) : Double.NEGATIVE_INFINITY;
        }
        double[] onLog = estimate(logs, logGrid, silvermanBandwidth(logs), Double.NaN);
        double[] out = new double[grid.length];
        for (int g = 0; g < grid.length; g++) {
            out[g] = grid[g] > 0 ? onLog[g] / grid[g] : 0;
        }
        return out;
    }

    /** An evenly spaced grid of n points from lo to hi. */
    public static double[] grid(double lo, double hi, int n) {
        if (n < 2 || !(hi > lo)) {
            throw new IllegalArgumentException("a grid needs n >= 2 and hi > lo, was n=" + n + " [" + lo + ", " + hi + "]");
        }
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = lo + (hi - lo) * i / (n - 1);
        }
        g[n - 1] = hi;
        return g;
    }

    /** Type-7 quantile of sorted values. */
    public static double quantileSorted(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
