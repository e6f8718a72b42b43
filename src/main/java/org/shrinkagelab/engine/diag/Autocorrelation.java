package org.shrinkagelab.engine.diag;

/** Autocorrelation of a chain by lag, as ArviZ's {@code plot_autocorr} shows it (autocovariance over lag-0 variance). */
public final class Autocorrelation {
    private Autocorrelation() {
    }

    /**
     * The autocorrelations at lags 0..min(maxLag, n - 1) of one chain; lag 0 is 1, and a chain of
     * zero variance gives NaN at every lag (its correlation is undefined).
     */
    public static double[] byLag(double[] chain, int maxLag) {
        if (maxLag < 0) {
            throw new IllegalArgumentException("maxLag must be at least 0, was " + maxLag);
        }
        if (chain.length == 0) {
            return new double[0];
        }
        double[] acov = Autocovariance.of(chain);
        int lags = Math.min(maxLag, chain.length - 1) + 1;
        double[] out = new double[lags];
        for (int t = 0; t < lags; t++) {
            out[t] = acov[0] > 0 ? acov[t] / acov[0] : Double.NaN;
        }
        return out;
    }
}
