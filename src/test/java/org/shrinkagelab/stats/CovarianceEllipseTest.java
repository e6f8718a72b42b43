package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CovarianceEllipseTest {

    @Test
    void pointsLieAtTheRequestedMahalanobisDistanceAndTheCurveCloses() {
        BivariateReference ref = new BivariateReference(10, 12, 3, 2, 0.2);
        MultivariateNormal n = MultivariateNormal.bivariate(10, 12, 3, 2, 0.2);
        for (double r : new double[] {1, 2}) {
            double[][] xy = CovarianceEllipse.contour(n, r, 60);
            assertEquals(61, xy[0].length);
            assertEquals(xy[0][0], xy[0][60], 1e-12);
            assertEquals(xy[1][0], xy[1][60], 1e-12);
            for (int i = 0; i < xy[0].length; i++) {
                double dx = xy[0][i] - 10;
                double dy = xy[1][i] - 12;
                double maha = (ref.syy * dx * dx - 2 * ref.sxy * dx * dy + ref.sxx * dy * dy) / ref.det();
                assertEquals(r * r, maha, 1e-10);
            }
        }
    }

    @Test
    void axisRatioIsTheSquareRootOfTheEigenvalueRatio() {
        assertEquals(3, CovarianceEllipse.axisRatio(MultivariateNormal.bivariate(0, 0, 9, 1, 0)), 1e-12);
        // [[2, 1], [1, 2]] has eigenvalues 3 and 1.
        assertEquals(Math.sqrt(3), CovarianceEllipse.axisRatio(MultivariateNormal.bivariate(0, 0, 2, 2, 0.5)), 1e-12);
        // Twelve decades apart: the small eigenvalue must not drown in rounding.
        assertEquals(1e6, CovarianceEllipse.axisRatio(MultivariateNormal.bivariate(0, 0, 1, 1e-12, 0)), 1e-3);
    }
}
