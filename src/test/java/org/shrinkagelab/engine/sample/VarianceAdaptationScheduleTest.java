package org.shrinkagelab.engine.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every slow window of Stan's schedule (Stan reference manual, "Automatic parameter tuning": init buffer
 * 75, first window 25 doubling, terminal buffer 50; 15/75/10 % when those do not fit; nothing below 20
 * iterations), each checked by the metric it writes: the two-pass sample variance of exactly that
 * window's positions, regularized as (n/(n+5)) var + 1e-3 (5/(n+5)).
 */
class VarianceAdaptationScheduleTest {

    /** A position sequence with no structure the windows could hide behind: each window's variance differs. */
    private static double[] position(int it) {
        return new double[] {Math.sin(0.7 * it) * (1 + it / 40.0), 0.01 * it * it};
    }

    /** The metric Stan's estimator gives for the window of iterations first..last (inclusive). */
    private static double[] expectedMetric(int first, int last) {
        int n = last - first + 1;
        double[] out = new double[2];
        for (int i = 0; i < 2; i++) {
            double mean = 0;
            for (int it = first; it <= last; it++) {
                mean += position(it)[i] / n;
            }
            double var = 0;
            for (int it = first; it <= last; it++) {
                double d = position(it)[i] - mean;
                var += d * d / (n - 1);
            }
            out[i] = n / (n + 5.0) * var + 1e-3 * 5.0 / (n + 5.0);
        }
        return out;
    }

    /** Runs a whole warmup; checks each window's end and metric against the given windows [first, last]. */
    private static void assertWindows(VarianceAdaptation adaptation, int warmup, int[][] windows) {
        adaptation.setWarmup(warmup);
        double[] metric = {1, 1};
        List<Integer> ends = new ArrayList<>();
        int w = 0;
        for (int it = 0; it < warmup; it++) {
            if (adaptation.learn(position(it), metric)) {
                ends.add(it);
                assertTrue(w < windows.length, "warmup " + warmup + ": unexpected window end at " + it);
                assertEquals(windows[w][1], it, "warmup " + warmup + ": end of window " + (w + 1));
                double[] expected = expectedMetric(windows[w][0], windows[w][1]);
                for (int i = 0; i < 2; i++) {
                    assertEquals(expected[i], metric[i], 1e-12 * expected[i],
                            "warmup " + warmup + ", window " + (w + 1) + ", coordinate " + (i + 1));
                }
                w++;
            }
        }
        assertEquals(windows.length, ends.size(), "warmup " + warmup + ": windows " + ends);
    }

    @Test
    void defaultScheduleEstimatesEachWindowFromItsOwnDrawsOnly() {
        assertWindows(new VarianceAdaptation(2), 1000,
                new int[][] {{75, 99}, {100, 149}, {150, 249}, {250, 449}, {450, 949}});
    }

    @Test
    void warmupOfExactlyTheThreeDefaultBuffersKeepsThem() {
        // 75 + 25 + 50 = 150 fits, so the default buffers stay: one window [75, 99].
        assertWindows(new VarianceAdaptation(2), 150, new int[][] {{75, 99}});
    }

    @Test
    void aWindowWhoseSuccessorWouldNotFitIsStretchedToTheTerminalBuffer() {
        // Warmup 299: after [75, 99] the next window (50 wide) would end at 149, and the one after it (100
        // wide) at 249 = 299 - 50, which reaches the terminal buffer, so it is stretched to 248 (Stan's >=).
        assertWindows(new VarianceAdaptation(2), 299, new int[][] {{75, 99}, {100, 248}});
        // Warmup 300: 249 < 250 leaves room, and the window [150, 249] ends exactly before the buffer.
        assertWindows(new VarianceAdaptation(2), 300, new int[][] {{75, 99}, {100, 149}, {150, 249}});
    }

    @Test
    void shortWarmupsUseFifteenSeventyFiveTenPercentDownToTwenty() {
        // 100: init buffer 15, one window of 75, terminal buffer 10.
        assertWindows(new VarianceAdaptation(2), 100, new int[][] {{15, 89}});
        // 20, the shortest that adapts: init 3, window 15, terminal 2.
        assertWindows(new VarianceAdaptation(2), 20, new int[][] {{3, 17}});
        assertWindows(new VarianceAdaptation(2), 19, new int[][] {});
    }

    @Test
    void settingTheWarmupAgainForgetsAHalfFilledWindow() {
        VarianceAdaptation adaptation = new VarianceAdaptation(2);
        adaptation.setWarmup(1000);
        double[] metric = {1, 1};
        for (int it = 0; it < 90; it++) {
            adaptation.learn(new double[] {1e3 * it, -1e3 * it}, metric);
        }
        assertWindows(adaptation, 100, new int[][] {{15, 89}});
    }

    @Test
    void aNonFiniteVarianceNamesItsCoordinate() {
        VarianceAdaptation adaptation = new VarianceAdaptation(2);
        adaptation.setWarmup(100);
        double[] metric = {1, 1};
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            for (int it = 0; it < 100; it++) {
                adaptation.learn(new double[] {it, it == 50 ? Double.POSITIVE_INFINITY : it}, metric);
            }
        });
        assertTrue(e.getMessage().endsWith("coordinate 2"), e.getMessage());
    }
}
