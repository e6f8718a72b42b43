package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The binned weighted KDE against the direct sum of Gaussian kernels. */
class WeightedKdeTest {

    @Test
    void matchesTheDirectKernelSum() {
        Random rnd = new Random(1);
        int n = 2000;
        double[] v = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rnd.nextGaussian();
            w[i] = rnd.nextDouble();
        }
        double bw = 0.3;
        double[] x = {-2, -0.5, 0, 0.7, 1.9};
        double[] d = WeightedKde.density(v, w, bw, x);
        double sw = 0;
        for (double wi : w) {
            sw += wi;
        }
        for (int j = 0; j < x.length; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                double z = (x[j] - v[i]) / bw;
                s += w[i] * Math.exp(-0.5 * z * z);
            }
            double direct = s / (sw * bw * Math.sqrt(2 * Math.PI));
            // Linear binning on 1024 bins moves each draw by at most (range/1023)/2, about 0.004 here:
            // a relative error of order (delta/bw)^2, well below 1e-3.
            assertEquals(direct, d[j], 1e-3 * direct, "x = " + x[j]);
        }
    }

    @Test
    void silvermanBandwidthWithEqualWeightsIsTheUsualRule() {
        double[] v = {1, 2, 3, 4, 5};
        double[] w = {2, 2, 2, 2, 2};
        double sd = Math.sqrt(2.0);
        assertEquals(1.06 * sd * Math.pow(5, -0.2), WeightedKde.silvermanBandwidth(v, w), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> WeightedKde.silvermanBandwidth(v, new double[5]));
    }
}
