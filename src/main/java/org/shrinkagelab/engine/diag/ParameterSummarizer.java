package org.shrinkagelab.engine.diag;

import static org.shrinkagelab.engine.diag.DrawTransforms.normalScore;
import static org.shrinkagelab.engine.diag.DrawTransforms.split;
import static org.shrinkagelab.engine.diag.Moments.pooled;
import static org.shrinkagelab.engine.diag.Moments.sortedQuantile;

import java.util.Arrays;
import org.shrinkagelab.engine.JobContext;

/**
 * One parameter's summary row from a single sort of its draws, shared by the quantiles, the bulk
 * (rank-normalized) and the folded (tail) measures: the folded values' order follows from the sorted
 * draws by merging the two sides of the median, and the normal score of each integer rank is computed
 * once for both. Every number equals what {@link Diagnostics}' single-measure methods compute.
 */
final class ParameterSummarizer {
    private final double[][] x;
    private final JobContext context;

    private ParameterSummarizer(double[][] x, JobContext context) {
        this.x = x;
        this.context = context;
    }

    /** The summary row of finite draws of equal-length chains (at least one draw). */
    static ParameterSummary summarize(String name, double[][] finiteDraws, JobContext context) {
        return new ParameterSummarizer(finiteDraws, context).row(name);
    }

    private ParameterSummary row(String name) {
        double[][] halves = split(x);
        double[] values = pooled(halves);
        int[] order = Ranking.order(values, context);
        double[] sortedHalves = Ranking.gather(values, order);
        // with an odd chain length split drops each middle draw, so the quantiles need all draws sorted
        double[] sorted = x[0].length % 2 == 0 || halves == x ? sortedHalves : sortedAll();
        context.checkCancelled();
        double mean = Moments.mean(x);
        double sd = Math.sqrt(Moments.variance(pooled(x)));
        double q5 = sortedQuantile(sorted, 0.05);
        double q50 = sortedQuantile(sorted, 0.5);
        double q95 = sortedQuantile(sorted, 0.95);

        double[] scoreOfRank = scoresOfIntegerRanks(values.length, context);
        double[][] bulk = Moments.unpooled(scores(sortedHalves, order, scoreOfRank), halves);
        double essBulk = GeyerEss.of(bulk, context);
        double rhatBulk = Diagnostics.rhatOf(bulk);
        context.checkCancelled();

        double[] foldedSorted = new double[values.length];
        int[] foldedOrder = foldedOrder(sortedHalves, order, q50, foldedSorted);
        double[][] tail = Moments.unpooled(scores(foldedSorted, foldedOrder, scoreOfRank), halves);
        double rhatTail = Diagnostics.rhatOf(tail);
        double rhat = Double.isNaN(rhatBulk) || Double.isNaN(rhatTail) ? Double.NaN : Math.max(rhatBulk, rhatTail);
        context.checkCancelled();

        double essTail = essTail(halves, q5, q95);
        context.checkCancelled();
        double mcseMean = sd / Math.sqrt(GeyerEss.of(halves, context));
        double mcseSd = mcseSd(halves, mean);
        return new ParameterSummary(name, mean, sd, q5, q50, q95, mcseMean, mcseSd, essBulk, essTail, rhat);
    }

    private double[] sortedAll() {
        double[] all = pooled(x);
        Arrays.sort(all);
        return all;
    }

    /** Diagnostics.essTail: the smaller indicator ESS of the 5% and 95% quantiles, NaN if either is. */
    private double essTail(double[][] halves, double q5, double q95) {
        if (Moments.shouldReturnNa(x)) {
            return Double.NaN;
        }
        double lower = GeyerEss.of(indicator(halves, q5), context);
        double upper = GeyerEss.of(indicator(halves, q95), context);
        return Double.isNaN(lower) || Double.isNaN(upper) ? Double.NaN : Math.min(lower, upper);
    }

    /** Diagnostics.mcseSd, whose split of the squared deviations equals the squared deviations of the halves. */
    private double mcseSd(double[][] halves, double mean) {
        double evar = 0;
        double fourth = 0;
        for (double[] chain : x) {
            for (double v : chain) {
                double d = v - mean;
                evar += d * d;
                fourth += d * d * d * d;
            }
        }
        int n = Moments.count(x);
        evar /= n;
        fourth /= n;
        double[][] squares = new double[halves.length][];
        for (int c = 0; c < halves.length; c++) {
            squares[c] = new double[halves[c].length];
            for (int i = 0; i < halves[c].length; i++) {
                double d = halves[c][i] - mean;
                squares[c][i] = d * d;
            }
        }
        double ess = GeyerEss.of(squares, context);
        double varvar = (fourth - evar * evar) / ess;
        return Math.sqrt(varvar / evar / 4);
    }

    private static double[][] indicator(double[][] halves, double q) {
        double[][] out = new double[halves.length][];
        for (int c = 0; c < halves.length; c++) {
            out[c] = new double[halves[c].length];
            for (int i = 0; i < halves[c].length; i++) {
                out[c][i] = halves[c][i] <= q ? 1 : 0;
            }
        }
        return out;
    }

    /** Normal scores (inverse error functions) computed between two looks at the job's cancellation. */
    private static final int CHECK_EVERY = 1 << 14;
    private static int cachedScoresSize = -1;
    private static double[] cachedScores;

    /**
     * Normal scores of the integer ranks 1..s (index = rank), shared by the bulk and the folded draws and,
     * as the inverse error function is the costliest step, by every parameter of the same size (kept for
     * the last size asked; the array is never written after it is made).
     */
    private static synchronized double[] scoresOfIntegerRanks(int s, JobContext context) {
        if (s != cachedScoresSize) {
            double[] out = new double[s + 1];
            for (int r = 1; r <= s; r++) {
                if (r % CHECK_EVERY == 0) {
                    context.checkCancelled();
                }
                out[r] = normalScore(r, s);
            }
            cachedScores = out;
            cachedScoresSize = s;
        }
        return cachedScores;
    }

    /**
     * The normal score of each value's average rank (R's rank, ties averaged), placed at the value's index,
     * from the values in ascending order and that order.
     */
    private static double[] scores(double[] sortedValues, int[] order, double[] scoreOfRank) {
        int s = order.length;
        double[] z = new double[s];
        int i = 0;
        while (i < s) {
            int j = i;
            while (j + 1 < s && sortedValues[j + 1] == sortedValues[i]) {
                j++;
            }
            double score = i == j ? scoreOfRank[i + 1] : normalScore((i + j) / 2.0 + 1, s);
            for (int t = i; t <= j; t++) {
                z[order[t]] = score;
            }
            i = j + 1;
        }
        return z;
    }

    /**
     * The ascending order of |v - median| from v's ascending order: below the median the distances grow
     * going down, from it they grow going up (rounding is monotone), so the two runs merge in one pass;
     * the distances in that order are written to {@code foldedSorted}.
     */
    private static int[] foldedOrder(double[] sorted, int[] order, double median, double[] foldedSorted) {
        int n = sorted.length;
        int right = 0;
        while (right < n && sorted[right] < median) {
            right++;
        }
        int left = right - 1;
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            double l = left < 0 ? Double.POSITIVE_INFINITY : Math.abs(sorted[left] - median);
            double r = right >= n ? Double.POSITIVE_INFINITY : Math.abs(sorted[right] - median);
            if (right >= n || l < r) {
                foldedSorted[k] = l;
                out[k] = order[left--];
            } else {
                foldedSorted[k] = r;
                out[k] = order[right++];
            }
        }
        return out;
    }
}
