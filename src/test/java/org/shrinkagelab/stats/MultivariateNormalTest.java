package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class MultivariateNormalTest {

    @Test
    void entropyMatchesNumericalIntegrationOfMinusPLogP() {
        for (double[] c : new double[][] {{1, 1, 0}, {3, 2, 0.2}, {0.2, 5, -0.9}}) {
            BivariateReference ref = new BivariateReference(0.5, -1, c[0], c[1], c[2]);
            MultivariateNormal n = MultivariateNormal.bivariate(0.5, -1, c[0], c[1], c[2]);
            double quad = ref.integrate((x, y) -> -Math.exp(ref.logDensity(x, y)) * ref.logDensity(x, y), 601);
            assertEquals(quad, n.entropy(), 1e-8);
            // 0.5 ln det(2 pi e S) written out for d = 2.
            assertEquals(Math.log(2 * Math.PI * Math.E) + 0.5 * Math.log(ref.det()), n.entropy(), 1e-12);
        }
    }

    @Test
    void logDensityMatchesTheExplicitFormula() {
        BivariateReference ref = new BivariateReference(10, 12, 3, 2, 0.2);
        MultivariateNormal n = MultivariateNormal.bivariate(10, 12, 3, 2, 0.2);
        for (double[] x : new double[][] {{10, 12}, {7, 15}, {14, 9.5}}) {
            assertEquals(ref.logDensity(x[0], x[1]), n.logDensity(x), 1e-12);
        }
    }

    @Test
    void samplesHaveTheMeanAndCovarianceWithinMonteCarloError() {
        MultivariateNormal n = MultivariateNormal.bivariate(1, -2, 4, 0.25, -0.7);
        int size = 40000;
        double[][] s = n.sample(size, RandomStreams.independent(5, 1).get(0));
        MultivariateNormal fitted = MultivariateNormal.fit(s, size);
        // se of a mean is sd / sqrt(n); of a variance about var * sqrt(2 / n); of the covariance
        // about sqrt((vx vy + c^2) / n). Tolerances are 4 se.
        assertEquals(1, fitted.mean()[0], 4 * 2 / Math.sqrt(size));
        assertEquals(-2, fitted.mean()[1], 4 * 0.5 / Math.sqrt(size));
        DMatrixRMaj c = fitted.covariance();
        assertEquals(4, c.get(0, 0), 4 * 4 * Math.sqrt(2.0 / size));
        assertEquals(0.25, c.get(1, 1), 4 * 0.25 * Math.sqrt(2.0 / size));
        double cov = -0.7 * 2 * 0.5;
        assertEquals(cov, c.get(0, 1), 4 * Math.sqrt((1 + cov * cov) / size));
    }

    @Test
    void affineMapGivesTheMappedMeanAndCovariance() {
        MultivariateNormal n = MultivariateNormal.bivariate(1, 2, 1, 2, 0.5);
        DMatrixRMaj a = new DMatrixRMaj(2, 2, true, 2, 1, -0.5, 1.5);
        MultivariateNormal m = n.affine(a, new double[] {0, 3});
        assertEquals(2 * 1 + 1 * 2, m.mean()[0], 1e-12);
        assertEquals(-0.5 * 1 + 1.5 * 2 + 3, m.mean()[1], 1e-12);
        double c = 0.5 * Math.sqrt(2);
        // A S A^T by hand with S = [[1, c], [c, 2]].
        double s00 = 4 * 1 + 2 * 2 * 1 * c + 1 * 2;
        double s01 = 2 * -0.5 * 1 + (2 * 1.5 + 1 * -0.5) * c + 1 * 1.5 * 2;
        double s11 = 0.25 * 1 + 2 * -0.5 * 1.5 * c + 2.25 * 2;
        assertEquals(s00, m.covariance().get(0, 0), 1e-12);
        assertEquals(s01, m.covariance().get(0, 1), 1e-12);
        assertEquals(s11, m.covariance().get(1, 1), 1e-12);
    }

    @Test
    void invalidParametersAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MultivariateNormal.bivariate(0, 0, 1, 1, 1.5))
                .getMessage().contains("correlation"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MultivariateNormal.bivariate(0, 0, 0, 1, 0))
                .getMessage().contains("variances"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MultivariateNormal(new double[] {0, 0},
                new DMatrixRMaj(2, 2, true, 1, 2, 2, 1))).getMessage().contains("positive definite"));
    }

    @Test
    void refusalsStartAtTheirBoundaries() {
        // |rho| = 1 and a zero second variance are singular; d + 1 points are the fewest a d-D fit can use
        assertThrows(IllegalArgumentException.class, () -> MultivariateNormal.bivariate(0, 0, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> MultivariateNormal.bivariate(0, 0, 1, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> MultivariateNormal.bivariate(0, 0, 1, 0, 0));
        double[][] three = {{0, 0}, {1, 0}, {0, 1}};
        assertEquals(2, MultivariateNormal.fit(three, 3).dimension());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MultivariateNormal.fit(three, 2))
                .getMessage().contains("at least 3 points, got 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new MultivariateNormal(new double[] {0, 0},
                new DMatrixRMaj(2, 2, true, 1, 0.5, 0.4, 1))).getMessage().contains("symmetric"));
    }

    @Test
    void fitGivesTheSampleMeanAndTheUnbiasedCovarianceOfTheFirstNPoints() {
        // worked by hand: mean (2, 1, 0.5); deviations (-1,-1,-0.5), (0,1,0.5), (2,1,-0.5), (-1,-1,0.5);
        // covariance = sum of outer products / 3; the fifth row is not among the first n = 4
        double[][] points = {{1, 0, 0}, {2, 2, 1}, {4, 2, 0}, {1, 0, 1}, {100, -50, 7}};
        MultivariateNormal fit = MultivariateNormal.fit(points, 4);
        double[] mean = fit.mean();
        assertEquals(2, mean[0], 1e-15);
        assertEquals(1, mean[1], 1e-15);
        assertEquals(0.5, mean[2], 1e-15);
        double[][] expected = {{6.0 / 3, 4.0 / 3, -1.0 / 3}, {4.0 / 3, 4.0 / 3, 0}, {-1.0 / 3, 0, 1.0 / 3}};
        DMatrixRMaj cov = fit.covariance();
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                assertEquals(expected[a][b], cov.get(a, b), 1e-14, "covariance " + a + "," + b);
            }
        }
    }
}
