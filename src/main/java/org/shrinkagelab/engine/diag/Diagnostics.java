package org.shrinkagelab.engine.diag;

import static org.shrinkagelab.engine.diag.DrawTransforms.fold;
import static org.shrinkagelab.engine.diag.DrawTransforms.split;
import static org.shrinkagelab.engine.diag.DrawTransforms.zScale;
import static org.shrinkagelab.engine.diag.Moments.count;
import static org.shrinkagelab.engine.diag.Moments.mean;
import static org.shrinkagelab.engine.diag.Moments.pooled;
import static org.shrinkagelab.engine.diag.Moments.shouldReturnNa;
import static org.shrinkagelab.engine.diag.Moments.sortedQuantile;
import static org.shrinkagelab.engine.diag.Moments.variance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;
import org.shrinkagelab.engine.sample.Draws;

/**
 * Convergence diagnostics and summaries of MCMC draws, computed exactly as the {@code posterior} R package
 * (version 1.4) does (Vehtari, Gelman, Simpson, Carpenter and Buerkner 2021): rank-normalized split R-hat,
 * bulk and tail ESS, Monte Carlo standard errors. Draws are given as {@code [chain][draw]} with chains of
 * equal length. A diagnostic that cannot be computed (constant draws, too few draws, non-finite values)
 * is NaN, never an exception.
 */
public final class Diagnostics {
    /** Normal probabilities of -1 and +1 standard deviation, as posterior's mcse_quantile hard-codes them. */
    private static final double[] ONE_SIGMA = {0.1586553, 0.8413447};

    private Diagnostics() {
    }

    /** Rank-normalized split R-hat: the larger of the bulk and the folded (tail) R-hat. */
    public static double rhat(double[][] draws) {
        double[][] x = checked(draws);
        if (x == null) {
            return Double.NaN;
        }
        double bulk = rhatOf(zScale(split(x)));
        double tail = rhatOf(zScale(split(fold(x))));
        return Double.isNaN(bulk) || Double.isNaN(tail) ? Double.NaN : Math.max(bulk, tail);
    }

    /** Classic split R-hat of the draws themselves, without rank normalization (posterior's rhat_basic). */
    public static double rhatBasic(double[][] draws) {
        double[][] x = checked(draws);
        return x == null ? Double.NaN : rhatOf(split(x));
    }

    /** Bulk effective sample size: split chains, rank-normalized. */
    public static double essBulk(double[][] draws) {
        double[][] x = checked(draws);
        return x == null ? Double.NaN : GeyerEss.of(zScale(split(x)));
    }

    /** Tail effective sample size: the smaller ESS of the 5% and 95% quantile indicators. */
    public static double essTail(double[][] draws) {
        double lower = essQuantile(draws, 0.05);
        double upper = essQuantile(draws, 0.95);
        return Double.isNaN(lower) || Double.isNaN(upper) ? Double.NaN : Math.min(lower, upper);
    }

    /** Effective sample size of the split chains without rank normalization (posterior's ess_basic). */
    public static double essBasic(double[][] draws) {
        double[][] x = checked(draws);
        return x == null ? Double.NaN : GeyerEss.of(split(x));
    }

    /** Effective sample size for the estimate of a quantile, from the indicator of draws at or below it. */
    public static double essQuantile(double[][] draws, double prob) {
        checkProb(prob);
        double[][] x = checked(draws);
        if (x == null || shouldReturnNa(x)) {
            return Double.NaN;
        }
        double p = prob;
        if (p == 1) {
            int len = count(x);
            p = (len - 0.5) / len;
        }
        double q = quantile(x, p);
        double[][] indicator = new double[x.length][];
        for (int c = 0; c < x.length; c++) {
            indicator[c] = new double[x[c].length];
            for (int i = 0; i < x[c].length; i++) {
                indicator[c][i] = x[c][i] <= q ? 1 : 0;
            }
        }
        return GeyerEss.of(split(indicator));
    }

    /** Monte Carlo standard error of the mean: sd over all draws divided by the square root of the split ESS. */
    public static double mcseMean(double[][] draws) {
        double[][] x = checked(draws);
        return x == null ? Double.NaN : sd(x) / Math.sqrt(GeyerEss.of(split(x)));
    }

