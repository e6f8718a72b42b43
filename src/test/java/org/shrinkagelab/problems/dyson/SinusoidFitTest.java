package org.shrinkagelab.problems.dyson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.LightCurve;

class SinusoidFitTest {

    @Test
    void aNoiseFreeSinusoidIsRecoveredExactlyAndFoldsOntoItsCurve() {
        Random random = new Random(3);
        int n = 40;
        double[] t = new double[n];
        double[] y = new double[n];
        double[] dy = new double[n];
        double f = 0.37;
        double t0 = 50;
        for (int i = 0; i < n; i++) {
            t[i] = 100 * random.nextDouble();
            y[i] = 10 + 1.5 * Math.cos(2 * Math.PI * f * (t[i] - t0)) - 0.5 * Math.sin(2 * Math.PI * f * (t[i] - t0));
            dy[i] = 0.5 + random.nextDouble();
        }
        SinusoidFit fit = SinusoidFit.of(new LightCurve("x", t, y, dy), f, t0);
        assertEquals(10, fit.mean(), 1e-10);
        assertEquals(1.5, fit.a(), 1e-10);
        assertEquals(-0.5, fit.b(), 1e-10);
        assertEquals(Math.hypot(1.5, 0.5), fit.amplitude(), 1e-10);
        for (int i = 0; i < n; i++) {
            double phase = fit.foldedPhase(t[i]);
            assertEquals(y[i], fit.valueAtPhase(phase), 1e-9, "point " + i + " lies on the folded curve");
        }
    }

    @Test
    void weightsAreInverseVariances() {
        // three points fix m, a, b; a fourth far-off point with a huge error barely moves them
        double[] t = {0, 0.25, 0.5, 0.75};
        double[] y = {1, 0, -1, 100};
        double[] dy = {1, 1, 1, 1e6};
        SinusoidFit fit = SinusoidFit.of(new LightCurve("x", t, y, dy), 1, 0);
        assertEquals(0, fit.mean(), 1e-9);
        assertEquals(1, fit.a(), 1e-9);
    }
}
