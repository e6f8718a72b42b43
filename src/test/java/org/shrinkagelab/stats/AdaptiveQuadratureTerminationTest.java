package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The adaptation's documented rules: where it starts, when it stops (the first state whose summed
 * |K15 - G7| is within relTol times the integral of |f|), how it ranks panels of several integrands,
 * and what it gives back (increasing panels, an error estimate that bounds the true error).
 */
class AdaptiveQuadratureTerminationTest {
    /** A Lorentzian peak at 0.3 of half-width 0.01: integral over [0, 1] is (atan(70) + atan(30)) / 0.01. */
    private static final DoubleUnaryOperator PEAK = x -> 1 / (1e-4 + (x - 0.3) * (x - 0.3));
    private static final double PEAK_INTEGRAL = (Math.atan(70) + Math.atan(30)) / 0.01;

    @Test
    void startsFromEqualPanelsAndDoesNotBisectWhatIsAlreadyWithinTolerance() {
        // a cubic: K15 and G7 are both exact, so the initial panels already meet any tolerance
        QuadratureRule rule = AdaptiveQuadrature.rule(x -> x * x * x, 1, 3, 4, 1e-12, 4);
        assertArrayEquals(new double[] {1, 1.5, 2, 2.5, 3}, rule.breaks(), 0);
        assertEquals(20, rule.integrate(x -> x * x * x), 1e-13);
        QuadratureRule one = AdaptiveQuadrature.rule(Math::exp, 0, 1, 1, 1e-3, 1);
        assertArrayEquals(new double[] {0, 1}, one.breaks(), 0);
    }

    @Test
    void stopsAtTheFirstStateWithinTolerance() {
        for (double relTol : new double[] {1e-6, 1e-10}) {
            stopsAtTheFirstStateWithinTolerance(PEAK, PEAK_INTEGRAL, relTol);
            // a peak 1e-3 wide, which the 16 initial panels see poorly: the integral of |f| grows a lot as they
            // are bisected, and the tolerance must follow the updated integral
            stopsAtTheFirstStateWithinTolerance(x -> 1 / (1e-6 + (x - 0.3) * (x - 0.3)),
                    (Math.atan(700) + Math.atan(300)) / 1e-3, relTol);
        }
    }

    private static void stopsAtTheFirstStateWithinTolerance(DoubleUnaryOperator f, double absIntegral, double relTol) {
        QuadratureRule rule = AdaptiveQuadrature.rule(f, 0, 1, 16, relTol, 10000);
        int n = rule.panels();
        assertTrue(n > 16 && n < 10000, n + " panels");
        // the peak is positive, so the integral of |f| is the closed form above
        assertTrue(rule.estimatedError() <= relTol * absIntegral * (1 + 1e-9),
                rule.estimatedError() + " above " + relTol + " x " + absIntegral);
        assertEquals(absIntegral, rule.integrate(f), rule.estimatedError());
        // one bisection fewer is exactly the state before the last one, which must not have met the tolerance
        QuadratureRule before = AdaptiveQuadrature.rule(f, 0, 1, 16, relTol, n - 1);
        assertEquals(n - 1, before.panels());
        assertTrue(before.estimatedError() > relTol * absIntegral * (1 - 1e-9),
                "already within tolerance with " + (n - 1) + " panels");
    }

    @Test
    void theInitialPanelsStandWhenTheirErrorIsWithinTolerance() {
        // sqrt has an endpoint singularity, so K15 - G7 is far from 0 on the first panel; read it with no bisection
        DoubleUnaryOperator f = Math::sqrt;
        double error = AdaptiveQuadrature.rule(f, 0, 1, 16, 1e-300, 16).estimatedError();
        assertTrue(error > 1e-6, "initial error " + error);
        double absIntegral = 2.0 / 3;
        assertEquals(16, AdaptiveQuadrature.rule(f, 0, 1, 16, 1.01 * error / absIntegral, 1000).panels());
        assertTrue(AdaptiveQuadrature.rule(f, 0, 1, 16, 0.99 * error / absIntegral, 1000).panels() > 16);
    }

    @Test
    void anIntegrandThatIsZeroIsConvergedAtOnce() {
        AdaptiveQuadrature.Integrals r = AdaptiveQuadrature.integrate((x, out) -> out[0] = 0, 1, 0, 1, 1e-12);
        assertTrue(r.converged());
        assertEquals(17, r.breaks().length);
        assertEquals(0, r.values()[0]);
        assertEquals(0, r.errors()[0]);
    }

    @Test
    void thePanelLimitIsKept() {
        QuadratureRule limited = AdaptiveQuadrature.rule(PEAK, 0, 1, 16, 1e-14, 23);
        assertEquals(23, limited.panels());
        assertTrue(limited.estimatedError() > 1e-14 * PEAK_INTEGRAL, "the limit, not the tolerance, stopped it");
    }

    @Test
    void finalPanelsAreInOrderWithTheirNodesInside() {
        QuadratureRule rule = AdaptiveQuadrature.rule(PEAK, 0, 1, 16, 1e-10, 10000);
        double[] b = rule.breaks();
        assertEquals(0, b[0]);
        assertEquals(1, b[b.length - 1]);
        for (int k = 0; k < rule.panels(); k++) {
            assertTrue(b[k] < b[k + 1], "breaks " + k + " and " + (k + 1) + ": " + b[k] + ", " + b[k + 1]);
            for (int i = 0; i < QuadratureRule.NODES_PER_PANEL; i++) {
                double x = rule.nodes()[k * QuadratureRule.NODES_PER_PANEL + i];
                assertTrue(x > b[k] && x < b[k + 1], "node " + i + " of panel " + k);
            }
        }
    }

