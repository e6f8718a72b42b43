package org.shrinkagelab.engine.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Several models' PSIS-LOO on the same observations, ranked by elpd_loo as {@code loo::loo_compare} does, with
 * the columns of ArviZ's {@code compare}: elpd_diff and se_diff (ArviZ's dse) against the best model, and
 * stacking weights (Yao, Vehtari, Simpson and Gelman 2018), the weights of the mixture of the models'
 * leave-one-out predictive densities that maximizes its log score.
 */
public final class LooComparison {
    /** Stacking stops when no weight moves by more than this in an iteration. */
    private static final double WEIGHT_TOLERANCE = 1e-13;
    private static final int MAX_ITERATIONS = 1_000_000;

    private LooComparison() {
    }

    /**
     * One model's row, best model first.
     *
     * @param model     the model's name
     * @param rank      0 for the best model, as ArviZ
     * @param elpdLoo   the model's elpd_loo
     * @param seElpdLoo its standard error (ArviZ's se)
     * @param pLoo      its effective number of parameters
     * @param elpdDiff  elpd_loo minus the best model's, as loo_compare (0 for the best, negative otherwise;
     *                  ArviZ prints the magnitude)
     * @param seDiff    standard error of the difference, sqrt(N) sd of the pointwise differences (ArviZ's dse)
     * @param weight    the model's stacking weight
     * @param warning   true if some Pareto k of the model exceeds its threshold (ArviZ's warning)
     */
    public record Row(String model, int rank, double elpdLoo, double seElpdLoo, double pLoo, double elpdDiff,
                      double seDiff, double weight, boolean warning) {
    }

    /** Compares the models (at least two, in the map's order for ties), each with the same observations. */
    public static List<Row> compare(Map<String, LooResult> models) {
        if (models.size() < 2) {
            throw new IllegalArgumentException("comparing needs at least two models, got " + models.size());
        }
        List<String> names = new ArrayList<>(models.keySet());
        List<LooResult> loos = new ArrayList<>(models.values());
        int n = loos.get(0).observations();
        for (int m = 0; m < loos.size(); m++) {
            if (loos.get(m).observations() != n) {
                throw new IllegalArgumentException("model '" + names.get(m) + "' has " + loos.get(m).observations()
                        + " observations, model '" + names.get(0) + "' has " + n
                        + ": LOO compares models on the same data");
            }
        }
        double[][] pointwise = new double[loos.size()][n];
        for (int m = 0; m < loos.size(); m++) {
            for (int i = 0; i < n; i++) {
                pointwise[m][i] = loos.get(m).pointwise().get(i).elpdLoo();
            }
        }
        double[] weights = stackingWeights(pointwise);
        // a stable sort, as R's order(decreasing = TRUE)
        List<Integer> order = IntStream.range(0, loos.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer m) -> -loos.get(m).elpdLoo())).toList();
        int best = order.get(0);
        List<Row> rows = new ArrayList<>();
        for (int rank = 0; rank < order.size(); rank++) {
            int m = order.get(rank);
            LooResult l = loos.get(m);
            double[] diffs = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                diffs[i] = pointwise[m][i] - pointwise[best][i];
                sum += diffs[i];
            }
            rows.add(new Row(names.get(m), rank, l.elpdLoo(), l.seElpdLoo(), l.pLoo(), sum,
                    Math.sqrt(n * Moments.variance(diffs)), weights[m], l.countKAbove(l.kThreshold()) > 0));
        }
        return rows;
    }

    /**
     * Stacking weights of models from their pointwise elpd_loo values {@code [model][observation]}: the point of
     * the simplex maximizing sum_i log sum_k w_k exp(elpd_ik). The objective is concave; the fixed-point
     * (EM) iteration for mixture weights climbs it monotonically to the maximum.
     */
    public static double[] stackingWeights(double[][] pointwise) {
        int k = pointwise.length;
        int n = pointwise[0].length;
        double[][] density = new double[n][k];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int m = 0; m < k; m++) {
                max = Math.max(max, pointwise[m][i]);
            }
            // each observation's densities scaled by a common factor: the maximizer does not change
            for (int m = 0; m < k; m++) {
                density[i][m] = Math.exp(pointwise[m][i] - max);
            }
        }
        double[] w = new double[k];
        java.util.Arrays.fill(w, 1.0 / k);
        double[] next = new double[k];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            java.util.Arrays.fill(next, 0);
            for (int i = 0; i < n; i++) {
                double mix = 0;
                for (int m = 0; m < k; m++) {
                    mix += w[m] * density[i][m];
                }
                for (int m = 0; m < k; m++) {
                    next[m] += w[m] * density[i][m] / mix / n;
                }
            }
            double change = 0;
            for (int m = 0; m < k; m++) {
                change = Math.max(change, Math.abs(next[m] - w[m]));
                w[m] = next[m];
            }
            if (change < WEIGHT_TOLERANCE) {
                break;
            }
        }
        return w;
    }
}
