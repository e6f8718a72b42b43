package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fused gradient (a hierarchical normal model's statements evaluated in fewer loops) against the same model
 * evaluated statement by statement: the same numbers, bit for bit, so fusing changes no draw.
 */
class FusionTest {
    private static final double[] Y = {28, 8, -3, 7, -1, 1, 18, 12};
    private static final double[] SIGMA = {15, 10, 16, 11, 9, 11, 10, 18};

    static Stream<ExampleModels.Example> examples() {
        return ExampleModels.all().stream();
    }

    /** Eight Schools as declared by its tab: mu ~ Normal(0, 20), tau ~ half-Cauchy(2), a normal group, y ~ Normal(theta, sigma). */
    private static DeclaredModel hierarchical(Centering centering) {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.real("mu");
        Expr tau = m.positive("tau");
        m.normal(mu, 0, 20);
        m.halfCauchy(tau, m.constant(2));
        Expr theta = m.normalGroup("theta", "eta", Y.length, mu, tau, centering);
        m.normal(m.data(Y), theta, m.data(SIGMA));
        return m.build();
    }

    @Test
    void bothParameterizationsOfAHierarchicalNormalAreFused() {
        for (Centering c : Centering.values()) {
            DeclaredModel model = hierarchical(c);
            // centered: 4 statements become 3; non-centered: 4 statements and the reverse step of loc + scale z become 3
            assertEquals(3, model.gradientSteps(), c::toString);
            assertEquals(c == Centering.CENTERED ? 4 : 5, model.unfused().gradientSteps(), c::toString);
        }
    }

    @Test
    void aGroupReadElsewhereKeepsItsReverseStep() {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.real("mu");
        Expr tau = m.positive("tau");
        m.normal(mu, 0, 20);
        m.halfNormal(tau, 5);
        Expr theta = m.normalGroup("theta", "eta", Y.length, mu, tau, Centering.NONCENTERED);
        m.output("theta_squared", theta.square());
        m.normal(m.data(Y), theta, m.data(SIGMA));
        DeclaredModel model = m.build();
        assertEquals(model.unfused().gradientSteps(), model.gradientSteps());
        assertSameGradients("theta read by another expression", model, new Random(3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void fusedGradientIsTheStatementByStatementOne(ExampleModels.Example example) {
        LogDensity model = example.model().forThread();
        assertTrue(model instanceof DeclaredModel, example::toString);
        assertSameGradients(example.toString(), (DeclaredModel) model, new Random(7));
    }

    private static void assertSameGradients(String name, DeclaredModel fused, Random random) {
        DeclaredModel plain = fused.unfused();
        int d = fused.dimension();
        for (int trial = 0; trial < 20; trial++) {
            double[] q = new double[d];
            double scale = trial < 10 ? 1 : 4;
            for (int k = 0; k < d; k++) {
                q[k] = scale * random.nextGaussian();
            }
            double[] g = new double[d];
            double[] h = new double[d];
            double lp = fused.logDensityGradient(q, g);
            double lh = plain.logDensityGradient(q, h);
            assertEquals(Double.doubleToLongBits(lh), Double.doubleToLongBits(lp), name);
            assertArrayEquals(h, g, name);
        }
    }
}
