package org.shrinkagelab.engine.diag;

import java.util.List;
import java.util.Locale;

/**
 * PSIS-LOO estimates of a model (loo's {@code estimates} table) with their pointwise terms.
 *
 * @param draws       S, the number of posterior draws over all chains
 * @param elpdLoo     expected log pointwise predictive density, summed over observations
 * @param seElpdLoo   its standard error, sqrt(N) times the sd of the pointwise values
 * @param pLoo        effective number of parameters
 * @param sePLoo      its standard error
 * @param looic       -2 elpd_loo
 * @param seLooic     its standard error
 * @param mcseElpdLoo Monte Carlo standard error of elpd_loo, NaN when some k exceeds 0.7 (as loo's mcse_loo)
 * @param kThreshold  the k-hat above which an observation's estimate is unreliable, {@link Loo#kThreshold(int)}
 * @param pointwise   one row per observation, in column order
 */
public record LooResult(int draws, double elpdLoo, double seElpdLoo, double pLoo, double sePLoo, double looic,
                        double seLooic, double mcseElpdLoo, double kThreshold, List<PointwiseLoo> pointwise) {
    /** k-hat above which loo 2.5.1 calls a value "slightly high" and PSIS converges more slowly. */
    public static final double K_GOOD = 0.5;

    /** Keeps an unmodifiable copy of the rows. */
    public LooResult {
        pointwise = List.copyOf(pointwise);
    }

    /** Number of observations N. */
    public int observations() {
        return pointwise.size();
    }

    /** Number of observations whose k-hat exceeds the given value. */
    public int countKAbove(double k) {
        return (int) pointwise.stream().filter(p -> p.paretoK() > k).count();
    }

    /** A warning in loo's words when some k-hat is high, or null when every k-hat is at most 0.5. */
    public String warning() {
        int bad = countKAbove(kThreshold);
        if (bad > 0) {
            return String.format(Locale.ROOT, "%d of %d Pareto k values are above %.2f: the estimate for %s is "
                    + "unreliable (moment matching, K-fold CV or a more robust model would help)", bad,
                    observations(), kThreshold, bad == 1 ? "that observation" : "those observations");
        }
        int high = countKAbove(K_GOOD);
        if (high > 0) {
            return String.format(Locale.ROOT, "%d of %d Pareto k values are slightly high (between %.1f and %.2f)",
                    high, observations(), K_GOOD, kThreshold);
        }
        return null;
    }
}
