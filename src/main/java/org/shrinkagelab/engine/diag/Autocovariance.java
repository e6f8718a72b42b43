package org.shrinkagelab.engine.diag;

import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/** Autocovariance of one chain at every lag, by FFT as posterior's autocovariance (divisor n, mean removed). */
final class Autocovariance {
    private static final FastFourierTransformer FFT = new FastFourierTransformer(DftNormalization.STANDARD);

    private Autocovariance() {
    }

    /**
     * The autocovariances at lags 0..n-1; all zero for a chain of zero variance. Zero padding to a power of
     * two at least 2n makes the circular correlation equal the linear one, as R's padding to 2 * nextn(n) does.
     */
    static double[] of(double[] x) {
        int n = x.length;
        double mean = Diagnostics.mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double[] ac = new double[n];
        if (ss == 0) {
            return ac;
        }
        int m = Integer.highestOneBit(Math.max(1, 2 * n - 1)) << 1;
        double[] padded = new double[m];
        for (int i = 0; i < n; i++) {
            padded[i] = x[i] - mean;
        }
        Complex[] f = FFT.transform(padded, TransformType.FORWARD);
        double[] power = new double[m];
        for (int i = 0; i < m; i++) {
            double a = f[i].abs();
            power[i] = a * a;
        }
        Complex[] back = FFT.transform(power, TransformType.INVERSE);
        double scale = ss / n / back[0].getReal();
        for (int t = 0; t < n; t++) {
            ac[t] = back[t].getReal() * scale;
        }
        return ac;
    }
}
