package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * The O(G) conjugate updates against the joint Gaussian written out: the estimates are N(m0 1, S) with
 * S = diag(v + tau^2) + s0^2 1 1^T, and mu and each theta_g follow from the Gaussian conditioning formulas
 * E[x | y] = m0 + C S^-1 (y - m0 1), Var[x | y] = Var x - C S^-1 C^T, with C = Cov(x, y).
 */
class GaussianGroupMeansTest {
    private static final double[] Y = {2.0, -1.0, 0.5};
    private static final double[] V = {1, 0.25, 4};

    private static double[] conditional(double[] cov, double prior, DMatrixRMaj sInverse, double m0) {
        double mean = m0;
        double var = prior;
        for (int i = 0; i < Y.length; i++) {
            for (int j = 0; j < Y.length; j++) {
                mean += cov[i] * sInverse.get(i, j) * (Y[j] - m0);
                var -= cov[i] * sInverse.get(i, j) * cov[j];
            }
        }
        return new double[] {mean, var};
    }

    @Test
    void matchesTheJointGaussianUnderANormalPrior() {
        double tau = 0.7;
        double m0 = 1.5;
        double s0 = 2;
        int g = Y.length;
        DMatrixRMaj s = new DMatrixRMaj(g, g);
        for (int i = 0; i < g; i++) {
            for (int j = 0; j < g; j++) {
                s.set(i, j, s0 * s0 + (i == j ? V[i] + tau * tau : 0));
            }
        }
        DMatrixRMaj sInverse = s.copy();
        CommonOps_DDRM.invert(sInverse);
        GaussianGroupMeans.Posterior p = GaussianGroupMeans.at(Y, V, tau, m0, s0);
        double marginal = new MultivariateNormal(new double[] {m0, m0, m0}, s).logDensity(Y);
        assertEquals(marginal, p.logMarginal(), 1e-12);
        double[] mu = conditional(new double[] {s0 * s0, s0 * s0, s0 * s0}, s0 * s0, sInverse, m0);
        assertEquals(mu[0], p.muMean(), 1e-12);
        assertEquals(mu[1], p.muVar(), 1e-12);
        for (int k = 0; k < g; k++) {
            double[] c = new double[g];
            for (int i = 0; i < g; i++) {
                c[i] = s0 * s0 + (i == k ? tau * tau : 0);
            }
            double[] theta = conditional(c, s0 * s0 + tau * tau, sInverse, m0);
            assertEquals(theta[0], p.groupMean()[k], 1e-12, "mean of group " + k);
            assertEquals(theta[1], p.groupVar()[k], 1e-12, "variance of group " + k);
        }
    }

    @Test
    void aFlatPriorIsTheLimitOfAWideOne() {
        // the flat marginal is defined up to a constant: its differences between taus are the wide prior's,
        // whose 1/s0^2 corrections are below 1e-9 at s0 = 1e5
        double wide = 1e5;
        GaussianGroupMeans.Posterior flat1 = GaussianGroupMeans.at(Y, V, 0.3, 0, Double.POSITIVE_INFINITY);
        GaussianGroupMeans.Posterior flat2 = GaussianGroupMeans.at(Y, V, 2.5, 0, Double.POSITIVE_INFINITY);
        GaussianGroupMeans.Posterior wide1 = GaussianGroupMeans.at(Y, V, 0.3, 0.8, wide);
        GaussianGroupMeans.Posterior wide2 = GaussianGroupMeans.at(Y, V, 2.5, 0.8, wide);
        assertEquals(wide1.logMarginal() - wide2.logMarginal(), flat1.logMarginal() - flat2.logMarginal(), 1e-8);
        assertEquals(wide1.muMean(), flat1.muMean(), 1e-8);
        assertEquals(wide1.muVar(), flat1.muVar(), 1e-8);
        for (int k = 0; k < Y.length; k++) {
            assertEquals(wide1.groupMean()[k], flat1.groupMean()[k], 1e-8);
            assertEquals(wide1.groupVar()[k], flat1.groupVar()[k], 1e-8);
        }
        // at tau = 0 every group mean is mu
        GaussianGroupMeans.Posterior pooled = GaussianGroupMeans.at(Y, V, 0, 0, Double.POSITIVE_INFINITY);
        for (int k = 0; k < Y.length; k++) {
            assertEquals(pooled.muMean(), pooled.groupMean()[k], 1e-15);
            assertEquals(pooled.muVar(), pooled.groupVar()[k], 1e-15);
        }
    }
}
