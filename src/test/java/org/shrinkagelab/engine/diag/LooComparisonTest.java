package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Model comparison and LOO warnings on hand-made pointwise values, against loo_compare's definitions (elpd_diff
 * the sum of pointwise differences to the best model, se_diff sqrt(N) times their sd), a stacking optimum in
 * closed form, and loo 2.5.1's k-hat bands ((0.5, 0.7] slightly high, above 0.7 bad).
 */
class LooComparisonTest {

    @Test
    void twoModelsAreRankedWithTheirDifferenceAndItsStandardError() {
        Map<String, LooResult> models = new LinkedHashMap<>();
        models.put("b", loo(new double[] {-1.5, -1.0, -4.5}, 0.1, 0.1, 0.1));
        models.put("a", loo(new double[] {-1, -2, -3}, 0.1, 0.1, 0.1));
        List<LooComparison.Row> rows = LooComparison.compare(models);
        assertEquals(List.of("a", "b"), rows.stream().map(LooComparison.Row::model).toList());
        assertEquals(0, rows.get(0).elpdDiff(), 0);
        assertEquals(0, rows.get(0).seDiff(), 0);
        // b - a pointwise: -0.5, 1, -1.5; sum -1; deviations from -1/3: -1/6, 4/3, -7/6, sum of squares 114/36
        assertEquals(-1, rows.get(1).elpdDiff(), 1e-15);
        assertEquals(Math.sqrt(3 * 114.0 / 36 / 2), rows.get(1).seDiff(), 1e-14);
        assertEquals(-7, rows.get(1).elpdLoo(), 1e-15);
    }

    @Test
    void modelsOnDifferentDataAreRefused() {
        Map<String, LooResult> models = new LinkedHashMap<>();
        models.put("a", loo(new double[] {-1, -2, -3}, 0.1, 0.1, 0.1));
        models.put("b", loo(new double[] {-1, -2}, 0.1, 0.1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LooComparison.compare(models));
        assertTrue(e.getMessage().contains("model 'b' has 2 observations"), e.getMessage());
    }

    @Test
    void stackingReachesTheClosedFormOptimum() {
        // densities (3, 1) and (1, 2): d/dw [log(1 + 2w) + log(2 - w)] = 0 at w = 3/4
        double[][] pointwise = {{Math.log(3), Math.log(1)}, {Math.log(1), Math.log(2)}};
        double[] w = LooComparison.stackingWeights(pointwise);
        // the fixed-point iteration stops when a step moves the weights by less than 1e-13
        assertEquals(0.75, w[0], 1e-9);
        assertEquals(0.25, w[1], 1e-9);
    }

    @Test
    void stackingWeightsIgnoreAFactorCommonToTheModelsAtOneObservation() {
        // exp(-800) underflows: only the observation's densities relative to each other may matter
        double[][] pointwise = {{Math.log(3), Math.log(1)}, {Math.log(1), Math.log(2)}};
        for (double shift : new double[] {-800, 800}) {
            double[][] shifted = {{pointwise[0][0] + shift, pointwise[0][1]}, {pointwise[1][0] + shift, pointwise[1][1]}};
            double[] w = LooComparison.stackingWeights(shifted);
            assertEquals(0.75, w[0], 1e-9, "shift " + shift);
            assertEquals(0.25, w[1], 1e-9, "shift " + shift);
        }
    }

    @Test
    void kAtTheThresholdIsOnlySlightlyHigh() {
        LooResult l = loo(new double[] {-1, -2, -3}, 0.7, 0.2, 0.3);
        assertEquals(0, l.countKAbove(0.7));
        assertEquals(1, l.countKAbove(0.5));
        assertEquals("1 of 3 Pareto k values are slightly high (between 0.5 and 0.70)", l.warning());
    }

    @Test
    void warningsSayHowManyKValuesAreBad() {
        assertEquals("1 of 3 Pareto k values are above 0.70: the estimate for that observation is unreliable "
                + "(moment matching, K-fold CV or a more robust model would help)",
                loo(new double[] {-1, -2, -3}, 0.9, 0.6, 0.3).warning());
        assertEquals("2 of 3 Pareto k values are above 0.70: the estimate for those observations is unreliable "
                + "(moment matching, K-fold CV or a more robust model would help)",
                loo(new double[] {-1, -2, -3}, 0.9, 1.5, 0.3).warning());
        assertNull(loo(new double[] {-1, -2, -3}, 0.5, 0.2, 0.3).warning(), "k = 0.5 is good");
    }

    /** A LOO result with the given pointwise elpd and k-hat values, S = 4000 (threshold 0.7). */
    private static LooResult loo(double[] elpd, double... k) {
        List<PointwiseLoo> rows = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < elpd.length; i++) {
            rows.add(new PointwiseLoo("log_lik[" + (i + 1) + "]", elpd[i], 0.01, 0.5, -2 * elpd[i], k[i], 1000, 1));
            sum += elpd[i];
        }
        double se = Math.sqrt(elpd.length * Moments.variance(elpd));
        return new LooResult(4000, sum, se, 0.5 * elpd.length, 0.1, -2 * sum, 2 * se, 0.05, Loo.kThreshold(4000), rows);
    }
}
