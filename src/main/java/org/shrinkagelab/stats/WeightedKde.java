package org.shrinkagelab.stats;

/**
 * A Gaussian kernel density estimate of weighted draws (importance samples). The draws are first
 * spread onto a fine grid by linear binning, so the cost does not grow with the number of draws
 * times the number of points asked for.
 */
public final class WeightedKde {
    private static final int BINS = 1024;

    private WeightedKde() {
    }

    /** Silverman's rule of thumb with the weighted sd and Kish's effective sample size. */
    public static double silvermanBandwidth(double[] values, double[] weights) {
        double sw = 0;
        double sw2 = 0;
        double mean = 0;
        for (int i = 0; i < values.length; i++) {
            sw += weights[i];
            sw2 += weights[i] * weights[i];
            mean += weights[i] * values[i];
        }
        if (!(sw > 0)) {
            throw new IllegalArgumentException("the weights sum to " + sw + "; a density needs a positive sum");
        }
        mean /= sw;
        double var = 0;
        for (int i = 0; i < values.length; i++) {
            double d = values[i] - mean;
            var += weights[i] * d * d;
        }
        var /= sw;
        double ess = sw * sw / sw2;
        return 1.06 * Math.sqrt(var) * Math.pow(ess, -0.2);
    }

    /** The density at each point of the grid x (weights need not be normalized). */
    public static double[] density(double[] values, double[] weights, double bandwidth, double[] x) {
        if (values.length != weights.length) {
            throw new IllegalArgumentException("values and weights differ in length: " + values.length + " vs "
                    + weights.length);
        }
        if (!(bandwidth > 0)) {
            throw new IllegalArgumentException("bandwidth must be positive, was " + bandwidth);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double delta = Math.max(hi - lo, 1e-12) / (BINS - 1);
        double[] mass = new double[BINS];
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            double pos = (values[i] - lo) / delta;
            int b = Math.min((int) pos, BINS - 2);
            double frac = pos - b;
            mass[b] += weights[i] * (1 - frac);
            mass[b + 1] += weights[i] * frac;
            total += weights[i];
        }
        double[] d = new double[x.length];
        double norm = 1 / (total * bandwidth * Math.sqrt(2 * Math.PI));
        for (int j = 0; j < x.length; j++) {
            double s = 0;
            for (int b = 0; b < BINS; b++) {
                if (mass[b] != 0) {
                    double z = (x[j] - (lo + b * delta)) / bandwidth;
                    s += mass[b] * Math.exp(-0.5 * z * z);
                }
            }
            d[j] = s * norm;
        }
        return d;
    }
}