    /** Monte Carlo standard error of the sd, by the moments method of posterior 1.4. */
    public static double mcseSd(double[][] draws) {
        double[][] x = checked(draws);
        if (x == null) {
            return Double.NaN;
        }
        double mean = mean(x);
        double[][] squares = new double[x.length][];
        double evar = 0;
        double fourth = 0;
        int n = count(x);
        for (int c = 0; c < x.length; c++) {
            squares[c] = new double[x[c].length];
            for (int i = 0; i < x[c].length; i++) {
                double d = x[c][i] - mean;
                squares[c][i] = d * d;
                evar += d * d;
                fourth += d * d * d * d;
            }
        }
        evar /= n;
        fourth /= n;
        double ess = GeyerEss.of(split(squares));
        double varvar = (fourth - evar * evar) / ess;
        return Math.sqrt(varvar / evar / 4);
    }

    /** Monte Carlo standard error of a quantile, from the order statistics at its ESS-based beta interval. */
    public static double mcseQuantile(double[][] draws, double prob) {
        double ess = essQuantile(draws, prob);
        if (Double.isNaN(ess)) {
            return Double.NaN;
        }
        double[] sorted = pooled(draws);
        Arrays.sort(sorted);
        int s = sorted.length;
        BetaDistribution beta = new BetaDistribution(null, ess * prob + 1, ess * (1 - prob) + 1, 1e-15);
        double a1 = beta.inverseCumulativeProbability(ONE_SIGMA[0]);
        double a2 = beta.inverseCumulativeProbability(ONE_SIGMA[1]);
        double th1 = sorted[Math.max((int) Math.floor(a1 * s), 1) - 1];
        double th2 = sorted[Math.min((int) Math.ceil(a2 * s), s) - 1];
        return (th2 - th1) / 2;
    }

