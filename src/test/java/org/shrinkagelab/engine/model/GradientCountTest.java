package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The counting wrapper is the model it wraps, value for value, and counts every gradient, from every thread's copy. */
class GradientCountTest {

    private static DeclaredModel model() {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.real("mu");
        Expr tau = m.positive("tau");
        m.normal(mu, 0, 5);
        m.halfNormal(tau, 2);
        Expr theta = m.normalGroup("theta", "z", 3, mu, tau, Centering.NONCENTERED);
        m.normal(m.data(new double[] {1, -2, 0.5}), theta, m.data(new double[] {1, 2, 1.5}));
        return m.build();
    }

    @Test
    void isTheWrappedModelAndCountsEveryGradientOfEveryCopy() {
        DeclaredModel model = model();
        GradientCount counted = new GradientCount(model);
        assertEquals(model.dimension(), counted.dimension());
        assertEquals(model.outputNames(), counted.outputNames());
        assertEquals(model.reportedNames(), counted.reportedNames());
        double[] q = {0.3, -0.2, 0.5, -1, 1.5};
        double[] g = new double[q.length];
        double[] h = new double[q.length];
        assertEquals(model.logDensityGradient(q, g), counted.logDensityGradient(q, h), 0);
        assertArrayEquals(g, h, 0);
        double[] out = new double[model.outputNames().size()];
        double[] countedOut = new double[out.length];
        model.outputs(q, out);
        counted.outputs(q, countedOut);
        assertArrayEquals(out, countedOut, 0);
        LogDensity copy = counted.forThread();
        assertEquals(model.logDensity(q), copy.logDensity(q), 0);
        copy.logDensityGradient(q, h);
        // one gradient above, two through the copy (logDensity is a gradient evaluation too)
        assertEquals(3, counted.count());
    }
}
