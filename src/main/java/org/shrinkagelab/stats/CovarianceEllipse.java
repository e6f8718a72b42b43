package org.shrinkagelab.stats;

import org.ejml.data.DMatrixRMaj;

/** The contour of a bivariate normal at a given Mahalanobis radius, as a closed polygon. */
public final class CovarianceEllipse {
    private CovarianceEllipse() {
    }

    /**
     * Points {x[], y[]} of the ellipse {mean + r L (cos t, sin t)} (L the Cholesky factor of the
     * covariance), i.e. the points at Mahalanobis distance r; the first point is repeated at the
     * end so that a line through them closes.
     */
    public static double[][] contour(MultivariateNormal normal, double r, int segments) {
        if (normal.dimension() != 2) {
            throw new IllegalArgumentException("ellipses are drawn for 2-D normals, got " + normal.dimension() + "-D");
        }
        DMatrixRMaj l = normal.choleskyFactor();
        double[] m = normal.mean();
        double[] x = new double[segments + 1];
        double[] y = new double[segments + 1];
        for (int i = 0; i <= segments; i++) {
            double t = 2 * Math.PI * (i % segments) / segments;
            double c = r * Math.cos(t);
            double s = r * Math.sin(t);
            x[i] = m[0] + l.get(0, 0) * c;
            y[i] = m[1] + l.get(1, 0) * c + l.get(1, 1) * s;
        }
        return new double[][] {x, y};
    }

    /** How many times longer than wide the ellipses of a 2-D normal are: sqrt of the covariance's eigenvalue ratio. */
    public static double axisRatio(MultivariateNormal normal) {
        DMatrixRMaj c = normal.covariance();
        double half = 0.5 * (c.get(0, 0) + c.get(1, 1));
        double spread = Math.hypot(0.5 * (c.get(0, 0) - c.get(1, 1)), c.get(0, 1));
        // The smaller eigenvalue as det / larger keeps its relative accuracy when the two differ by many decades.
        double larger = half + spread;
        double smaller = (c.get(0, 0) * c.get(1, 1) - c.get(0, 1) * c.get(1, 0)) / larger;
        return Math.sqrt(larger / smaller);
    }
}