    @Test
    void theErrorEstimateBoundsTheTrueError() {
        // loose tolerances, where K15 is not yet exact to rounding: |K15 - G7| summed must cover the true error
        for (double relTol : new double[] {1e-3, 1e-5}) {
            QuadratureRule rule = AdaptiveQuadrature.rule(PEAK, 0, 1, 16, relTol, 10000);
            double trueError = Math.abs(rule.integrate(PEAK) - PEAK_INTEGRAL);
            assertTrue(rule.estimatedError() >= trueError && rule.estimatedError() > 0,
                    "estimate " + rule.estimatedError() + ", true error " + trueError);
            AdaptiveQuadrature.Integrals r = AdaptiveQuadrature.integrate((x, out) -> out[0] = PEAK.applyAsDouble(x),
                    1, 0, 1, relTol);
            assertTrue(r.errors()[0] >= Math.abs(r.values()[0] - PEAK_INTEGRAL) && r.errors()[0] > 0);
        }
    }

    @Test
    void aComponentThatIsZeroChangesNoPanel() {
        // its error is 0 everywhere, so it must neither be ranked nor make the others' ranking undefined
        AdaptiveQuadrature.Integrals both = AdaptiveQuadrature.integrate((x, out) -> {
            out[0] = 0;
            out[1] = PEAK.applyAsDouble(x);
        }, 2, 0, 1, 1e-10);
        AdaptiveQuadrature.Integrals alone = AdaptiveQuadrature.integrate(
                (x, out) -> out[0] = PEAK.applyAsDouble(x), 1, 0, 1, 1e-10);
        assertTrue(both.converged());
        assertArrayEquals(alone.breaks(), both.breaks(), 0);
        assertEquals(PEAK_INTEGRAL, both.values()[1], 1e-10 * PEAK_INTEGRAL);
    }

    @Test
    void panelsAreRankedByErrorRelativeToEachComponentsScale() {
        // a component a billion times larger, with an endpoint singularity of its own, must not take panels
        // beyond its own relative need: together they need no more panels than the two alone
        DoubleUnaryOperator big = x -> 1e9 * Math.sqrt(x);
        AdaptiveQuadrature.Integrals both = AdaptiveQuadrature.integrate((x, out) -> {
            out[0] = big.applyAsDouble(x);
            out[1] = PEAK.applyAsDouble(x);
        }, 2, 0, 1, 1e-8);
        int bigAlone = AdaptiveQuadrature.rule(big, 0, 1, 16, 1e-8, 10000).panels();
        int peakAlone = AdaptiveQuadrature.rule(PEAK, 0, 1, 16, 1e-8, 10000).panels();
        assertTrue(both.converged());
        int together = both.breaks().length - 1;
        assertTrue(together <= bigAlone + peakAlone - 16, together + " panels, alone " + bigAlone + " and " + peakAlone);
        assertEquals(2e9 / 3, both.values()[0], 1e-8 * 2e9 / 3);
        assertEquals(PEAK_INTEGRAL, both.values()[1], 1e-8 * PEAK_INTEGRAL);
    }

    @Test
    void refusalsNameTheirCauseAndStartAtTheirBoundaries() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AdaptiveQuadrature.integrate(x -> x, 1, 1, 1e-8))
                .getMessage().contains("b > a, was [1.0, 1.0]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AdaptiveQuadrature.rule(x -> x, 0, 1, 0, 1e-8, 10))
                .getMessage().contains("at least one initial panel, was 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AdaptiveQuadrature.rule(x -> x, 0, 1, 4, 1e-8, 3))
                .getMessage().contains("were 4, 3"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AdaptiveQuadrature.rule(x -> x, 0, 1, 4, 0, 10))
                .getMessage().contains("positive, was 0.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AdaptiveQuadrature.rule(x -> x,
                new double[] {0, 2, 1}, 1e-8, 10)).getMessage().contains("were 2.0 then 1.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AdaptiveQuadrature.integrate((x, out) -> { }, 0,
                0, 1, 1e-8)).getMessage().contains("dimension 0"));
    }

    @Test
    void aPanelTooNarrowToBisectEndsTheAdaptation() {
        // a jump at 1/3 can never be integrated to 1e-300: bisection narrows onto it until the panel is one
        // ulp wide, where it must stop rather than make empty panels
        QuadratureRule rule = AdaptiveQuadrature.rule(x -> x < 1.0 / 3 ? 0 : 1, 0, 1, 1, 1e-300, 10000);
        assertTrue(rule.panels() < 10000, rule.panels() + " panels");
        double[] b = rule.breaks();
        for (int k = 0; k < rule.panels(); k++) {
            assertTrue(b[k] < b[k + 1], "empty panel at " + b[k]);
        }
        assertEquals(2.0 / 3, rule.integrate(x -> x < 1.0 / 3 ? 0 : 1), 1e-15);
    }
}
