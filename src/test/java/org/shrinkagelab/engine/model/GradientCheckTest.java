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

    /** Central differences as {@link CentralDifferences#assertLogDensityAndGradient} says, of the model's own log density. */
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
            CentralDifferences.assertLogDensityAndGradient(example.toString(), model, model::logDensity, q);
        }
    }
}
