package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class GaussianKlTest {
    // The course example: mu_p = (10, 12), Sigma_p = [[3, .5], [.5, 2]]; mu_q = (14, 10), Sigma_q = [[2, .3], [.3, 1]].
    private static final MultivariateNormal P = MultivariateNormal.bivariate(10, 12, 3, 2, 0.5 / Math.sqrt(6));
    private static final MultivariateNormal Q = MultivariateNormal.bivariate(14, 10, 2, 1, 0.3 / Math.sqrt(2));
    private static final BivariateReference P_REF = new BivariateReference(10, 12, 3, 2, 0.5 / Math.sqrt(6));
    private static final BivariateReference Q_REF = new BivariateReference(14, 10, 2, 1, 0.3 / Math.sqrt(2));

    @Test
    void courseExampleMatchesTheHandComputation() {
        // By hand: det Sq = 1.91, det Sp = 5.75, tr(Sq^-1 Sp) = 6.7 / 1.91, delta = (4, -2),
        // delta^T Sq^-1 delta = (16 + 4.8 + 8) / 1.91 = 28.8 / 1.91.
        double byHand = 0.5 * (6.7 / 1.91 + 28.8 / 1.91 - 2 + Math.log(1.91 / 5.75));
        assertEquals(byHand, GaussianKl.divergence(P, Q), 1e-12);
        assertEquals(7.7421, GaussianKl.divergence(P, Q), 5e-5);
        assertEquals(P_REF.klTo(Q_REF), GaussianKl.divergence(P, Q), 1e-12);
        assertEquals(Q_REF.klTo(P_REF), GaussianKl.divergence(Q, P), 1e-12);
    }

    @Test
    void closedFormMatchesQuadratureOfPLogPOverQ() {
        BivariateReference a = new BivariateReference(0, 0, 1, 1, 0.3);
        BivariateReference b = new BivariateReference(1, -0.5, 0.5, 0.4, -0.6);
        MultivariateNormal na = MultivariateNormal.bivariate(0, 0, 1, 1, 0.3);
        MultivariateNormal nb = MultivariateNormal.bivariate(1, -0.5, 0.5, 0.4, -0.6);
        // The trapezoid rule on a smooth, rapidly decaying integrand over +-12 sd converges
        // geometrically; 601 points per axis leave errors far below 1e-8.
        for (var pair : List.of(new Object[] {a, b, na, nb}, new Object[] {b, a, nb, na},
                new Object[] {P_REF, Q_REF, P, Q}, new Object[] {Q_REF, P_REF, Q, P})) {
            BivariateReference p = (BivariateReference) pair[0];
            BivariateReference q = (BivariateReference) pair[1];
            double quad = p.integrate((x, y) -> Math.exp(p.logDensity(x, y))
                    * (p.logDensity(x, y) - q.logDensity(x, y)), 601);
            assertEquals(quad, GaussianKl.divergence((MultivariateNormal) pair[2], (MultivariateNormal) pair[3]), 1e-8);
        }
    }

    @Test
    void divergenceOfANormalFromItselfIsZero() {
        assertEquals(0, GaussianKl.divergence(P, P), 1e-14);
        MultivariateNormal same = MultivariateNormal.bivariate(10, 12, 3, 2, 0.5 / Math.sqrt(6));
        assertEquals(0, GaussianKl.divergence(P, same), 1e-14);
    }

    @Test
    void divergenceIsAsymmetricAndPositive() {
        double pq = GaussianKl.divergence(P, Q);
        double qp = GaussianKl.divergence(Q, P);
        assertTrue(pq > 0 && qp > 0);
        // 7.742 vs 4.655 at the course example: not a rounding difference.
        assertTrue(Math.abs(pq - qp) > 3, pq + " vs " + qp);
        assertEquals(Q_REF.klTo(P_REF), qp, 1e-12);
    }

    @Test
    void pluginBiasShrinksWithSampleSize() {
        MultivariateNormal p = MultivariateNormal.bivariate(0, 0, 1, 1, 0.3);
        MultivariateNormal q = MultivariateNormal.bivariate(1, -0.5, 0.5, 0.4, 0.0);
        double truth = GaussianKl.divergence(p, q);
        // Bias and its standard error over independent seeds. At n = 200 the bias is about +0.09
        // (sd of one estimate about 0.29, so 1000 seeds give se 0.009); at n = 20000 it is
        // indistinguishable from 0 (sd about 0.035, 100 seeds give se 0.0036). The 4-se intervals
        // of the two |bias| values must not overlap.
        double[] small = replicate(p, q, 200, 1000);
        double[] large = replicate(p, q, 20000, 100);
        double biasSmall = Math.abs(small[0] - truth);
        double biasLarge = Math.abs(large[0] - truth);
        assertTrue(biasLarge + 4 * large[1] < biasSmall - 4 * small[1],
                "|bias| " + biasLarge + " +- " + large[1] + " at n=20000 vs " + biasSmall + " +- " + small[1]);
    }

    /** Mean and standard error of the plug-in estimate over seeds 1..reps. */
    private static double[] replicate(MultivariateNormal p, MultivariateNormal q, int n, int reps) {
        double[] v = new double[reps];
        for (int r = 0; r < reps; r++) {
            List<UniformRandomProvider> s = RandomStreams.independent(r + 1, 2);
            v[r] = GaussianKl.pluginEstimate(p.sample(n, s.get(0)), n, q.sample(n, s.get(1)), n);
        }
        return MonteCarlo.meanAndStandardError(v);
    }
}
