package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.stats.Normal;

/**
 * The group-level vectors sampled around a chosen centre and spread, or centered element by element, against the
 * change of variables written out: x = centre + spread u with x ~ Normal(loc, scale) has log density
 * sum log N(x_i | loc, scale) + log spread_i in u; and the outputs map back to the same u.
 */
class NormalGroupCentringTest {
    private static final int N = 6;

    @Test
    void aChosenCentreAndSpreadIsAChangeOfVariables() {
        Random r = new Random(3);
        double[] centre = new double[N];
        double[] spread = new double[N];
        for (int i = 0; i < N; i++) {
            centre[i] = r.nextGaussian();
            spread[i] = Math.exp(r.nextGaussian());
        }
        ModelBuilder m = new ModelBuilder();
        Expr loc = m.real("loc");
        Expr scale = m.positive("scale");
        Expr x = m.normalGroup("x", "u", N, loc, scale, m.data(centre), m.data(spread));
        DeclaredModel model = m.build();
        for (int trial = 0; trial < 10; trial++) {
            double[] q = new double[2 + N];
            for (int k = 0; k < q.length; k++) {
                q[k] = r.nextGaussian();
            }
            double expected = 0;
            double[] outputs = new double[model.outputNames().size()];
            model.outputs(q, outputs);
            for (int i = 0; i < N; i++) {
                double xi = centre[i] + spread[i] * q[2 + i];
                assertEquals(xi, outputs[2 + i], 1e-12);
                expected += Normal.logPdf(xi, q[0], Math.exp(q[1])) + Math.log(spread[i]);
            }
            // the positive scale's Jacobian, log(scale) = q[1]
            expected += q[1];
            assertEquals(expected, model.logDensity(q), 1e-10 * Math.abs(expected));
            double[] back = new double[q.length];
            model.unconstrain(outputs, back);
            assertArrayEquals(q, back, 1e-10);
        }
    }

    @Test
    void centeringElementByElementSamplesEachElementAsAsked() {
        boolean[] centered = {true, false, false, true, false, true};
        ModelBuilder m = new ModelBuilder();
        Expr loc = m.real("loc");
        Expr scale = m.positive("scale");
        m.normalGroup("x", "u", loc, scale, centered);
        DeclaredModel model = m.build();
        Random r = new Random(4);
        for (int trial = 0; trial < 10; trial++) {
            double[] q = new double[2 + N];
            for (int k = 0; k < q.length; k++) {
                q[k] = r.nextGaussian();
            }
            double s = Math.exp(q[1]);
            double expected = q[1];
            double[] outputs = new double[model.outputNames().size()];
            model.outputs(q, outputs);
            for (int i = 0; i < N; i++) {
                double u = q[2 + i];
                expected += centered[i] ? Normal.logPdf(u, q[0], s) : Normal.logPdf(u, 0, 1);
                assertEquals(centered[i] ? u : q[0] + s * u, outputs[2 + i], 1e-12);
            }
            assertEquals(expected, model.logDensity(q), 1e-10 * Math.abs(expected));
            double[] back = new double[q.length];
            model.unconstrain(outputs, back);
            assertArrayEquals(q, back, 1e-10);
        }
    }

    /**
     * The same choice for every element is the whole-group parameterization itself: the sampled coordinates are
     * x (centered) or the offsets u (non-centered) under their own names, and the density is the same.
     */
    @Test
    void oneChoiceForEveryElementIsTheWholeGroupParameterization() {
        for (Centering c : Centering.values()) {
            boolean[] choice = new boolean[N];
            Arrays.fill(choice, c == Centering.CENTERED);
            ModelBuilder byElement = new ModelBuilder();
            byElement.normalGroup("x", "u", byElement.real("loc"), byElement.positive("scale"), choice);
            ModelBuilder whole = new ModelBuilder();
            whole.normalGroup("x", "u", N, whole.real("loc"), whole.positive("scale"), c);
            DeclaredModel a = byElement.build();
            DeclaredModel b = whole.build();
            assertEquals(b.coordinateNames(), a.coordinateNames(), c::toString);
            assertEquals(c == Centering.CENTERED ? "x" : "u", a.coordinateNames().get(2).replaceAll("\\W.*", ""),
                    c::toString);
            Random r = new Random(5);
            for (int trial = 0; trial < 5; trial++) {
                double[] q = new double[2 + N];
                for (int k = 0; k < q.length; k++) {
                    q[k] = r.nextGaussian();
                }
                double s = Math.exp(q[1]);
                double expected = q[1];
                for (int i = 0; i < N; i++) {
                    double u = q[2 + i];
                    expected += c == Centering.CENTERED ? Normal.logPdf(u, q[0], s) : Normal.logPdf(u, 0, 1);
                }
                assertEquals(expected, a.logDensity(q), 1e-12 * Math.abs(expected), c::toString);
            }
        }
    }
}
