package org.shrinkagelab.problems.asteroids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.AsteroidsData;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.TauPrior;

class FixedSpreadClassMeansTest {

    @Test
    void matchesDenseAlgebraOnEveryObservationOverAPlainTauGrid() {
        AsteroidsData data = AsteroidsData.bundled().subsample(4, 11);
        int k = data.classes().size();
        double[] sigma = new double[k];
        for (int c = 0; c < k; c++) {
            sigma[c] = 0.4 + 0.1 * c;
        }
        MuPrior mu0 = MuPrior.normal(-2, 1.5);
        TauPrior tauPrior = TauPrior.halfNormal(1);
        FixedSpreadClassMeans.Result r = FixedSpreadClassMeans.compute(data, sigma, mu0, tauPrior);
        assertTrue(r.converged());
        // Simpson on 400 intervals of [0, 7] (half-normal(1) mass beyond 7 is 3e-12)
        double[][] b = bruteForce(data, sigma, -2, 1.5, tauPrior, 7, 400);
        assertEquals(b[0][0], r.tau()[0], 1e-7);
        assertEquals(b[0][1], r.tau()[1], 1e-7);
        assertEquals(b[1][0], r.mu0()[0], 1e-8);
        assertEquals(b[1][1], r.mu0()[1], 1e-8);
        for (int c = 0; c < k; c++) {
            assertEquals(b[2 + c][0], r.classMean().get(c)[0], 1e-8, data.classes().get(c));
            assertEquals(b[2 + c][1], r.classMean().get(c)[1], 1e-8, data.classes().get(c));
        }
    }

    @Test
    void convergesOnTheWholeDataset() {
        AsteroidsData data = AsteroidsData.bundled();
        double[] sigma = new double[data.classes().size()];
        java.util.Arrays.fill(sigma, 0.6);
        FixedSpreadClassMeans.Result r = FixedSpreadClassMeans.compute(data, sigma, MuPrior.normal(-2, 2),
                TauPrior.halfNormal(1));
        assertTrue(r.converged());
        int mba = data.classes().indexOf("MBA");
        // 1966 main-belt asteroids pin their mean to the sample mean within sigma / sqrt(n)
        double sampleMean = java.util.Arrays.stream(data.asteroids().stream().filter(a -> a.orbitClass().equals("MBA"))
                .mapToDouble(a -> Math.log(a.albedo())).toArray()).average().orElseThrow();
        assertEquals(sampleMean, r.classMean().get(mba)[0], 0.6 / Math.sqrt(1966));
    }

    /** {mean, sd} of tau, mu_0, then each class mean, by Simpson over tau of dense Gaussian posteriors. */
    private static double[][] bruteForce(AsteroidsData data, double[] sigma, double m0, double s0, TauPrior prior,
                                         double maxTau, int intervals) {
        int k = data.classes().size();
        int n = data.size();
        int p = 1 + k;
        double[] y = data.logAlbedos();
        int[] index = data.classIndex();
        double[] sum1 = new double[1 + p];
        double[] sum2 = new double[1 + p];
        double z = 0;
        double offset = Double.NaN;
        for (int g = 0; g <= intervals; g++) {
            double tau = maxTau * g / intervals;
            DMatrixRMaj prior0 = new DMatrixRMaj(p, p);
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    prior0.set(a, b, s0 * s0 + (a == b && a > 0 ? tau * tau : 0));
                }
            }
            DMatrixRMaj design = new DMatrixRMaj(n, p);
            for (int i = 0; i < n; i++) {
                design.set(i, 1 + index[i], 1);
            }
            DMatrixRMaj xs = new DMatrixRMaj(n, p);
            CommonOps_DDRM.mult(design, prior0, xs);
            DMatrixRMaj cov = new DMatrixRMaj(n, n);
            CommonOps_DDRM.multTransB(xs, design, cov);
            for (int i = 0; i < n; i++) {
                cov.add(i, i, sigma[index[i]] * sigma[index[i]]);
            }
            CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(n, true);
            assertTrue(chol.decompose(cov.copy()));
            DMatrixRMaj lower = chol.getT(null);
            double logDet = 0;
            for (int i = 0; i < n; i++) {
                logDet += 2 * Math.log(lower.get(i, i));
            }
            DMatrixRMaj resid = new DMatrixRMaj(n, 1);
            for (int i = 0; i < n; i++) {
                resid.set(i, 0, y[i] - m0);
            }
            DMatrixRMaj alpha = new DMatrixRMaj(n, 1);
            CommonOps_DDRM.solve(cov, resid, alpha);
            double logLik = -0.5 * (logDet + CommonOps_DDRM.dot(resid, alpha));
            DMatrixRMaj shift = new DMatrixRMaj(p, 1);
            CommonOps_DDRM.multTransA(xs, alpha, shift);
            DMatrixRMaj solved = new DMatrixRMaj(n, p);
            CommonOps_DDRM.solve(cov, xs, solved);
            double lw = logLik + prior.logDensity(tau);
            if (Double.isNaN(offset)) {
                offset = lw;
            }
            double w = (g == 0 || g == intervals ? 1 : g % 2 == 1 ? 4 : 2) * Math.exp(lw - offset);
            z += w;
            sum1[0] += w * tau;
            sum2[0] += w * tau * tau;
            for (int a = 0; a < p; a++) {
                double mean = m0 + shift.get(a, 0);
                double var = prior0.get(a, a);
                for (int i = 0; i < n; i++) {
                    var -= xs.get(i, a) * solved.get(i, a);
                }
                sum1[1 + a] += w * mean;
                sum2[1 + a] += w * (var + mean * mean);
            }
        }
        double[][] out = new double[1 + p][];
        for (int a = 0; a < out.length; a++) {
            double m = sum1[a] / z;
            out[a] = new double[] {m, Math.sqrt(sum2[a] / z - m * m)};
        }
        return out;
    }
}
