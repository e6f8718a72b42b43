package org.shrinkagelab.engine.diag;

import org.shrinkagelab.engine.JobContext;

/**
 * Autocovariance at every lag by FFT as posterior's autocovariance (divisor n, each chain's mean removed),
 * of one chain or averaged over chains of equal length. Zero padding to a power of two at least 2n makes
 * the circular correlation equal the linear one, as R's padding to 2 * nextn(n) does.
 */
final class Autocovariance {
    private Autocovariance() {
    }

    /** The autocovariances of one chain at lags 0..n-1; all zero for a chain of zero variance. */
    static double[] of(double[] x) {
        return meanOf(new double[][] {x});
    }

    /**
     * The mean over chains of each chain's autocovariances at lags 0..n-1. Two real chains share one complex
     * transform (one as the real, one as the imaginary part): the sum of their power spectra at frequency k
     * is (|Z_k|^2 + |Z_(m-k)|^2) / 2, so the chains' spectra are summed and transformed back once.
     */
    static double[] meanOf(double[][] chains) {
        return meanOf(chains, JobContext.none());
    }

    /** {@link #meanOf(double[][])}, looking at the context's cancellation before each transform. */
    static double[] meanOf(double[][] chains, JobContext context) {
        int n = chains[0].length;
        int m = Fft.powerOfTwoAtLeast(2 * n);
        double[] power = new double[m];
        double[] re = new double[m];
        double[] im = new double[m];
        for (int c = 0; c < chains.length; c += 2) {
            context.checkCancelled();
            java.util.Arrays.fill(re, 0);
            java.util.Arrays.fill(im, 0);
            centerInto(chains[c], re);
            if (c + 1 < chains.length) {
                centerInto(chains[c + 1], im);
            }
            Fft.transform(re, im, false);
            for (int k = 0; k < m; k++) {
                int mirror = (m - k) & (m - 1);
                power[k] += (re[k] * re[k] + im[k] * im[k] + re[mirror] * re[mirror] + im[mirror] * im[mirror]) / 2;
            }
        }
        context.checkCancelled();
        java.util.Arrays.fill(im, 0);
        Fft.transform(power, im, true);
        double[] ac = new double[n];
        double scale = 1.0 / ((double) m * n * chains.length);
        for (int t = 0; t < n; t++) {
            ac[t] = power[t] * scale;
        }
        return ac;
    }

    private static void centerInto(double[] x, double[] out) {
        double mean = Moments.mean(x);
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] - mean;
        }
    }
}
