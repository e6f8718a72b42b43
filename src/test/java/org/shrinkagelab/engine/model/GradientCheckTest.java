package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every registered model's gradient against central finite differences at random unconstrained points. */
class GradientCheckTest {

    static Stream<ExampleModels.Example> examples() {
        return ExampleModels.all().stream();
    }

    /**
     * Central differences with h = 1e-5 (1 + |q|) have truncation error O(h^2 f''') and rounding error
     * O(eps |f| / h) ~ 1e-11 |f|; the tolerance 1e-6 (1 + |fd|) + 1e-9 |f| leaves room for both.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void gradientMatchesFiniteDifferences(ExampleModels.Example example) {
        LogDensity model = example.model();
        Random random = new Random(11);
        int d = model.dimension();
        double[] gradient = new double[d];
        for (int trial = 0; trial < 10; trial++) {
            double[] q = new double[d];
            for (int k = 0; k < d; k++) {
                q[k] = random.nextGaussian();
            }
            double lp = model.logDensityGradient(q, gradient);
            assertTrue(Double.isFinite(lp), () -> example + ": log density not finite");
            assertEquals(model.logDensity(q), lp, 0);
            for (int k = 0; k < d; k++) {
                double h = 1e-5 * Math.max(1, Math.abs(q[k]));
                double[] plus = q.clone();
                double[] minus = q.clone();
                plus[k] += h;
                minus[k] -= h;
                double fd = (model.logDensity(plus) - model.logDensity(minus)) / (2 * h);
                int coordinate = k;
                assertEquals(fd, gradient[k], 1e-6 * Math.max(1, Math.abs(fd)) + 1e-9 * Math.abs(lp),
                        () -> example + " coordinate " + coordinate);
            }
        }
    }
}
