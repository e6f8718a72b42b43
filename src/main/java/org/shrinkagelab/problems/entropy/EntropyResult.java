package org.shrinkagelab.problems.entropy;

import java.util.List;
import org.shrinkagelab.stats.MultivariateNormal;

/**
 * Everything the entropy tab shows for one setting.
 *
 * @param x           the distribution of x
 * @param ax          the distribution of A x
 * @param detA        det A
 * @param n           the sample size of the estimates (first n rows)
 * @param k           the neighbour of the Kozachenko–Leonenko estimate
 * @param fromX       samples of x (at least n rows; the convergence plot uses more)
 * @param fromAx      the same samples mapped by A
 * @param hX          H[x], closed form
 * @param hAx         H[A x], closed form
 * @param hXSample    the Kozachenko–Leonenko estimate of H[x] at n
 * @param hAxSample   the Kozachenko–Leonenko estimate of H[A x] at n
 * @param convergence the two estimates at growing sample sizes
 */
public record EntropyResult(MultivariateNormal x, MultivariateNormal ax, double detA, int n, int k,
                            double[][] fromX, double[][] fromAx, double hX, double hAx, double hXSample,
                            double hAxSample, List<ConvergencePoint> convergence) {

    /**
     * The estimates from the first n samples.
     *
     * @param n   the sample size
     * @param hX  the estimate of H[x]
     * @param hAx the estimate of H[A x]
     */
    public record ConvergencePoint(int n, double hX, double hAx) {
    }

    /** The sample estimate of H[A x] - H[x], to compare with ln |det A|. */
    public double differenceSample() {
        return hAxSample - hXSample;
    }

    /** ln |det A|, what H[A x] - H[x] must equal. */
    public double logAbsDetA() {
        return Math.log(Math.abs(detA));
    }
}
