package org.shrinkagelab.problems.eightschools.exact;

import java.util.Arrays;

/**
 * Mean, standard deviation and 5% / 95% quantiles (type 7, as R and numpy) of independent draws,
 * with the Monte Carlo standard error of the mean (sd / sqrt(n), the draws being independent).
 *
 * @param mean     sample mean
 * @param sd       sample standard deviation (n - 1 in the denominator)
 * @param q5       5% quantile
 * @param q95      95% quantile
 * @param mcseMean sd / sqrt(n)
 */
public record SampleSummary(double mean, double sd, double q5, double q95, double mcseMean) {
    /** Fine bins locate an order statistic; only the few values in its bin are then sorted. */
    private static final int BINS = 4096;

    /** Summarizes the draws (left unchanged). */
    public static SampleSummary of(double[] draws) {
        int n = draws.length;
        if (n < 2) {
            throw new IllegalArgumentException("a summary needs at least 2 draws, got " + n);
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : draws) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : draws) {
            double d = v - mean;
            ss += d * d;
        }
        double sd = Math.sqrt(ss / (n - 1));
        return new SampleSummary(mean, sd, quantile(draws, 0.05, min, max), quantile(draws, 0.95, min, max),
                sd / Math.sqrt(n));
    }

    /** The type-7 p-quantile of the values, whose smallest and largest are min and max (linear time). */
    static double quantile(double[] values, double p, double min, double max) {
        int n = values.length;
        double h = (n - 1) * p;
        int k = (int) Math.floor(h);
        double[] pair = orderStatistics(values, k, Math.min(k + 1, n - 1), min, max);
        return pair[0] + (h - k) * (pair[1] - pair[0]);
    }

    /**
     * The k-th and l-th smallest values (0-based, k <= l): bin all values finely between min and
     * max, find the bins holding ranks k and l, and sort only the values in those bins and between.
     */
    private static double[] orderStatistics(double[] values, int k, int l, double min, double max) {
        if (!(max > min)) {
            return new double[] {min, min};
        }
        double scale = BINS / (max - min);
        int[] counts = new int[BINS];
        for (double v : values) {
            counts[Math.min(BINS - 1, (int) ((v - min) * scale))]++;
        }
        int before = 0;
        int first = 0;
        while (before + counts[first] <= k) {
            before += counts[first];
            first++;
        }
        int last = first;
        int upTo = before + counts[first];
        while (upTo <= l) {
            last++;
            upTo += counts[last];
        }
        double[] chosen = new double[upTo - before];
        int m = 0;
        for (double v : values) {
            int b = Math.min(BINS - 1, (int) ((v - min) * scale));
            if (b >= first && b <= last) {
                chosen[m++] = v;
            }
        }
        Arrays.sort(chosen);
        return new double[] {chosen[k - before], chosen[l - before]};
    }
}
