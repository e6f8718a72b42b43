package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;

class KozachenkoLeonenkoTest {
    private static final MultivariateNormal X = MultivariateNormal.bivariate(0, 0, 1, 2, 0.5);
    private static final DMatrixRMaj A = new DMatrixRMaj(2, 2, true, 2, 1, -0.5, 1.5);

    @Test
    void estimateIsWithinMonteCarloErrorOfTheClosedForm() {
        for (int k : new int[] {1, 4}) {
            double[] v = new double[20];
            for (int r = 0; r < v.length; r++) {
                double[][] s = X.sample(5000, RandomStreams.independent(r + 1, 1).get(0));
                v[r] = KozachenkoLeonenko.entropy(s, 5000, k, JobContext.none());
            }
            double[] m = MonteCarlo.meanAndStandardError(v);
            // sd of one estimate is about 0.015 at n = 5000, se over 20 seeds about 0.0035.
            assertEquals(X.entropy(), m[0], 4 * m[1], "k = " + k);
        }
    }

    @Test
    void closedFormEntropyShiftsByLogAbsDetExactly() {
        for (double[] a : new double[][] {{2, 1, -0.5, 1.5}, {0.1, 3, -2, 0.05}, {-1, 0, 0, 1}}) {
            DMatrixRMaj m = new DMatrixRMaj(2, 2, true, a);
            double det = a[0] * a[3] - a[1] * a[2];
            assertEquals(Math.log(Math.abs(det)), X.affine(m, new double[2]).entropy() - X.entropy(), 1e-12);
        }
    }

    @Test
    void sampleEntropiesShiftByLogAbsDetWithinMonteCarloError() {
        double[] diff = new double[20];
        for (int r = 0; r < diff.length; r++) {
            double[][] x = X.sample(2000, RandomStreams.independent(r + 1, 1).get(0));
            double[][] ax = new double[x.length][2];
            for (int i = 0; i < x.length; i++) {
                ax[i][0] = A.get(0, 0) * x[i][0] + A.get(0, 1) * x[i][1];
                ax[i][1] = A.get(1, 0) * x[i][0] + A.get(1, 1) * x[i][1];
            }
            diff[r] = KozachenkoLeonenko.entropy(ax, 2000, 1, JobContext.none())
                    - KozachenkoLeonenko.entropy(x, 2000, 1, JobContext.none());
        }
        double[] m = MonteCarlo.meanAndStandardError(diff);
        // The two estimates share their samples, so the difference varies far less than each
        // (sd about 0.008 at n = 2000); 4 se over 20 seeds.
        assertEquals(Math.log(3.5), m[0], 4 * m[1]);
    }
}
