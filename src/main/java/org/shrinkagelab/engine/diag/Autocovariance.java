package org.shrinkagelab.engine.diag;

import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/** Autocovariance of one chain at every lag, by FFT as posterior's autocovariance (divisor n, mean removed). */
final class Autocovariance {
    private Autocovariance() {
    }

    /**
     * The autocovariances at lags 0..n-1; all zero for a chain of zero variance. Zero padding to a power of
     * two at least 2n makes the circular correlation equal the linear one, as R's padding to 2 * nextn(n) does.
     */
    static double[] of(double[] x) {
        int n = x.length;
        double mean = Moments.mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double[] ac = new double[n];
        if (ss == 0) {
            return ac;
        }
        int m = Integer.highestOneBit(Math.max(1, 2 * n - 1)) << 1;
        double[][] data = new double[2][m]; // real and imaginary parts, transformed in place
        for (int i = 0; i < n; i++) {
            data[0][i] = x[i] - mean;
        }
        FastFourierTransformer.transformInPlace(data, DftNormalization.STANDARD, TransformType.FORWARD);
        for (int i = 0; i < m; i++) {
            data[0][i] = data[0][i] * data[0][i] + data[1][i] * data[1][i];
            data[1][i] = 0;
        }
        FastFourierTransformer.transformInPlace(data, DftNormalization.STANDARD, TransformType.INVERSE);
        double scale = ss / n / data[0][0];
        for (int t = 0; t < n; t++) {
            ac[t] = data[0][t] * scale;
        }
        return ac;
    }
}
