package org.shrinkagelab.engine.diag;

import org.shrinkagelab.engine.JobContext;

/**
 * The mean over chains of each chain's autocovariance (divisor n, the chain's mean removed), lag by lag on
 * demand. Geyer's initial sequence usually stops after a few dozen lags, so the first lags are summed
 * directly (n multiply-adds per chain and lag) instead of transforming every lag; once the lags asked for
 * would cost more than the FFT of {@link Autocovariance}, every lag comes from that transform instead.
 * Both give posterior's autocovariance to rounding (the FFT is itself a reordering of these sums).
 */
final class LagAutocovariance {
    /** Direct lag sums per butterfly of the FFT path that cost the same time, measured on this code. */
    private static final double DIRECT_LAGS_PER_FFT_WORK = 10;
    /** Lags summed in one pass over the chains (Geyer's sequence asks for them two by two, in order). */
    private static final int BLOCK = 8;
    /** Multiply-adds between two looks at the job's cancellation. */
    private static final long CHECK_EVERY = 1 << 16;

    private final double[][] chains;
    private final double[][] centered;
    private final int n;
    private final double scale;
    private final JobContext context;
    private final int directLimit;
    private double[] byFft;
    private double[] block;
    private int blockStart;
    private long workSinceCheck;

    /**
     * The chains' autocovariances, each multiplied by {@code scale}; {@code chainMeans} are the chains' means
     * as {@link Moments#mean(double[])} gives them.
     */
    LagAutocovariance(double[][] chains, double[] chainMeans, double scale, JobContext context) {
        this.chains = chains;
        this.n = chains[0].length;
        this.scale = scale;
        this.context = context;
        this.centered = new double[chains.length][];
        for (int c = 0; c < chains.length; c++) {
            double[] y = new double[n];
            double m = chainMeans[c];
            double[] x = chains[c];
            for (int i = 0; i < n; i++) {
                y[i] = x[i] - m;
            }
            centered[c] = y;
        }
        int m = Fft.powerOfTwoAtLeast(2 * n);
        double fftWork = ((chains.length + 1) / 2 + 1.0) * m * Integer.numberOfTrailingZeros(m) / 2;
        this.directLimit = (int) Math.min(n, Math.max(4, DIRECT_LAGS_PER_FFT_WORK * fftWork / ((double) n * chains.length)));
    }

    /** The mean autocovariance at the given lag, 0 to n - 1. */
    double at(int lag) {
        if (byFft == null && lag >= directLimit) {
            context.checkCancelled();
            byFft = Autocovariance.meanOf(chains, context);
        }
        if (byFft != null) {
            return byFft[lag] * scale;
        }
        if (lag >= blockStart + BLOCK || lag < blockStart || block == null) {
            block = directBlock(lag);
            blockStart = lag;
        }
        return block[lag - blockStart] * scale;
    }

    /**
     * The autocovariances at BLOCK successive lags from {@code first} in one pass over each chain: every draw is
     * loaded once for all of them, and the separate sums pipeline.
     */
    private double[] directBlock(int first) {
        double[] total = new double[BLOCK];
        for (double[] y : centered) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double s4 = 0;
            double s5 = 0;
            double s6 = 0;
            double s7 = 0;
            int full = n - first - (BLOCK - 1); // draws i whose partners at every lag of the block exist
            int i = 0;
            for (; i < full; i++) {
                double a = y[i];
                int j = i + first;
                s0 += a * y[j];
                s1 += a * y[j + 1];
                s2 += a * y[j + 2];
                s3 += a * y[j + 3];
                s4 += a * y[j + 4];
                s5 += a * y[j + 5];
                s6 += a * y[j + 6];
                s7 += a * y[j + 7];
            }
            total[0] += s0;
            total[1] += s1;
            total[2] += s2;
            total[3] += s3;
            total[4] += s4;
            total[5] += s5;
            total[6] += s6;
            total[7] += s7;
            for (; i < n - first; i++) {
                for (int k = 0; k < BLOCK && i + first + k < n; k++) {
                    total[k] += y[i] * y[i + first + k];
                }
            }
        }
        workSinceCheck += (long) n * centered.length;
        if (workSinceCheck >= CHECK_EVERY) {
            workSinceCheck = 0;
            context.checkCancelled();
        }
        double divisor = (double) n * centered.length;
        for (int k = 0; k < BLOCK; k++) {
            total[k] /= divisor;
        }
        return total;
    }
}
