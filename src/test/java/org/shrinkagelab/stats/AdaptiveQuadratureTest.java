package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AdaptiveQuadratureTest {

    /** The 15-point Kronrod rule integrates polynomials of degree up to 22 exactly: catches a mistyped constant. */
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
}
