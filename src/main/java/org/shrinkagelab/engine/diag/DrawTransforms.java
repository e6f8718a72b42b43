package org.shrinkagelab.engine.diag;

import java.util.Arrays;
import org.apache.commons.math3.special.Erf;

/** posterior's transformations of draws before R-hat and ESS: splitting, rank normalization, folding. */
final class DrawTransforms {
    /** posterior's fractional rank offset (Blom) used by the rank normalization. */
    private static final double RANK_OFFSET = 3.0 / 8.0;

    private DrawTransforms() {
    }

    /** posterior's .split_chains: each chain cut into halves; with an odd length the middle draw is dropped. */
    static double[][] split(double[][] x) {
        int n = x[0].length;
        if (n == 1) {
            return x;
        }
        int half = n / 2;
        int secondStart = (n + 1) / 2; // 0-based ceiling(n/2 + 1) - 1
        double[][] out = new double[2 * x.length][];
        for (int c = 0; c < x.length; c++) {
            out[c] = Arrays.copyOfRange(x[c], 0, half);
            out[x.length + c] = Arrays.copyOfRange(x[c], secondStart, n);
        }
        return out;
    }

    /** posterior's z_scale: normal scores of the average ranks over all chains, offset 3/8. */
    static double[][] zScale(double[][] x) {
        double[] r = ranks(Moments.pooled(x));
        int s = r.length;
        double[][] z = new double[x.length][];
        int k = 0;
        for (int c = 0; c < x.length; c++) {
            z[c] = new double[x[c].length];
            for (int i = 0; i < x[c].length; i++) {
                z[c][i] = normalScore(r[k++], s);
            }
        }
        return z;
    }

    /** The normal score qnorm((r - 3/8) / (s - 3/4 + 1)) of rank r among s values, as z_scale computes it. */
    static double normalScore(double rank, int s) {
        double u = (rank - RANK_OFFSET) / (s - 2 * RANK_OFFSET + 1);
        return Math.sqrt(2) * Erf.erfInv(2 * u - 1);
    }

    /** posterior's fold_draws: absolute deviations from the median of all draws. */
    static double[][] fold(double[][] x) {
        double[] sorted = Moments.pooled(x);
        Arrays.sort(sorted);
        double median = Moments.sortedQuantile(sorted, 0.5);
        double[][] out = new double[x.length][];
        for (int c = 0; c < x.length; c++) {
            out[c] = new double[x[c].length];
            for (int i = 0; i < x[c].length; i++) {
                out[c][i] = Math.abs(x[c][i] - median);
            }
        }
        return out;
    }

    /** Ranks with ties given their average rank (R's rank, ties.method = "average"), 1-based. */
    static double[] ranks(double[] v) {
        return Ranking.averageRanks(v);
    }
}
