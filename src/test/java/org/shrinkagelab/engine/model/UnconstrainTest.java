package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The inverse map of every declared example: outputs(q) unconstrained gives q back. */
class UnconstrainTest {
    static Stream<ExampleModels.Example> examples() {
        return ExampleModels.all().stream();
    }

    /** Every example is a declaration or (Eight Schools) wraps one, whose copy for a thread is that declaration. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void roundTripsRandomPoints(ExampleModels.Example example) {
        DeclaredModel model = (DeclaredModel) example.model().forThread();
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            double[] q = new double[model.dimension()];
            for (int i = 0; i < q.length; i++) {
                q[i] = random.nextGaussian();
            }
            double[] out = new double[model.outputNames().size()];
            model.outputs(q, out);
            double[] back = new double[q.length];
            model.unconstrain(out, back);
            for (int i = 0; i < q.length; i++) {
                assertEquals(q[i], back[i], 1e-9 * (1 + Math.abs(q[i])), example.name() + " " + model.coordinateNames().get(i));
            }
        }
    }

    @Test
    void namesACoordinateThatIsNoOutput() {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.real("mu");
        Expr tau = m.positive("tau");
        Expr hidden = m.real("hidden");
        m.normal(mu, 0, 5);
        m.halfNormal(tau, 5);
        m.normal(hidden, 0, 1);
        m.normal(m.data(new double[] {1, 2}), mu.plus(hidden), tau);
        DeclaredModel model = m.build();
        // real() makes an output of every named parameter; an output-free coordinate needs a hidden one.
        double[] out = new double[model.outputNames().size()];
        model.outputs(new double[model.dimension()], out);
        double[] q = new double[model.dimension()];
        model.unconstrain(out, q);
        assertEquals(0, q[2], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> model.unconstrain(new double[1], q));
    }
}
