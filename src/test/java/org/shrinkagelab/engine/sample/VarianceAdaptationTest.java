package org.shrinkagelab.engine.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stan's windowed metric adaptation: where the slow windows end (the schedule in the Stan reference
 * manual, "Automatic parameter tuning") and the regularized variance estimate.
 */
class VarianceAdaptationTest {

    private static List<Integer> windowEnds(int warmup) {
        VarianceAdaptation adaptation = new VarianceAdaptation(1);
        adaptation.setWarmup(warmup);
        double[] metric = {1};
        List<Integer> ends = new ArrayList<>();
        for (int it = 0; it < warmup; it++) {
            if (adaptation.learn(new double[] {it % 7}, metric)) {
                ends.add(it);
            }
        }
        return ends;
    }

    @Test
    void defaultWarmupHasStansFiveWindows() {
        // Windows [75,100), [100,150), [150,250), [250,450), [450,950); the terminal buffer is 950..999.
        assertEquals(List.of(99, 149, 249, 449, 949), windowEnds(1000));
    }

    @Test
    void shortWarmupUsesFifteenSeventyFiveTenPercent() {
        // 100 < 75 + 25 + 50: init buffer 15, one window of 75, terminal buffer 10.
        assertEquals(List.of(89), windowEnds(100));
        assertEquals(List.of(), windowEnds(19));
    }

    @Test
    void varianceIsRegularizedTowardsOneThousandth() {
        VarianceAdaptation adaptation = new VarianceAdaptation(2);
        adaptation.setWarmup(1000);
        double[] metric = {1, 1};
        double[] xs = new double[25];
        for (int it = 0; it < 100; it++) {
            double x = it >= 75 ? (it - 75) * 0.5 : 123;
            if (it >= 75) {
                xs[it - 75] = x;
            }
            adaptation.learn(new double[] {x, 3.0}, metric);
        }
        double mean = 0;
        for (double x : xs) {
            mean += x / 25;
        }
        double var = 0;
        for (double x : xs) {
            var += (x - mean) * (x - mean) / 24;
        }
        assertEquals(25.0 / 30 * var + 1e-3 * 5 / 30, metric[0], 1e-12);
        assertEquals(1e-3 * 5 / 30, metric[1], 1e-15);
    }
}
