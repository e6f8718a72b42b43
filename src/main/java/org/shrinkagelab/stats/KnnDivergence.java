package org.shrinkagelab.stats;

import org.shrinkagelab.engine.JobContext;

/**
 * The k-nearest-neighbour estimate of D(p || q) of Wang, Kulkarni and Verdú (2009, IEEE Trans.
 * Inf. Theory 55(5), eq. 5): D = (d/n) sum_i ln(nu_k(i) / rho_k(i)) + ln(m / (n - 1)), where
 * rho_k(i) is the distance from the p-sample x_i to its k-th nearest other p-sample and nu_k(i)
 * the distance to its k-th nearest q-sample.
 */
public final class KnnDivergence {
    private static final int PROGRESS_EVERY = 4096;

    private KnnDivergence() {
    }

    /**
     * The k-NN density estimates the divergence estimate is made of, at each p-sample x_i:
     * ln p(x_i) read as ln(k / ((n - 1) V_d rho^d)) and ln q(x_i) read as ln(k / (m V_d nu^d)).
     * The estimate is the mean of their difference.
     *
     * @param logP the k-NN estimate of ln p at each p-sample
     * @param logQ the k-NN estimate of ln q at each p-sample
     */
    public record Terms(double[] logP, double[] logQ) {
        /** The divergence estimate, the mean of logP - logQ. */
        public double estimate() {
            double sum = 0;
            for (int i = 0; i < logP.length; i++) {
                sum += logP[i] - logQ[i];
            }
            return sum / logP.length;
        }
    }

    /** The estimate from the first n rows of fromP and the first m rows of fromQ. */
    public static double estimate(double[][] fromP, int n, double[][] fromQ, int m, int k, JobContext context) {
        return terms(new KdTree(fromP, n), new KdTree(fromQ, m), fromP, k, context).estimate();
    }

    /**
     * The per-sample terms from prebuilt trees over the p-sample (rows of fromP; the tree's size is
     * n) and the q-sample; progress is reported as the share of p-samples done.
     */
    public static Terms terms(KdTree pTree, KdTree qTree, double[][] fromP, int k, JobContext context) {
        int n = pTree.size();
        int m = qTree.size();
        if (n < k + 1 || m < k) {
            throw new IllegalArgumentException("k = " + k + " needs more than k p-samples and at least k q-samples");
        }
        int d = fromP[0].length;
        double logBall = KozachenkoLeonenko.logUnitBallVolume(d);
        double pConst = Math.log(k) - Math.log(n - 1.0) - logBall;
        double qConst = Math.log(k) - Math.log(m) - logBall;
        double[] logP = new double[n];
        double[] logQ = new double[n];
        for (int i = 0; i < n; i++) {
            logP[i] = pConst - d * Math.log(pTree.kthNearestDistance(fromP[i], k, i));
            logQ[i] = qConst - d * Math.log(qTree.kthNearestDistance(fromP[i], k, -1));
            if ((i + 1) % PROGRESS_EVERY == 0) {
                context.checkCancelled();
                context.progress((i + 1.0) / n, "k-NN divergence, n = " + n);
            }
        }
        return new Terms(logP, logQ);
    }
}
