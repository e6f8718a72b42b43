package org.shrinkagelab.problems.kl;

import java.util.List;
import java.util.Locale;
import org.shrinkagelab.stats.HistogramDivergence;
import org.shrinkagelab.stats.MultivariateNormal;

/**
 * Everything the KL tab shows for one setting.
 *
 * @param p              the first normal
 * @param q              the second normal
 * @param n              the sample size of the estimates (first n rows of each sample)
 * @param k              the neighbour used by the k-NN estimate
 * @param fromP          the samples from p (at least n rows; the convergence plot uses more)
 * @param fromQ          the samples from q, as many as from p
 * @param klPq           D(p || q), closed form
 * @param klQp           D(q || p), closed form
 * @param histogram      the course's histogram estimate of D(p || q) at n, with its breakdown
 * @param plugin         the plug-in estimate of D(p || q) at n
 * @param knn            the k-NN estimate of D(p || q) at n
 * @param knnLogPError   mean over p-samples of (k-NN estimate of ln p) - (true ln p)
 * @param knnLogQError   mean over p-samples of (k-NN estimate of ln q) - (true ln q)
 * @param convergence    the three estimates at growing sample sizes
 */
public record KlResult(MultivariateNormal p, MultivariateNormal q, int n, int k, double[][] fromP, double[][] fromQ,
                       double klPq, double klQp, HistogramDivergence.Result histogram, double plugin, double knn,
                       double knnLogPError, double knnLogQError, List<ConvergencePoint> convergence) {

    /**
     * The three estimates of D(p || q) from the first n samples of each.
     *
     * @param n         the sample size
     * @param histogram the histogram estimate
     * @param plugin    the plug-in estimate
     * @param knn       the k-NN estimate
     */
    public record ConvergencePoint(int n, double histogram, double plugin, double knn) {
    }

    /** One sentence on why the histogram estimate is off, from the share of p in bins without q. */
    public String histogramNote() {
        double share = histogram.pShareWithoutQ();
        if (share == 0) {
            return String.format(Locale.ROOT, "Histogram: every bin holding p-samples also holds q-samples, so the"
                    + " epsilon of %.0e plays no part; the estimate is %+.2f nats from the closed form.",
                    HistogramDivergence.EPSILON, histogram.estimate() - klPq);
        }
        return String.format(Locale.ROOT, "Histogram: %.0f%% of the p-samples fall in bins with no q-sample; there q"
                + " is taken as epsilon = %.0e, so ln(p/q) is set by epsilon rather than by q, and those bins add"
                + " %.2f nats. The estimate is %+.2f nats from the closed form.", 100 * share,
                HistogramDivergence.EPSILON, histogram.contributionWithoutQ(), histogram.estimate() - klPq);
    }

    /** One sentence on why the k-NN estimate is off, from how far its density readings miss the true ones. */
    public String knnNote() {
        return String.format(Locale.ROOT, "k-NN: at the p-samples it reads ln q %s by %.2f nats on average (the"
                + " nearest q-sample lies where q is %s than at the p-sample) and ln p %s by %.2f, so it lands"
                + " %+.2f nats from the closed form.", knnLogQError >= 0 ? "too high" : "too low",
                Math.abs(knnLogQError), knnLogQError >= 0 ? "denser" : "thinner",
                knnLogPError >= 0 ? "too high" : "too low", Math.abs(knnLogPError), knn - klPq);
    }
}
