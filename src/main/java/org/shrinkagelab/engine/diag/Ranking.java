package org.shrinkagelab.engine.diag;

import org.shrinkagelab.engine.JobContext;

/**
 * The ascending order of primitive values and their average ranks (R's rank, ties.method = "average"):
 * an LSD radix sort of the values' order-preserving 64-bit keys carrying their indices, O(n) passes on
 * primitive arrays. -0.0 and 0.0 are ties, as R and Java's == see them; a NaN sorts last, tied with nothing.
 */
final class Ranking {
    private static final int DIGIT_BITS = 11;
    private static final int BUCKETS = 1 << DIGIT_BITS;
    private static final int PASSES = (Long.SIZE + DIGIT_BITS - 1) / DIGIT_BITS;

    private Ranking() {
    }

    /** The indices of v in ascending order of value (ties in index order). */
    static int[] order(double[] v) {
        return order(v, JobContext.none());
    }

    /** {@link #order(double[])}, looking at the context's cancellation before each pass over the values. */
    static int[] order(double[] v, JobContext context) {
        int n = v.length;
        long[] keys = new long[n];
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToRawLongBits(v[i] + 0.0); // + 0.0 turns -0.0 into 0.0
            keys[i] = bits < 0 ? ~bits : bits | Long.MIN_VALUE;
            idx[i] = i;
        }
        if (n == 0) {
            return idx;
        }
        long[] keysOut = new long[n];
        int[] idxOut = new int[n];
        int[] count = new int[BUCKETS];
        for (int pass = 0; pass < PASSES; pass++) {
            context.checkCancelled();
            int shift = pass * DIGIT_BITS;
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (keys[i] >>> shift) & (BUCKETS - 1)]++;
            }
            if (count[(int) (keys[0] >>> shift) & (BUCKETS - 1)] == n) {
                continue; // every key has this digit: the pass would not move anything
            }
            int sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int b = (int) (keys[i] >>> shift) & (BUCKETS - 1);
                int to = count[b]++;
                keysOut[to] = keys[i];
                idxOut[to] = idx[i];
            }
            long[] k = keys;
            keys = keysOut;
            keysOut = k;
            int[] t = idx;
            idx = idxOut;
            idxOut = t;
        }
        return idx;
    }

    /** The values in the given order. */
    static double[] gather(double[] v, int[] order) {
        double[] out = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = v[order[i]];
        }
        return out;
    }

    /** 1-based average ranks of v, given its ascending order. */
    static double[] averageRanks(double[] v, int[] order) {
        double[] r = new double[v.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double average = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                r[order[t]] = average;
            }
            i = j + 1;
        }
        return r;
    }

    /** 1-based average ranks of v (ties averaged). */
    static double[] averageRanks(double[] v) {
        return averageRanks(v, order(v));
    }
}
