package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The covariance checks (symmetry relative to the entries, positive finite Cholesky pivots) and affine maps' symmetry. */
class MultivariateNormalChecksTest {

    @Test
    void affineCovariancesAreExactlySymmetricAndMatchTheTripleProduct() {
        // (A S) A^T rounds its two triangles differently; the map must still return an exactly symmetric matrix
        UniformRandomProvider rng = RandomStreams.independent(21, 1).get(0);
        for (int trial = 0; trial < 20; trial++) {
            double[][] g = new double[3][3];
            double[][] a = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    g[i][j] = rng.nextDouble() * 2 - 1 + (i == j ? 2 : 0);
                    a[i][j] = rng.nextDouble() * 4 - 2;
                }
            }
            double[][] s = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    for (int k = 0; k < 3; k++) {
                        s[i][j] += g[i][k] * g[j][k];
                    }
                }
            }
            MultivariateNormal n = new MultivariateNormal(new double[] {1, -1, 2}, new DMatrixRMaj(s));
            DMatrixRMaj c = n.affine(new DMatrixRMaj(a), new double[] {0, 0, 0}).covariance();
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double exact = 0;
                    for (int k = 0; k < 3; k++) {
                        for (int l = 0; l < 3; l++) {
                            exact += a[i][k] * s[k][l] * a[j][l];
                        }
                    }
                    assertEquals(exact, c.get(i, j), 1e-12 * (1 + Math.abs(exact)), "entry " + i + "," + j);
                    assertEquals(c.get(j, i), c.get(i, j), 0, "trial " + trial + " entries " + i + "," + j);
                }
            }
        }
    }

    @Test
    void symmetryIsJudgedRelativeToTheEntries() {
        // off-diagonals 1e-14 and 2e-14 differ by half their size: not symmetric, however small
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MultivariateNormal(new double[] {0, 0},
                new DMatrixRMaj(2, 2, true, 1, 1e-14, 2e-14, 1))).getMessage().contains("symmetric"));
        // 0.5 and 0.5 (1 + 1e-15): rounding, accepted
        double c = 0.5 * (1 + 1e-15);
        assertEquals(2, new MultivariateNormal(new double[] {0, 0}, new DMatrixRMaj(2, 2, true, 1, 0.5, c, 1))
                .dimension());
    }

    @Test
    void covariancesWithNaNOrInfiniteEntriesAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MultivariateNormal(new double[] {0},
                new DMatrixRMaj(1, 1, true, Double.NaN))).getMessage().contains("positive definite"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MultivariateNormal(new double[] {0, 0},
                new DMatrixRMaj(2, 2, true, 1, 0, 0, Double.POSITIVE_INFINITY))).getMessage()
                .contains("positive definite"));
    }

    @Test
    void aFitIsTranslationInvariant() {
        // the centred products must not cancel: at an offset of 1e12 the fit still gives the covariance of the
        // deviations (exact differences from 1e12) to rounding of the mean, far below 1e-6
        double[][] base = {{0.1, 0.7}, {0.45, 0.2}, {1.3, 1.1}, {0.8, -0.35}, {-0.6, 0.05}};
        double[][] shifted = new double[5][2];
        double[][] deviations = new double[5][2];
        for (int i = 0; i < 5; i++) {
            for (int a = 0; a < 2; a++) {
                shifted[i][a] = 1e12 + base[i][a];
                deviations[i][a] = shifted[i][a] - 1e12;
            }
        }
        DMatrixRMaj expected = MultivariateNormal.fit(deviations, 5).covariance();
        DMatrixRMaj fit = MultivariateNormal.fit(shifted, 5).covariance();
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                assertEquals(expected.get(a, b), fit.get(a, b), 1e-6 * expected.get(a, a), "entry " + a + "," + b);
            }
        }
    }

    @Test
    void bivariateRefusalsAtTheirBoundariesNameTheirCause() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MultivariateNormal.bivariate(0, 0, 1, 0, 0))
                .getMessage().contains("variances must be positive"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MultivariateNormal.bivariate(0, 0, 0, 1, 0))
                .getMessage().contains("variances must be positive"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MultivariateNormal.bivariate(0, 0, 1, 1, 1))
                .getMessage().contains("correlation"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MultivariateNormal.bivariate(0, 0, 1, 1, -1))
                .getMessage().contains("correlation"));
    }
}
