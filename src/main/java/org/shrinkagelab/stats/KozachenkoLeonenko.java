package org.shrinkagelab.stats;

import org.apache.commons.math3.special.Gamma;
import org.shrinkagelab.engine.JobContext;

/**
 * The Kozachenko–Leonenko k-nearest-neighbour estimate of differential entropy in nats (Kraskov,
 * Stögbauer and Grassberger 2004, eq. 20): H = psi(n) - psi(k) + ln V_d + (d/n) sum_i ln eps_i,
 * with eps_i the distance from x_i to its k-th nearest other sample and V_d the volume of the unit
 * d-ball, pi^(d/2) / Gamma(d/2 + 1).
 */
public final class KozachenkoLeonenko {
    private static final int PROGRESS_EVERY = 4096;

    private KozachenkoLeonenko() {
    }

    /** The estimate from the first n rows of the sample, with the k-th neighbour. */
    public static double entropy(double[][] sample, int n, int k, JobContext context) {
        if (k < 1 || n < k + 1) {
            throw new IllegalArgumentException("k = " + k + " needs more than k samples, got " + n);
        }
        int d = sample[0].length;
        KdTree tree = new KdTree(sample, n);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.log(tree.kthNearestDistance(sample[i], k, i));
            if ((i + 1) % PROGRESS_EVERY == 0) {
                context.checkCancelled();
                context.progress((i + 1.0) / n, "Kozachenko–Leonenko entropy, n = " + n);
            }
        }
        return Gamma.digamma(n) - Gamma.digamma(k) + logUnitBallVolume(d) + d * sum / n;
    }

    /** ln of the volume of the unit ball in d dimensions. */
    public static double logUnitBallVolume(int d) {
        return 0.5 * d * Math.log(Math.PI) - Gamma.logGamma(0.5 * d + 1);
    }
}
