package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdaptiveGaussKronrodTest {

    @Test
    void integratesSmoothFunctionsToTheirClosedForms() {
        assertEquals(2.0, AdaptiveGaussKronrod.integrate(Math::sin, 0, Math.PI, 1e-13), 1e-13);
        assertEquals(Math.E - 1, AdaptiveGaussKronrod.integrate(Math::exp, 0, 1, 1e-13), 1e-13);
        // A sharp peak needs subdivision: integral of 1/(1e-4 + x^2) over [-1, 1] = 2 atan(100) / 0.01.
        double exact = 2 * Math.atan(100) / 0.01;
        assertEquals(exact, AdaptiveGaussKronrod.integrate(x -> 1 / (1e-4 + x * x), -1, 1, 1e-12), 1e-12 * exact);
    }

    @Test
    void vectorComponentsEachMeetTheirTolerance() {
        AdaptiveGaussKronrod.Result r = AdaptiveGaussKronrod.integrate((x, out) -> {
            out[0] = Math.exp(-x * x);
            out[1] = x * Math.exp(-x * x);
            out[2] = Math.cos(40 * x);
        }, 3, -6, 6, 1e-12);
        assertTrue(r.converged());
        assertEquals(Math.sqrt(Math.PI), r.values()[0], 1e-12);
        assertEquals(0, r.values()[1], 1e-13);
        assertEquals(2 * Math.sin(240) / 40, r.values()[2], 1e-12);
        // The final nodes and weights integrate the same functions as a fixed rule.
        double sum = 0;
        for (int i = 0; i < r.nodes().length; i++) {
            sum += r.weights()[i] * Math.exp(-r.nodes()[i] * r.nodes()[i]);
        }
        assertEquals(Math.sqrt(Math.PI), sum, 1e-12);
    }

    @Test
    void refusesBadIntervals() {
        assertThrows(IllegalArgumentException.class, () -> AdaptiveGaussKronrod.integrate(x -> x, 1, 0, 1e-8));
        assertThrows(IllegalArgumentException.class,
                () -> AdaptiveGaussKronrod.integrate(x -> x, 0, Double.POSITIVE_INFINITY, 1e-8));
    }
}
