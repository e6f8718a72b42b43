package org.shrinkagelab.engine.diag;

/**
 * The relative efficiency r_eff = ESS / S of importance-sampling draws, as {@code loo::relative_eff} (2.5.1)
 * computes it from the likelihood draws exp(log_lik) of each observation, chain by chain (chains not split,
 * no rank normalization). loo's own autocovariance divides by 2 N^2 after zero padding to twice the next
 * 2-3-5 FFT size M, so it is M / N times the autocovariance whenever N is not such a size; that factor is kept
 * so that the numbers (and the PSIS tail lengths they set) are loo's.
 */
public final class RelativeEfficiency {
    private RelativeEfficiency() {
    }

    /** r_eff of one observation from its log-likelihood draws, [chain][draw] (chains of equal length). */
    public static double of(double[][] logLikelihood) {
        int chains = logLikelihood.length;
        int n = logLikelihood[0].length;
        double[][] likelihood = new double[chains][n];
        for (int c = 0; c < chains; c++) {
            if (logLikelihood[c].length != n) {
                throw new IllegalArgumentException("chain " + (c + 1) + " has " + logLikelihood[c].length
                        + " draws, chain 1 has " + n);
            }
            for (int i = 0; i < n; i++) {
                likelihood[c][i] = Math.exp(logLikelihood[c][i]);
            }
        }
        double scale = (double) fftNextGoodSize(n) / n;
        return GeyerEss.of(likelihood, scale) / ((double) chains * n);
    }

    /** loo's {@code fft_next_good_size}: the smallest N' >= N whose only prime factors are 2, 3 and 5 (2 for N <= 2). */
    static int fftNextGoodSize(int n) {
        if (n <= 2) {
            return 2;
        }
        for (int candidate = n; ; candidate++) {
            int m = candidate;
            for (int p : new int[] {2, 3, 5}) {
                while (m % p == 0) {
                    m /= p;
                }
            }
            if (m <= 1) {
                return candidate;
            }
        }
    }
}
