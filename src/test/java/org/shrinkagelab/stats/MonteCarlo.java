package org.shrinkagelab.stats;

/** Mean and standard error of independent replicates, for Monte Carlo tolerances in tests. */
final class MonteCarlo {
    private MonteCarlo() {
    }

    static double[] meanAndStandardError(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return new double[] {mean, Math.sqrt(ss / (v.length - 1) / v.length)};
    }
}
