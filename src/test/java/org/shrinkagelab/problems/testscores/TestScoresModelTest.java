package org.shrinkagelab.problems.testscores;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;

/** The conjugate posterior against conditioning the full multivariate normal, and generation. */
class TestScoresModelTest {

    /**
     * Brute force: (mu_global, mu_1..mu_m, every y_ij) is jointly Gaussian with mean 0; the posterior
     * of the first 1 + m coordinates given all scores is the Gaussian conditional
     * Sxy Syy^-1 y, Sxx - Sxy Syy^-1 Syx, computed with EJML from the raw scores (no sufficient statistics).
     */
    @Test
    void conjugatePosteriorEqualsConditionedJointGaussian() {
        TestScoresScales scales = new TestScoresScales(5, 1.3, 2.1);
        int m = 3;
        int n = 4;
        TestScoresData data = TestScoresModel.generate(m, n, scales, 11);
        // Unequal school sizes check the per-school formulas too.
        double[][] scores = {data.scores()[0], java.util.Arrays.copyOf(data.scores()[1], 2), data.scores()[2]};
        int ny = 0;
        for (double[] s : scores) {
            ny += s.length;
        }
        int[] schoolOf = new int[ny];
        double[] yv = new double[ny];
        for (int i = 0, k = 0; i < m; i++) {
            for (double y : scores[i]) {
                schoolOf[k] = i;
                yv[k++] = y;
            }
        }
        double s2 = 25;
        double t2 = 1.69;
        double e2 = 2.1 * 2.1;
        // x = (mu_global, mu_1..mu_m); cov(mu_i, mu_j) = s2 + t2 [i == j]; cov(mu_g, anything) = s2
        SimpleMatrix sxx = new SimpleMatrix(m + 1, m + 1);
        SimpleMatrix sxy = new SimpleMatrix(m + 1, ny);
        SimpleMatrix syy = new SimpleMatrix(ny, ny);
        for (int a = 0; a <= m; a++) {
            for (int b = 0; b <= m; b++) {
                sxx.set(a, b, s2 + (a == b && a > 0 ? t2 : 0));
            }
            for (int k = 0; k < ny; k++) {
                sxy.set(a, k, s2 + (a == schoolOf[k] + 1 ? t2 : 0));
            }
        }
        for (int k = 0; k < ny; k++) {
            for (int l = 0; l < ny; l++) {
                syy.set(k, l, s2 + (schoolOf[k] == schoolOf[l] ? t2 : 0) + (k == l ? e2 : 0));
            }
        }
        SimpleMatrix y = new SimpleMatrix(ny, 1, true, yv);
        SimpleMatrix gain = sxy.mult(syy.invert());
        SimpleMatrix mean = gain.mult(y);
        SimpleMatrix cov = sxx.minus(gain.mult(sxy.transpose()));

        TestScoresPosterior p = TestScoresModel.posterior(scores, scales);
        assertEquals(mean.get(0), p.muGlobal().mean(), 1e-10);
        assertEquals(Math.sqrt(cov.get(0, 0)), p.muGlobal().sd(), 1e-10);
        for (int i = 0; i < m; i++) {
            assertEquals(mean.get(i + 1), p.schools()[i].mean(), 1e-10, "school " + (i + 1));
            assertEquals(Math.sqrt(cov.get(i + 1, i + 1)), p.schools()[i].sd(), 1e-10, "school " + (i + 1));
        }
    }

    @Test
    void sameSeedSameData() {
        TestScoresScales scales = new TestScoresScales(5, 1, 1);
        TestScoresData a = TestScoresModel.generate(5, 30, scales, 42);
        TestScoresData b = TestScoresModel.generate(5, 30, scales, 42);
        assertEquals(a.muGlobal(), b.muGlobal(), 0);
        assertArrayEquals(a.schoolMeans(), b.schoolMeans(), 0);
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(a.scores()[i], b.scores()[i], 0);
        }
        TestScoresData c = TestScoresModel.generate(5, 30, scales, 43);
        assertTrue(c.muGlobal() != a.muGlobal());
    }

    @Test
    void generatedDataHaveTheModelsSpread() {
        // With many students the within-school sd estimates the student sd; its standard error is
        // sd / sqrt(2 (n - 1)) per school, about 0.0045 here for all 20 x 500 scores pooled.
        TestScoresData d = TestScoresModel.generate(20, 500, new TestScoresScales(5, 1, 2), 3);
        double ss = 0;
        int df = 0;
        double[] means = d.sampleMeans();
        for (int i = 0; i < 20; i++) {
            for (double y : d.scores()[i]) {
                ss += (y - means[i]) * (y - means[i]);
            }
            df += 499;
        }
        assertEquals(2, Math.sqrt(ss / df), 4 * 2 / Math.sqrt(2.0 * df));
    }

    @Test
    void posteriorConcentratesOnTheTruthWithMuchData() {
        TestScoresScales scales = new TestScoresScales(5, 1, 1);
        TestScoresData d = TestScoresModel.generate(20, 500, scales, 5);
        TestScoresPosterior p = TestScoresModel.posterior(d.scores(), scales);
        for (int i = 0; i < 20; i++) {
            NormalPosterior s = p.schools()[i];
            assertTrue(s.sd() < 0.05, "sd " + s.sd());
            assertEquals(d.schoolMeans()[i], s.mean(), 4 * s.sd(), "school " + (i + 1));
        }
        // mu_global is learnt only through 20 school means, so its sd stays near tau / sqrt(20).
        assertEquals(1 / Math.sqrt(20), p.muGlobal().sd(), 0.01);
        assertEquals(d.muGlobal(), p.muGlobal().mean(), 4 * p.muGlobal().sd());
    }

    @Test
    void shrinkageWeightIsSigmaSquaredOverSigmaSquaredPlusNTauSquared() {
        TestScoresScales scales = new TestScoresScales(5, 0.5, 2);
        TestScoresData d = TestScoresModel.generate(2, 8, scales, 1);
        TestScoresPosterior p = TestScoresModel.posterior(d.scores(), scales);
        assertEquals(4.0 / (4 + 8 * 0.25), p.shrinkage()[0], 1e-15);
        double expected = p.shrinkage()[1] * p.muGlobal().mean() + (1 - p.shrinkage()[1]) * p.sampleMeans()[1];
        assertEquals(expected, p.schools()[1].mean(), 1e-12);
    }
}
