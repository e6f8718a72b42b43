package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdaptiveQuadratureTest {

    /** The 15-point Kronrod rule integrates polynomials of degree up to 22 exactly: catches a mistyped constant. */
    @Test
    void intervalAFewUlpsWideIsOnePanel() {
        // summary eight-schools-exact --mu0 -40 asked for the tau CDF just past the grid's lower end
        double a = -0.19999999999999574;
        double b = Math.nextUp(Math.nextUp(a));
        double v = AdaptiveQuadrature.integrate(Math::exp, a, b, 1e-12);
        assertEquals(Math.exp(a) * (b - a), v, 1e-30);
    }

    @Test
    void kronrodIsExactForPolynomialsUpToDegree22() {
        for (int degree = 0; degree <= 22; degree++) {
            int d = degree;
            double exact = (Math.pow(2, d + 1) - Math.pow(-1, d + 1)) / (d + 1);
            assertEquals(exact, AdaptiveQuadrature.kronrod(x -> Math.pow(x, d), -1, 2), 1e-13 * Math.max(1, exact),
                    "degree " + d);
        }
    }

    @Test
    void adaptsToPeaksAndEndpointSingularities() {
        // a narrow Gaussian bump: integral sqrt(pi) * 0.001 inside [0, 1]
        double bump = AdaptiveQuadrature.integrate(x -> Math.exp(-Math.pow((x - 0.3) / 0.001, 2)), 0, 1, 1e-12);
        assertEquals(Math.sqrt(Math.PI) * 0.001, bump, 1e-12);
        // 1/sqrt(x) on (0, 1]: integral 2 (no endpoint evaluation, bisection towards 0)
        assertEquals(2, AdaptiveQuadrature.integrate(x -> 1 / Math.sqrt(x), 0, 1, 1e-10), 1e-8);
        QuadratureRule rule = AdaptiveQuadrature.rule(Math::exp, 0, 1, 4, 1e-14, 100);
        assertEquals(Math.E - 1, rule.integrate(Math::exp), 1e-14);
        assertEquals(0.5, rule.integrate(x -> x), 1e-15);
        assertEquals(rule.panels() * QuadratureRule.NODES_PER_PANEL, rule.nodes().length);
    }

    @Test
    void refusesInfiniteOrEmptyIntervals() {
        assertThrows(IllegalArgumentException.class, () -> AdaptiveQuadrature.integrate(x -> x, 0,
                Double.POSITIVE_INFINITY, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> AdaptiveQuadrature.integrate(x -> x, 1, 1, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> AdaptiveQuadrature.rule(x -> x, new double[] {0, 0.5, 0.5, 1},
                1e-8, 100));
    }

    /**
     * A bump of width 1e-7 between initial nodes is invisible unless a break is placed at it. x - 0.123
     * carries a rounding error of 1e-17, 1e-10 of the width, so the integrand itself is good to ~1e-10.
     */
    @Test
    void breaksAroundANarrowPeakMakeItSeen() {
        double width = 1e-7;
        java.util.function.DoubleUnaryOperator f = x -> Math.exp(-Math.pow((x - 0.123) / width, 2));
        QuadratureRule rule = AdaptiveQuadrature.rule(f, new double[] {0, 0.123 - 10 * width, 0.123 + 10 * width, 1},
                1e-12, 1000);
        assertEquals(Math.sqrt(Math.PI) * width, rule.integrate(f), 1e-9 * width);
        assertEquals(0, AdaptiveQuadrature.rule(f, 0, 1, 16, 1e-12, 1000).integrate(f), 1e-30, "without the breaks");
    }

    @Test
    void integratesSmoothFunctionsToTheirClosedForms() {
        assertEquals(2.0, AdaptiveQuadrature.integrate(Math::sin, 0, Math.PI, 1e-13), 1e-13);
        assertEquals(Math.E - 1, AdaptiveQuadrature.integrate(Math::exp, 0, 1, 1e-13), 1e-13);
        // A sharp peak needs subdivision: integral of 1/(1e-4 + x^2) over [-1, 1] = 2 atan(100) / 0.01.
        double exact = 2 * Math.atan(100) / 0.01;
        assertEquals(exact, AdaptiveQuadrature.integrate(x -> 1 / (1e-4 + x * x), -1, 1, 1e-12), 1e-12 * exact);
    }

    @Test
    void vectorComponentsEachMeetTheirTolerance() {
        AdaptiveQuadrature.Integrals r = AdaptiveQuadrature.integrate((x, out) -> {
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
        assertThrows(IllegalArgumentException.class, () -> AdaptiveQuadrature.integrate(x -> x, 1, 0, 1e-8));
        assertThrows(IllegalArgumentException.class,
                () -> AdaptiveQuadrature.integrate(x -> x, 0, Double.POSITIVE_INFINITY, 1e-8));
    }
}
