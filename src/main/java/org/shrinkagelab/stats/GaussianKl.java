package org.shrinkagelab.stats;

import org.ejml.data.DMatrixRMaj;

/** Kullback–Leibler divergence between multivariate normals, closed form and plug-in estimate. */
public final class GaussianKl {
    private GaussianKl() {
    }

    /**
     * D(p || q) in nats: 0.5 [tr(Sq^-1 Sp) + (mq - mp)^T Sq^-1 (mq - mp) - d + ln det Sq - ln det Sp],
     * with the trace and the quadratic form computed as squared norms of solves with the
     * Cholesky factor of Sq (no explicit inverse).
     */
    public static double divergence(MultivariateNormal p, MultivariateNormal q) {
        int d = p.dimension();
        if (q.dimension() != d) {
            throw new IllegalArgumentException("dimensions differ: " + d + " vs " + q.dimension());
        }
        // tr(Sq^-1 Sp) = ||Lq^-1 Lp||_F^2
        double trace = MultivariateNormal.squaredNorm(q.solveLower(p.choleskyFactor()));
        double[] mp = p.mean();
        double[] mq = q.mean();
        DMatrixRMaj delta = new DMatrixRMaj(d, 1);
        for (int a = 0; a < d; a++) {
            delta.set(a, 0, mq[a] - mp[a]);
        }
        double mahalanobis = MultivariateNormal.squaredNorm(q.solveLower(delta));
        return 0.5 * (trace + mahalanobis - d + q.logDeterminant() - p.logDeterminant());
    }

    /**
     * The plug-in estimate of D(p || q): normals fitted (sample mean, n - 1 covariance) to the first
     * n points of each sample, then the closed form.
     */
    public static double pluginEstimate(double[][] fromP, int n, double[][] fromQ, int m) {
        return divergence(MultivariateNormal.fit(fromP, n), MultivariateNormal.fit(fromQ, m));
    }
}
