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
        int[] order = Ranking.order(values);
        double[] sortedHalves = Ranking.gather(values, order);
        // with an odd chain length split drops each middle draw, so the quantiles need all draws sorted
        double[] sorted = x[0].length % 2 == 0 || halves == x ? sortedHalves : sortedAll();
        context.checkCancelled();
        double mean = Moments.mean(x);
        double sd = Math.sqrt(Moments.variance(pooled(x)));
        double q5 = sortedQuantile(sorted, 0.05);
        double q50 = sortedQuantile(sorted, 0.5);
        double q95 = sortedQuantile(sorted, 0.95);

        double[] scoreOfRank = scoresOfIntegerRanks(values.length);
        double[][] bulk = Moments.unpooled(scores(Ranking.averageRanks(values, order), scoreOfRank), halves);
        double essBulk = GeyerEss.of(bulk);
        double rhatBulk = Diagnostics.rhatOf(bulk);
        context.checkCancelled();

        double[] folded = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            folded[k] = Math.abs(values[k] - q50);
        }
        int[] foldedOrder = foldedOrder(sortedHalves, order, q50);
        double[][] tail = Moments.unpooled(scores(Ranking.averageRanks(folded, foldedOrder), scoreOfRank), halves);
        double rhatTail = Diagnostics.rhatOf(tail);
        double rhat = Double.isNaN(rhatBulk) || Double.isNaN(rhatTail) ? Double.NaN : Math.max(rhatBulk, rhatTail);
        context.checkCancelled();

        double essTail = essTail(halves, q5, q95);
        context.checkCancelled();
        double mcseMean = Diagnostics.mcseMean(x);
        double mcseSd = Diagnostics.mcseSd(x);
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
        double lower = GeyerEss.of(indicator(halves, q5));
        double upper = GeyerEss.of(indicator(halves, q95));
        return Double.isNaN(lower) || Double.isNaN(upper) ? Double.NaN : Math.min(lower, upper);
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

    /** Normal scores of the integer ranks 1..s (index = rank), shared by the bulk and the folded draws. */
    private static double[] scoresOfIntegerRanks(int s) {
        double[] out = new double[s + 1];
        for (int r = 1; r <= s; r++) {
            out[r] = normalScore(r, s);
        }
        return out;
    }

    private static double[] scores(double[] ranks, double[] scoreOfRank) {
        int s = ranks.length;
        double[] z = new double[s];
        for (int k = 0; k < s; k++) {
            double r = ranks[k];
            int whole = (int) r;
            z[k] = whole == r ? scoreOfRank[whole] : normalScore(r, s);
        }
        return z;
    }

    /**
     * The ascending order of |v - median| from v's ascending order: below the median the distances grow
     * going down, from it they grow going up (rounding is monotone), so the two runs merge in one pass.
     */
    static int[] foldedOrder(double[] sorted, int[] order, double median) {
        int n = sorted.length;
        int right = 0;
        while (right < n && sorted[right] < median) {
            right++;
        }
        int left = right - 1;
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            boolean takeLeft;
            if (left < 0) {
                takeLeft = false;
            } else if (right >= n) {
                takeLeft = true;
            } else {
                takeLeft = Math.abs(sorted[left] - median) < Math.abs(sorted[right] - median);
            }
            out[k] = takeLeft ? order[left--] : order[right++];
        }
        return out;
    }
}
