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

    /**
     * Summarizes the draws (left unchanged) in three passes: sum and range; squares and bin counts; the
     * values in the bins holding the two order statistics.
     */
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
            // comparisons, not Math.min/max: twice as fast here, and only a signed zero could differ
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
        }
        double mean = sum / n;
        Bins bins = new Bins(min, max);
        double ss = 0;
        for (double v : draws) {
            double d = v - mean;
            ss += d * d;
            bins.count(v);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double[] q = bins.quantiles(draws, 0.05, 0.95);
        return new SampleSummary(mean, sd, q[0], q[1], sd / Math.sqrt(n));
    }

    /** The type-7 p-quantiles of the values, whose smallest and largest are min and max (linear time). */
    static double[] quantiles(double[] values, double min, double max, double... p) {
        Bins bins = new Bins(min, max);
        for (double v : values) {
            bins.count(v);
        }
        return bins.quantiles(values, p);
    }

    /**
     * Order statistics by counting: all values are binned finely between min and max, the bins holding
     * the ranks wanted are found from the counts, and only the values in those bins (and between) are
     * sorted. The k-th smallest value is exact, as from a full sort.
     */
    private static final class Bins {
        private final double min;
        private final double scale;
        private final int top;
        private final int[] counts;

        Bins(double min, double max) {
            this.min = min;
            this.scale = max > min ? BINS / (max - min) : 0;
            this.top = max > min ? BINS - 1 : 0;
            this.counts = new int[top + 1];
        }

        private int bin(double v) {
            return Math.min(top, (int) ((v - min) * scale));
        }

        /** Counts the value. */
        void count(double v) {
            counts[bin(v)]++;
        }

        /**
         * The type-7 quantiles at each p (0 <= p <= 1, at most 31 of them) of the values counted, with
         * one more pass over them; each value's bin is found again rather than stored (a store and a load
         * of n ints cost more than the multiply), and a table says which quantiles want each bin.
         */
        double[] quantiles(double[] values, double... p) {
            int n = values.length;
            int m = p.length;
            if (m > 31) {
                throw new IllegalArgumentException("at most 31 quantiles at once, asked for " + m);
            }
            int[] lowRank = new int[m];
            int[] before = new int[m];
            int[] wanted = new int[counts.length];
            double[][] chosen = new double[m][];
            for (int r = 0; r < m; r++) {
                int k = (int) Math.floor((n - 1) * p[r]);
                int l = Math.min(k + 1, n - 1);
                int below = 0;
                int b = 0;
                while (below + counts[b] <= k) {
                    below += counts[b];
                    b++;
                }
                int e = b;
                int upTo = below + counts[b];
                while (upTo <= l) {
                    e++;
                    upTo += counts[e];
                }
                for (int i = b; i <= e; i++) {
                    wanted[i] |= 1 << r;
                }
                lowRank[r] = k;
                before[r] = below;
                chosen[r] = new double[upTo - below];
            }
            int[] filled = new int[m];
            for (double v : values) {
                int mask = wanted[bin(v)];
                while (mask != 0) {
                    int r = Integer.numberOfTrailingZeros(mask);
                    chosen[r][filled[r]++] = v;
                    mask &= mask - 1;
                }
            }
            double[] out = new double[m];
            for (int r = 0; r < m; r++) {
                Arrays.sort(chosen[r]);
                double h = (n - 1) * p[r];
                int k = lowRank[r];
                double lo = chosen[r][k - before[r]];
                double hi = chosen[r][Math.min(k + 1, n - 1) - before[r]];
                out[r] = lo + (h - k) * (hi - lo);
            }
            return out;
        }
    }
}
