package org.shrinkagelab.charts;

import java.util.Arrays;
import org.shrinkagelab.engine.sample.Draws;

/** Small reshapings of draws that several figures need: divergence flags, even thinning. */
final class DrawColumns {
    private DrawColumns() {
    }

    /** Per chain and draw, whether the transition diverged; all false when the sampler records no divergent__. */
    static boolean[][] divergent(Draws draws) {
        boolean[][] out = new boolean[draws.chains()][];
        double[][] flags = draws.hasStat("divergent__") ? draws.stat("divergent__") : null;
        for (int c = 0; c < out.length; c++) {
            out[c] = new boolean[draws.draws(c)];
            if (flags != null) {
                for (int i = 0; i < out[c].length; i++) {
                    out[c][i] = flags[c][i] != 0;
                }
            }
        }
        return out;
    }

    /** At most {@code max} values evenly spaced through the array (all of them when there are few enough). */
    static double[] thinned(double[] values, int max) {
        if (values.length <= max) {
            return values;
        }
        double[] out = new double[max];
        for (int i = 0; i < max; i++) {
            out[i] = values[(int) ((long) i * values.length / max)];
        }
        return out;
    }

    /** The central range holding all but {@code tail} of the mass at each end, widened when it is empty. */
    static double[] range(double[] values, double tail) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double lo = org.shrinkagelab.stats.KernelDensity.quantileSorted(sorted, tail);
        double hi = org.shrinkagelab.stats.KernelDensity.quantileSorted(sorted, 1 - tail);
        if (!(hi > lo)) {
            double c = Double.isFinite(lo) ? lo : 0;
            lo = c - 0.5;
            hi = c + 0.5;
        }
        return new double[] {lo, hi};
    }
}
