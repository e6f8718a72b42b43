package org.shrinkagelab.problems.tennis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;

/** The exact answer by quadrature: converged, and equal to closed forms and an independent nested quadrature. */
class TennisQuadratureTest {
    private static final MatchResult A_BEAT_B = new MatchResult(TennisMatch.A_VS_B, Player.A);
    private static final MatchResult B_BEAT_C = new MatchResult(TennisMatch.B_VS_C, Player.B);
    private static final MatchResult C_BEAT_A = new MatchResult(TennisMatch.A_VS_C, Player.C);

    private static double exact(double k, List<MatchResult> obs) {
        return TennisQuadrature.solve(new TennisNetwork(k, obs), JobContext.none()).pYouWin();
    }

    @Test
    void noObservationsGiveOneHalfBySymmetry() {
        assertEquals(0.5, exact(2, List.of()), 1e-13);
        assertEquals(1.0, TennisQuadrature.solve(new TennisNetwork(2, List.of()), JobContext.none()).evidence(),
                1e-13);
    }

    @Test
    void observationsNotInvolvingAChangeNothing() {
        // A's skill is independent of a match between B and C, so P(You beat A) stays 1/2.
        assertEquals(0.5, exact(3, List.of(B_BEAT_C)), 1e-13);
    }

    @Test
    void oneMatchHasEvidenceOneHalf() {
        // P(A beat B) = 1/2 by exchangeability of the two skills.
        TennisExact e = TennisQuadrature.solve(new TennisNetwork(2, List.of(A_BEAT_B)), JobContext.none());
        assertEquals(0.5, e.evidence(), 1e-13);
        assertTrue(e.pYouWin() < 0.5);
    }

    @Test
    void vanishingSharpnessGivesCoinFlips() {
        assertEquals(0.5, exact(1e-6, List.of(A_BEAT_B, B_BEAT_C)), 1e-6);
        assertEquals(0.5, exact(0, List.of(A_BEAT_B, B_BEAT_C)), 1e-13);
    }

    @Test
    void convergedToBetterThan1e7WhenTheGridIsRefined() {
        List<List<MatchResult>> cases = List.of(List.of(A_BEAT_B, B_BEAT_C), List.of(A_BEAT_B, B_BEAT_C, C_BEAT_A));
        for (double k : new double[] {0.3, 2, 10}) {
            for (List<MatchResult> obs : cases) {
                TennisNetwork net = new TennisNetwork(k, obs);
                double step = TennisQuadrature.defaultStep(k);
                double atDefault = TennisQuadrature.solve(net, step, JobContext.none()).pYouWin();
                double finer = TennisQuadrature.solve(net, step / 2, JobContext.none()).pYouWin();
                assertEquals(finer, atDefault, 1e-10, "k = " + k + ", " + obs);
            }
        }
    }

    @Test
    void errorShrinksFastAsTheGridIsRefined() {
        TennisNetwork net = new TennisNetwork(2, List.of(A_BEAT_B, B_BEAT_C));
        double reference = TennisQuadrature.solve(net, 0.05, JobContext.none()).pYouWin();
        double previous = Double.POSITIVE_INFINITY;
        for (double step : new double[] {1.2, 0.8, 0.5}) {
            double err = Math.abs(TennisQuadrature.solve(net, step, JobContext.none()).pYouWin() - reference);
            assertTrue(err < previous, "step " + step + " error " + err + " not below " + previous);
            previous = err;
        }
        assertTrue(previous < 1e-7, "step 0.5 error " + previous);
    }

    /**
     * An independent reference: for A beat B, B beat C the skills of C and You integrate out in
     * closed 1-D form, g(x) = P(skill x beats a random player); the rest is a 2-D integral, here by
     * nested adaptive Gauss-Legendre from commons-math3.
     */
    @Test
    void matchesNestedAdaptiveQuadratureForTheCourseQuestion() {
        double k = 2;
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(10, 1e-13, 1e-15);
        UnivariateFunction phi = x -> Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
        // The middle integrals evaluate g at the same Gauss-Legendre nodes again and again: memoize.
        java.util.Map<Double, Double> cache = new java.util.HashMap<>();
        UnivariateFunction g = x -> cache.computeIfAbsent(x, xx -> new IterativeLegendreGaussIntegrator(10, 1e-13,
                1e-15).integrate(100_000, s -> phi.value(s) * TennisNetwork.sigmoid(k * (xx - s)), -10, 10));
        UnivariateFunction innerDen = a -> new IterativeLegendreGaussIntegrator(10, 1e-13, 1e-15).integrate(100_000,
                b -> phi.value(b) * TennisNetwork.sigmoid(k * (a - b)) * g.value(b), -10, 10);
        double den = integrator.integrate(100_000, a -> phi.value(a) * innerDen.value(a), -10, 10);
        double num = new IterativeLegendreGaussIntegrator(10, 1e-13, 1e-15).integrate(100_000,
                a -> phi.value(a) * (1 - g.value(a)) * innerDen.value(a), -10, 10);
        TennisExact e = TennisQuadrature.solve(new TennisNetwork(k, List.of(A_BEAT_B, B_BEAT_C)), JobContext.none());
        assertEquals(num / den, e.pYouWin(), 1e-9);
        assertEquals(den, e.evidence(), 1e-9);
    }

    @Test
    void posteriorDensitiesIntegrateToOneAndMeansOrderTheSkills() {
        TennisExact e = TennisQuadrature.solve(new TennisNetwork(2, List.of(A_BEAT_B, B_BEAT_C)), JobContext.none());
        for (Player p : Player.values()) {
            double mass = 0;
            for (double d : e.densities()[p.ordinal()]) {
                mass += d * e.step();
            }
            assertEquals(1, mass, 1e-12, p.label());
        }
        assertTrue(e.means()[0] > e.means()[1] && e.means()[1] > e.means()[2]);
        // Exchanging A and C and flipping every result maps the network to itself: mean(A) = -mean(C).
        assertEquals(-e.means()[2], e.means()[0], 1e-12);
        assertEquals(0, e.means()[1], 1e-12);
        assertEquals(0, e.means()[3], 1e-12);
    }
}
