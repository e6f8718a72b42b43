package org.shrinkagelab.engine.diag;

/**
 * The generalized Pareto distribution's fit by the empirical Bayes method of Zhang and Stephens (2009), as the
 * {@code loo} R package (2.5.1) implements it in {@code gpdfit}: a grid of {@code 30 + floor(sqrt(n))} values of
 * theta = -k / sigma weighted by their profile likelihood, the posterior mean of theta, and the shape k
 * shrunk toward 0.5 by a weakly informative prior worth 10 observations ({@code adjust_k_wip}).
 */
public final class GeneralizedPareto {
    /** loo's {@code min_grid_pts}. */
    private static final int MIN_GRID_POINTS = 30;
    /** Zhang and Stephens' prior constant for the grid. */
    private static final int PRIOR = 3;
    /** Pseudo-observations of the prior that pulls k toward 0.5 (loo's {@code a = 10}). */
    private static final double PRIOR_WEIGHT = 10;

    private GeneralizedPareto() {
    }

    /**
     * A fitted shape k and scale sigma; k is infinite when the fit fails (loo's NaN becomes Inf).
     *
     * @param k     the shape, with the weakly informative prior applied
     * @param sigma the scale
     */
    public record Fit(double k, double sigma) {
    }

    /** Fits exceedances given in increasing order (all non-negative, the largest positive). */
    public static Fit fit(double[] sorted) {
        int n = sorted.length;
        int m = MIN_GRID_POINTS + (int) Math.floor(Math.sqrt(n));
        double xStar = sorted[(int) Math.floor(n / 4.0 + 0.5) - 1];
        double[] theta = new double[m];
        double[] logLik = new double[m];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < m; j++) {
            theta[j] = 1 / sorted[n - 1] + (1 - Math.sqrt(m / (j + 1 - 0.5))) / PRIOR / xStar;
            logLik[j] = n * profileLogLikelihood(theta[j], sorted);
            max = Math.max(max, logLik[j]);
        }
        double sum = 0;
        for (int j = 0; j < m; j++) {
            sum += Math.exp(logLik[j] - max);
        }
        double logSum = max + Math.log(sum);
        double thetaHat = 0;
        for (int j = 0; j < m; j++) {
            thetaHat += theta[j] * Math.exp(logLik[j] - logSum);
        }
        double k = 0;
        for (double x : sorted) {
            k += Math.log1p(-thetaHat * x);
        }
        k /= n;
        double sigma = -k / thetaHat;
        k = k * n / (n + PRIOR_WEIGHT) + PRIOR_WEIGHT * 0.5 / (n + PRIOR_WEIGHT);
        return new Fit(Double.isNaN(k) ? Double.POSITIVE_INFINITY : k, sigma);
    }

    /** loo's {@code lx}: the profile log-likelihood per observation at theta. */
    private static double profileLogLikelihood(double theta, double[] x) {
        double a = -theta;
        double k = 0;
        for (double v : x) {
            k += Math.log1p(a * v);
        }
        k /= x.length;
        return Math.log(a / k) - k - 1;
    }

    /** The quantile at probability p of the distribution with shape k and scale sigma (location 0); NaN if sigma is not positive. */
    public static double quantile(double p, double k, double sigma) {
        if (Double.isNaN(sigma) || sigma <= 0) {
            return Double.NaN;
        }
        return sigma * Math.expm1(-k * Math.log1p(-p)) / k;
    }
}
