package org.shrinkagelab.problems.tennis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;

/** Likelihood weighting against the exact value, and its error estimate against replication. */
class TennisImportanceSamplerTest {
    private static final TennisNetwork COURSE = new TennisNetwork(2, List.of(
            new MatchResult(TennisMatch.A_VS_B, Player.A), new MatchResult(TennisMatch.B_VS_C, Player.B)));

    @Test
    void estimateWithin3McseOfExactForSeveralSeeds() {
        double exact = TennisQuadrature.solve(COURSE, JobContext.none()).pYouWin();
        for (long seed = 0; seed < 5; seed++) {
            TennisImportanceResult r = TennisImportanceSampler.run(COURSE, 30_000, seed, JobContext.none());
            assertTrue(Math.abs(r.estimate() - exact) < 3 * r.mcse(),
                    "seed " + seed + ": " + r.estimate() + " vs " + exact + " (mcse " + r.mcse() + ")");
            // the mean weight estimates P(A beat B, B beat C) without bias
            double evidence = TennisQuadrature.solve(COURSE, JobContext.none()).evidence();
            assertTrue(Math.abs(r.evidence() - evidence) < 0.01, r.evidence() + " vs " + evidence);
        }
    }

    @Test
    void mcseMatchesTheSpreadOverReplications() {
        int reps = 300;
        double[] est = new double[reps];
        double meanMcse = 0;
        for (int i = 0; i < reps; i++) {
            TennisImportanceResult r = TennisImportanceSampler.run(COURSE, 2000, 1000 + i, JobContext.none());
            est[i] = r.estimate();
            meanMcse += r.mcse() / reps;
        }
        double m = 0;
        for (double e : est) {
            m += e / reps;
        }
        double v = 0;
        for (double e : est) {
            v += (e - m) * (e - m) / (reps - 1);
        }
        // The sd of a sample sd from 300 replications is about 4%; 15% leaves room for the
        // delta method's own bias at n = 2000.
        assertEquals(1, Math.sqrt(v) / meanMcse, 0.15);
    }

    @Test
    void sameSeedSameNumbers() {
        TennisImportanceResult a = TennisImportanceSampler.run(COURSE, 5000, 7, JobContext.none());
        TennisImportanceResult b = TennisImportanceSampler.run(COURSE, 5000, 7, JobContext.none());
        assertEquals(a.estimate(), b.estimate(), 0);
        assertArrayEquals(a.weights(), b.weights(), 0);
    }

    @Test
    void effectiveSampleSizeFormula() {
        assertEquals(10, TennisImportanceSampler.effectiveSampleSize(new double[] {0.3, 0.3, 0.3, 0.3, 0.3,
            0.3, 0.3, 0.3, 0.3, 0.3}), 1e-12);
        assertEquals(1, TennisImportanceSampler.effectiveSampleSize(new double[] {0, 0, 5, 0}), 0);
        assertEquals(36.0 / 14, TennisImportanceSampler.effectiveSampleSize(new double[] {1, 2, 3}), 1e-15);
    }

    @Test
    void runningEstimateEndsAtTheFinalEstimate() {
        TennisImportanceResult r = TennisImportanceSampler.run(COURSE, 30_000, 0, JobContext.none());
        int last = r.checkpoints().length - 1;
        assertEquals(30_000, r.checkpoints()[last]);
        assertEquals(r.estimate(), r.runningEstimate()[last], 0);
        assertEquals(r.mcse(), r.runningMcse()[last], 0);
        for (int i = 1; i <= last; i++) {
            assertTrue(r.checkpoints()[i] > r.checkpoints()[i - 1]);
        }
        assertTrue(r.ess() > 0.2 * 30_000 && r.ess() < 30_000, "ess " + r.ess());
    }
}
