package org.shrinkagelab.engine.diag;

import java.util.Arrays;

/**
 * Pareto-smoothed importance sampling of one set of log importance ratios (Vehtari, Simpson, Gelman, Yao and
 * Gabry 2024), step for step as the {@code loo} R package 2.5.1 ({@code do_psis_i}): the largest
 * {@code ceil(min(0.2 S, 3 sqrt(S / r_eff)))} ratios are replaced by the expected order statistics of a
 * generalized Pareto distribution fitted to them, and every weight is truncated at the largest raw weight.
 */
public final class ParetoSmoothing {
    /** Fewer tail draws than this and loo does not fit the Pareto tail (k stays infinite). */
    static final int MIN_TAIL_LENGTH = 5;

    private ParetoSmoothing() {
    }

    /**
     * The smoothed log weights (not normalized, on the scale of the input ratios), the Pareto shape k-hat of
     * the tail (infinite when the tail could not be fitted) and the tail length used.
     *
     * @param logWeights the smoothed and truncated log weights, one per draw in the input order
     * @param k          the tail's estimated shape
     * @param tailLength the number of largest ratios smoothed
     */
    public record Result(double[] logWeights, double k, int tailLength) {
    }

    /** loo's tail length for S draws of relative efficiency rEff. */
    public static int tailLength(int draws, double rEff) {
        return (int) Math.ceil(Math.min(0.2 * draws, 3 * Math.sqrt(draws / rEff)));
    }

    /** Smooths the log ratios of S draws whose relative efficiency (ESS / S) is rEff. */
    public static Result smooth(double[] logRatios, double rEff) {
        int s = logRatios.length;
        int tail = tailLength(s, rEff);
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logRatios) {
            max = Math.max(max, v);
        }
        double[] lw = new double[s];
        for (int i = 0; i < s; i++) {
            lw[i] = logRatios[i] - max;
        }
        double k = Double.POSITIVE_INFINITY;
        if (tail >= MIN_TAIL_LENGTH && tail < s) {
            k = smoothTail(lw, tail);
        }
        for (int i = 0; i < s; i++) {
            lw[i] = Math.min(lw[i], 0) + max;
        }
        return new Result(lw, k, tail);
    }

    /** Replaces the tail of lw in place by the fitted quantiles; returns k (infinite if the tail is flat). */
    private static double smoothTail(double[] lw, int tail) {
        int s = lw.length;
        // A stable sort of the indices by value, as R's sort.int(index.return = TRUE) (radix, stable).
        Integer[] order = new Integer[s];
        for (int i = 0; i < s; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(lw[a], lw[b]));
        double[] lwTail = new double[tail];
        for (int j = 0; j < tail; j++) {
            lwTail[j] = lw[order[s - tail + j]];
        }
        if (Math.abs(lwTail[tail - 1] - lwTail[0]) < Math.ulp(1.0) / 100) {
            return Double.POSITIVE_INFINITY;
        }
        double cutoff = lw[order[s - tail - 1]];
        double expCutoff = Math.exp(cutoff);
        double[] exceedances = new double[tail];
        for (int j = 0; j < tail; j++) {
            exceedances[j] = Math.exp(lwTail[j]) - expCutoff;
        }
        GeneralizedPareto.Fit fit = GeneralizedPareto.fit(exceedances);
        if (Double.isFinite(fit.k())) {
            for (int j = 0; j < tail; j++) {
                double p = (j + 1 - 0.5) / tail;
                lw[order[s - tail + j]] = Math.log(GeneralizedPareto.quantile(p, fit.k(), fit.sigma()) + expCutoff);
            }
        }
        return fit.k();
    }
}
