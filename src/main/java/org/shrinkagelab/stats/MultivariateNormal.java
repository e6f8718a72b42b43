package org.shrinkagelab.stats;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * A multivariate normal distribution N(mean, covariance) held through the Cholesky factor of its
 * covariance, so that densities, entropies and divergences need only triangular solves.
 */
public final class MultivariateNormal {
    private static final double LOG_TWO_PI = Math.log(2 * Math.PI);

    private final double[] mean;
    private final DMatrixRMaj covariance;
    private final DMatrixRMaj cholesky;
    private final double logDeterminant;

    /**
     * A normal with the given mean and covariance.
     *
     * @throws IllegalArgumentException if the covariance is not symmetric positive definite
     */
    public MultivariateNormal(double[] mean, DMatrixRMaj covariance) {
        int d = mean.length;
        if (covariance.numRows != d || covariance.numCols != d) {
            throw new IllegalArgumentException("covariance must be " + d + "x" + d + " to match the mean");
        }
        this.mean = mean.clone();
        this.covariance = covariance.copy();
        this.cholesky = choleskyLower(covariance);
        double logDet = 0;
        for (int i = 0; i < d; i++) {
            logDet += 2 * Math.log(cholesky.get(i, i));
        }
        this.logDeterminant = logDet;
    }

    /**
     * The bivariate normal with means (mx, my), variances (vx, vy) and correlation rho.
     *
     * @throws IllegalArgumentException if a variance is not positive or |rho| is not below 1
     */
    public static MultivariateNormal bivariate(double mx, double my, double vx, double vy, double rho) {
        if (!(vx > 0) || !(vy > 0)) {
            throw new IllegalArgumentException("variances must be positive, were " + vx + " and " + vy);
        }
        if (!(Math.abs(rho) < 1)) {
            throw new IllegalArgumentException("correlation must lie strictly between -1 and 1, was " + rho);
        }
        double c = rho * Math.sqrt(vx * vy);
        return new MultivariateNormal(new double[] {mx, my}, new DMatrixRMaj(2, 2, true, vx, c, c, vy));
    }

    /**
     * The normal with the sample mean and the unbiased (n - 1) sample covariance of the first
     * {@code n} points (each a row {@code points[i]}).
     *
     * @throws IllegalArgumentException if fewer than d + 1 points are given or their covariance is singular
     */
    public static MultivariateNormal fit(double[][] points, int n) {
        int d = points[0].length;
        if (n < d + 1) {
            throw new IllegalArgumentException("fitting a " + d + "-D normal needs at least " + (d + 1)
                    + " points, got " + n);
        }
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                mean[a] += points[i][a];
            }
        }
        for (int a = 0; a < d; a++) {
            mean[a] /= n;
        }
        DMatrixRMaj cov = new DMatrixRMaj(d, d);
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                double da = points[i][a] - mean[a];
                for (int b = 0; b <= a; b++) {
                    cov.add(a, b, da * (points[i][b] - mean[b]));
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b <= a; b++) {
                double v = cov.get(a, b) / (n - 1);
                cov.set(a, b, v);
                cov.set(b, a, v);
            }
        }
        return new MultivariateNormal(mean, cov);
    }

    private static DMatrixRMaj choleskyLower(DMatrixRMaj covariance) {
        int d = covariance.numRows;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                if (Math.abs(covariance.get(i, j) - covariance.get(j, i))
                        > 1e-12 * (Math.abs(covariance.get(i, j)) + Math.abs(covariance.get(j, i)))) {
                    throw new IllegalArgumentException("covariance must be symmetric");
                }
            }
        }
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(d, true);
        if (!chol.decompose(covariance.copy())) {
            throw new IllegalArgumentException("covariance is not positive definite");
        }
        DMatrixRMaj lower = chol.getT(null);
        for (int i = 0; i < d; i++) {
            if (!(lower.get(i, i) > 0) || !Double.isFinite(lower.get(i, i))) {
                throw new IllegalArgumentException("covariance is not positive definite");
            }
        }
        return lower;
    }

    /** The dimension d. */
    public int dimension() {
        return mean.length;
    }

    /** A copy of the mean. */
    public double[] mean() {
        return mean.clone();
    }

    /** A copy of the covariance matrix. */
    public DMatrixRMaj covariance() {
        return covariance.copy();
    }

    /** A copy of the lower Cholesky factor L with L L^T = covariance. */
    public DMatrixRMaj choleskyFactor() {
        return cholesky.copy();
    }

    /** The natural log of the covariance's determinant, from the Cholesky diagonal. */
    public double logDeterminant() {
        return logDeterminant;
    }

    /** The differential entropy in nats, 0.5 ln det(2 pi e covariance). */
    public double entropy() {
        return 0.5 * (dimension() * (1 + LOG_TWO_PI) + logDeterminant);
    }

    /** The log density at x. */
    public double logDensity(double[] x) {
        int d = dimension();
        DMatrixRMaj z = new DMatrixRMaj(d, 1);
        for (int a = 0; a < d; a++) {
            z.set(a, 0, x[a] - mean[a]);
        }
        double m = squaredNorm(solveLower(z));
        return -0.5 * (d * LOG_TWO_PI + logDeterminant + m);
    }

    /** Solves L v = b for the lower Cholesky factor L of this covariance (b may have several columns). */
    public DMatrixRMaj solveLower(DMatrixRMaj b) {
        DMatrixRMaj v = b.copy();
        org.ejml.dense.row.decomposition.TriangularSolver_DDRM.solveL(cholesky.data, v.data, dimension(), v.numCols);
        return v;
    }

    /** The distribution of A x + b when x follows this distribution: N(A mean + b, A covariance A^T). */
    public MultivariateNormal affine(DMatrixRMaj a, double[] b) {
        DMatrixRMaj m = new DMatrixRMaj(mean.length, 1, true, mean);
        DMatrixRMaj am = new DMatrixRMaj(a.numRows, 1);
        CommonOps_DDRM.mult(a, m, am);
        double[] newMean = new double[a.numRows];
        for (int i = 0; i < newMean.length; i++) {
            newMean[i] = am.get(i, 0) + b[i];
        }
        DMatrixRMaj ac = new DMatrixRMaj(a.numRows, mean.length);
        CommonOps_DDRM.mult(a, covariance, ac);
        DMatrixRMaj cov = new DMatrixRMaj(a.numRows, a.numRows);
        CommonOps_DDRM.multTransB(ac, a, cov);
        // Rounding can leave the product a hair off symmetric.
        for (int i = 0; i < cov.numRows; i++) {
            for (int j = 0; j < i; j++) {
                double s = 0.5 * (cov.get(i, j) + cov.get(j, i));
                cov.set(i, j, s);
                cov.set(j, i, s);
            }
        }
        return new MultivariateNormal(newMean, cov);
    }

    /**
     * Draws n points, each a row of the result, as mean + L z with z standard normal from the
     * ziggurat sampler over the given generator.
     */
    public double[][] sample(int n, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int d = dimension();
        double[][] out = new double[n][d];
        double[] z = new double[d];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                z[a] = gauss.sample();
            }
            for (int a = 0; a < d; a++) {
                double s = mean[a];
                for (int b = 0; b <= a; b++) {
                    s += cholesky.get(a, b) * z[b];
                }
                out[i][a] = s;
            }
        }
        return out;
    }

    static double squaredNorm(DMatrixRMaj m) {
        double s = 0;
        for (double v : m.data) {
            s += v * v;
        }
        return s;
    }
}