    /** The type-7 quantile (R's default) over the draws of all chains; NaN if any draw is NaN. */
    public static double quantile(double[][] draws, double prob) {
        checkProb(prob);
        double[] all = pooled(draws);
        if (all.length == 0) {
            return Double.NaN;
        }
        for (double v : all) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
        }
        Arrays.sort(all);
        return sortedQuantile(all, prob);
    }

    /** The row of {@code posterior::summarise_draws} for one parameter: moments, quantiles, MCSE, ESS, R-hat. */
    public static ParameterSummary summarize(String name, double[][] draws) {
        return summarize(name, draws, JobContext.none());
    }

    /** {@link #summarize(String, double[][])}, checking the context's cancellation inside its sorts and lag sums. */
    public static ParameterSummary summarize(String name, double[][] draws, JobContext context) {
        double[][] x = equalLengths(draws);
        int exponent = Moments.safeScaleExponent(x); // draws near 1e307 are summarized at an exact 2^-k
        if (exponent != 0) {
            return Moments.unscaled(summarize(name, Moments.scalb(x, -exponent), context), exponent);
        }
        if (allFinite(x)) {
            return ParameterSummarizer.summarize(name, x, context);
        }
        return new ParameterSummary(name, mean(x), sd(x), quantile(x, 0.05), quantile(x, 0.5), quantile(x, 0.95),
                mcseMean(x), mcseSd(x), essBulk(x), essTail(x), rhat(x));
    }

    /** One summary row per parameter, chains cut to the shortest if their lengths differ. */
    public static List<ParameterSummary> summarize(Draws draws) {
        Draws equal = draws.truncatedToShortest();
        List<ParameterSummary> rows = new ArrayList<>();
        for (String p : equal.parameters()) {
            rows.add(summarize(p, equal.parameter(p)));
        }
        return rows;
    }

    /**
     * One summary row per parameter as {@link #summarize(Draws)}, the parameters computed as parallel parts of
     * the context (on every core under the sampler service), reporting "computing diagnostics" and honouring
     * its cancellation.
     */
    public static List<ParameterSummary> summarize(Draws draws, JobContext context) {
        return summarize(draws, context, true);
    }

    /**
     * As {@link #summarize(Draws, JobContext)}; {@code report} false leaves the context's message alone (a
     * caller that has already said which phase this is, e.g. "computing diagnostics of partial draws").
     */
    public static List<ParameterSummary> summarize(Draws draws, JobContext context, boolean report) {
        return summarize(draws, context, report, draws.parameters());
    }

    /**
     * As {@link #summarize(Draws, JobContext, boolean)} for the parameters among {@code only}, in the draws'
     * order: a caller that shows some rows (a model's reported outputs) need not pay for the others.
     */
    public static List<ParameterSummary> summarize(Draws draws, JobContext context, boolean report,
                                                   Collection<String> only) {
        if (report) {
            context.progress(0, "computing diagnostics");
        }
        return context.parallel(rowParts(draws, only));
    }

    /**
     * The parallel parts that {@link #summarize(Draws, JobContext, boolean, Collection)} runs, one summary row per
     * parameter among {@code only} in the draws' order, for a caller that runs other parts beside them.
     */
    public static List<PartTask<ParameterSummary>> rowParts(Draws draws, Collection<String> only) {
        Draws equal = draws.truncatedToShortest();
        // a set, so that picking the rows stays linear in the number of parameters
        Set<String> keep = Set.copyOf(only);
        List<PartTask<ParameterSummary>> rows = new ArrayList<>();
        for (String p : equal.parameters()) {
            if (keep.contains(p)) {
                rows.add(part -> {
                    part.checkCancelled();
                    return summarize(p, equal.parameter(p), part);
                });
            }
        }
        return rows;
    }

    /**
     * Energy Bayesian fraction of missing information per chain from the {@code energy__} statistic, as rstan's
     * get_bfmi: the sum of squared successive differences divided by the number of draws, over the sample
     * variance. NaN for a chain with fewer than two draws or constant energy.
     */
    public static double[] ebfmi(Draws draws) {
        double[][] energy = draws.stat("energy__");
        double[] out = new double[energy.length];
        for (int c = 0; c < energy.length; c++) {
            double[] e = energy[c];
            if (e.length < 2) {
                out[c] = Double.NaN;
                continue;
            }
            double num = 0;
            for (int i = 1; i < e.length; i++) {
                num += (e[i] - e[i - 1]) * (e[i] - e[i - 1]);
            }
            double var = variance(e);
            out[c] = var > 0 ? num / e.length / var : Double.NaN;
        }
        return out;
    }

    /** Number of divergent transitions (draws whose {@code divergent__} is non-zero) over all chains; 0 if absent. */
    public static int divergences(Draws draws) {
        return draws.hasStat("divergent__") ? countWhere(draws.stat("divergent__"), Double.NaN, true) : 0;
    }

    /** Number of draws whose {@code treedepth__} reached {@code maxTreeDepth}; 0 if the statistic is absent. */
    public static int treedepthHits(Draws draws, int maxTreeDepth) {
        return draws.hasStat("treedepth__") ? countWhere(draws.stat("treedepth__"), maxTreeDepth, false) : 0;
    }

    private static int countWhere(double[][] values, double limit, boolean nonZero) {
        int n = 0;
        for (double[] chain : values) {
            for (double v : chain) {
                if (nonZero ? v != 0 : v >= limit) {
                    n++;
                }
            }
        }
        return n;
    }

    // ---- posterior internals ----

    /** posterior's .rhat on already split (and possibly normalized) chains. */
    static double rhatOf(double[][] x) {
        if (shouldReturnNa(x)) {
            return Double.NaN;
        }
        int chains = x.length;
        int n = x[0].length;
        double[] chainMean = new double[chains];
        double varWithin = 0;
        for (int c = 0; c < chains; c++) {
            chainMean[c] = mean(x[c]);
            varWithin += variance(x[c]);
        }
        varWithin /= chains;
        double varBetween = n * variance(chainMean);
        return Math.sqrt((varBetween / varWithin + n - 1) / n);
    }

    /** Null if the draws are unusable (no chains, no draws, a NaN); else the draws themselves. */
    private static double[][] checked(double[][] draws) {
        if (draws.length == 0 || draws[0].length == 0) {
            return null;
        }
        double[][] x = equalLengths(draws);
        for (double[] chain : x) {
            for (double v : chain) {
                if (Double.isNaN(v)) {
                    return null;
                }
            }
        }
        return x;
    }

    /** True for at least one draw, all of them finite: the draws the shared-sort summary handles. */
    private static boolean allFinite(double[][] x) {
        if (x.length == 0 || x[0].length == 0) {
            return false;
        }
        for (double[] chain : x) {
            for (double v : chain) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double[][] equalLengths(double[][] draws) {
        for (double[] chain : draws) {
            if (chain.length != draws[0].length) {
                throw new IllegalArgumentException("chains have different lengths (" + draws[0].length + " and "
                        + chain.length + " draws); cut them to the shortest first");
            }
        }
        return draws;
    }

    private static void checkProb(double prob) {
        if (!(prob >= 0 && prob <= 1)) {
            throw new IllegalArgumentException("probability " + prob + " is not allowed: expected 0 to 1");
        }
    }

    private static double sd(double[][] x) {
        return Math.sqrt(variance(pooled(x)));
    }
}
