package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A fused hierarchical-normal pair reads its vector straight from q (and writes its gradient) only when that vector
 * is a real parameter nothing else reads; the gradient is then the statement-by-statement one, bit for bit, and
 * otherwise the parameter keeps its own steps.
 */
class ParameterFoldTest {
    private static final double[] Y = {28, 8, -3, 7, -1, 1, 18, 12};
    private static final double[] SIGMA = {15, 10, 16, 11, 9, 11, 10, 18};

    /** How the group's vector is declared and what else reads it. */
    private enum Variant { PLAIN, READ_BY_ANOTHER_STATEMENT, READ_BY_AN_OUTPUT, POSITIVE_VECTOR }

    private static DeclaredModel model(Centering centering, Variant variant) {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.real("mu");
        Expr tau = m.positive("tau");
        m.normal(mu, 0, 20);
        m.halfCauchy(tau, m.constant(2));
        Expr theta;
        if (variant == Variant.POSITIVE_VECTOR) {
            theta = m.positiveVector("theta", Y.length);
            m.normal(theta, mu, tau);
        } else {
            theta = m.normalGroup("theta", "eta", Y.length, mu, tau, centering);
        }
        m.normal(m.data(Y), theta, m.data(SIGMA));
        if (variant == Variant.READ_BY_ANOTHER_STATEMENT) {
            m.target(theta.square().times(m.constant(-1e-3)));
        }
        if (variant == Variant.READ_BY_AN_OUTPUT) {
            m.output("theta_squared", theta.square());
        }
        return m.build();
    }

    @Test
    void aVectorOnlyItsPairReadsIsTakenFromQ() {
        for (Centering c : Centering.values()) {
            DeclaredModel model = model(c, Variant.PLAIN);
            // mu and tau keep their steps; theta (centered) or eta (non-centered) is read by the fused pair alone
            assertEquals(2, model.parameterSteps(), c::toString);
            assertEquals(3, model.unfused().parameterSteps(), c::toString);
            assertSameGradients(c + " plain", model);
        }
    }

    @Test
    void aVectorReadElsewhereOrTransformedKeepsItsSteps() {
        for (Variant v : new Variant[] {Variant.READ_BY_ANOTHER_STATEMENT, Variant.POSITIVE_VECTOR}) {
            DeclaredModel model = model(Centering.CENTERED, v);
            assertEquals(3, model.parameterSteps(), v::toString);
            assertSameGradients(v.toString(), model);
        }
        // a non-centered group read by an output keeps the reverse step of loc + scale z, so its pair is not formed
        DeclaredModel read = model(Centering.NONCENTERED, Variant.READ_BY_AN_OUTPUT);
        assertEquals(3, read.parameterSteps());
        assertSameGradients("non-centered, read by an output", read);
        // a centered group read by an output expression is read outside the pair in the full forward sweep only
        assertEquals(3, model(Centering.CENTERED, Variant.READ_BY_AN_OUTPUT).parameterSteps());
    }

    /** The gradient of {@code model} and of its statement-by-statement form, bit for bit, and against differences. */
    private static void assertSameGradients(String name, DeclaredModel model) {
        DeclaredModel plain = model.unfused();
        Random random = new Random(5);
        int d = model.dimension();
        for (int trial = 0; trial < 20; trial++) {
            double[] q = new double[d];
            for (int k = 0; k < d; k++) {
                q[k] = random.nextGaussian();
            }
            double[] g = new double[d];
            double[] h = new double[d];
            // twice, so that stale values or gradients left by a call would show in the next
            for (int repeat = 0; repeat < 2; repeat++) {
                double lp = model.logDensityGradient(q, g);
                double lh = plain.logDensityGradient(q, h);
                assertEquals(Double.doubleToLongBits(lh), Double.doubleToLongBits(lp), name);
                assertArrayEquals(h, g, name);
            }
            for (int k = 0; k < d; k++) {
                double[] up = q.clone();
                double[] down = q.clone();
                double step = 1e-6 * Math.max(1, Math.abs(q[k]));
                up[k] += step;
                down[k] -= step;
                double central = (model.logDensityGradient(up, new double[d])
                        - model.logDensityGradient(down, new double[d])) / (2 * step);
                assertEquals(central, g[k], 1e-5 * Math.max(1, Math.abs(g[k])), name + " coordinate " + k);
            }
        }
    }
}
