package org.shrinkagelab.engine.diag;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Pearson's chi-square test that SBC ranks are uniform on 0..L: the L + 1 possible ranks are grouped into B bins
 * of equal probability (B divides L + 1) and the counts compared with R / B, on B - 1 degrees of freedom.
 */
public final class RankUniformity {
    /** Most bins used, as Talts et al.'s histograms. */
    static final int MAX_BINS = 20;
    /** Expected count per bin at least this, so that the chi-square approximation holds. */
    static final int MIN_EXPECTED = 5;

    private RankUniformity() {
    }

    /**
     * The test's outcome.
     *
     * @param counts    ranks per bin
     * @param statistic Pearson's X^2
     * @param pValue    P(chi-square(B - 1) >= X^2); NaN with fewer than two bins
     */
    public record Test(long[] counts, double statistic, double pValue) {
        /** Number of bins B. */
        public int bins() {
            return counts.length;
        }
    }

    /**
     * The number of bins for R ranks on 0..maxRank: the largest divisor B of maxRank + 1 with B at most 20 and
     * R / B at least 5 (1 when there is none).
     */
    public static int bins(int replications, int maxRank) {
        int values = maxRank + 1;
        for (int b = Math.min(MAX_BINS, values); b >= 2; b--) {
            if (values % b == 0 && replications >= MIN_EXPECTED * b) {
                return b;
            }
        }
        return 1;
    }

    /** Tests ranks on 0..maxRank, binned as {@link #bins(int, int)}. */
    public static Test test(int[] ranks, int maxRank) {
        return test(ranks, maxRank, bins(ranks.length, maxRank));
    }

    /** Tests ranks on 0..maxRank in the given number of bins, which must divide maxRank + 1. */
    public static Test test(int[] ranks, int maxRank, int bins) {
        int values = maxRank + 1;
        if (bins < 1 || values % bins != 0) {
            throw new IllegalArgumentException(bins + " bins do not split the " + values + " ranks 0.." + maxRank
                    + " evenly");
        }
        long[] counts = new long[bins];
        for (int r : ranks) {
            if (r < 0 || r > maxRank) {
                throw new IllegalArgumentException("rank " + r + " is outside 0.." + maxRank);
            }
            counts[(int) ((long) r * bins / values)]++;
        }
        double expected = (double) ranks.length / bins;
        double x2 = 0;
        for (long c : counts) {
            x2 += (c - expected) * (c - expected) / expected;
        }
        double p = bins < 2 || ranks.length == 0 ? Double.NaN
                : new ChiSquaredDistribution(null, bins - 1).cumulativeProbability(x2);
        return new Test(counts, x2, Double.isNaN(p) ? p : 1 - p);
    }
}
