package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.ToDoubleFunction;

/** The closed-form checks the declaration tests share: random points, and a log density and gradient against a reference. */
final class CentralDifferences {
    private CentralDifferences() {
    }

    /** {@code count} points of dimension d with coordinates scale N(0, 1) + shift. */
    static double[][] points(int d, int count, double scale, double shift, long seed) {
        Random random = new Random(seed);
        double[][] points = new double[count][d];
        for (double[] q : points) {
            for (int k = 0; k < d; k++) {
                q[k] = scale * random.nextGaussian() + shift;
            }
        }
        return points;
    }

    /**
     * The model's log density at q is the reference's (to 1e-11 relative) and its gradient the reference's central
     * differences with h = 1e-5 (1 + |q_k|): truncation O(h^2 f''') and rounding O(1e-16 |lp| / h), so a tolerance of
     * 1e-6 (1 + |fd|) + 1e-9 |lp| leaves room for both.
     */
    static void assertLogDensityAndGradient(String name, LogDensity model, ToDoubleFunction<double[]> reference,
            double[] q) {
        int d = model.dimension();
        double[] gradient = new double[d];
        double lp = model.logDensityGradient(q, gradient);
        double expected = reference.applyAsDouble(q);
        assertEquals(expected, lp, 1e-11 * (1 + Math.abs(expected)), name);
        for (int k = 0; k < d; k++) {
            double h = 1e-5 * Math.max(1, Math.abs(q[k]));
            double[] plus = q.clone();
            double[] minus = q.clone();
            plus[k] += h;
            minus[k] -= h;
            double fd = (reference.applyAsDouble(plus) - reference.applyAsDouble(minus)) / (2 * h);
            int coordinate = k;
            assertEquals(fd, gradient[k], 1e-6 * Math.max(1, Math.abs(fd)) + 1e-9 * Math.abs(lp),
                    () -> name + " coordinate " + coordinate);
        }
    }
}
