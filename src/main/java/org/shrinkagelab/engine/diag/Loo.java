package org.shrinkagelab.engine.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;
import org.shrinkagelab.engine.sample.Draws;

/**
 * Approximate leave-one-out cross-validation by Pareto-smoothed importance sampling (Vehtari, Gelman and Gabry
 * 2017), as {@code loo(log_lik, r_eff = relative_eff(exp(log_lik), chain_id))} of the loo R package 2.5.1:
 * elpd_loo, p_loo and looic with their standard errors, and per observation its elpd, MCSE, p_loo, Pareto
 * k-hat, PSIS effective sample size and relative efficiency.
 */
public final class Loo {
    /** Stan's pointwise log-likelihood columns: {@code log_lik[1]}, {@code log_lik[2,3]}, ... */
    private static final Pattern LOG_LIK = Pattern.compile("log_lik\\[[0-9, ]+\\]");
    /** loo's mcse_elpd uses this many normal quantiles to carry the variance of exp(elpd) to the log scale. */
    private static final int MCSE_QUANTILES = 1000;
    /** loo's mcse_loo gives NA as soon as one k-hat exceeds this (fixed in 2.5.1). */
    private static final double MCSE_K_LIMIT = 0.7;
    private static final double[] NORMAL_SCORES = normalScores();

    private Loo() {
    }

    /**
     * Computes the constants of the Monte Carlo errors (a thousand normal quantiles, some milliseconds in a fresh
     * JVM) on the calling thread if not yet done, so that the parallel parts of {@link #of(List, double[][][],
     * JobContext)} do not all wait on the first to compute them: calling a static method initializes the class.
     */
    public static void prepare() {
        // the class's initialization is the work
    }

    /**
     * The k-hat threshold min(1 - 1 / log10(S), 0.7) of Vehtari et al. (2024) for S draws, above which PSIS is
     * unreliable; loo 2.5.1 uses a fixed 0.7, the same value whenever S is 2154 or more.
     */
    public static double kThreshold(int draws) {
        return Math.min(1 - 1 / Math.log10(draws), MCSE_K_LIMIT);
    }

    /** The names among {@code columns} that hold pointwise log-likelihoods ({@code log_lik[...]}), in order. */
    public static List<String> logLikColumns(List<String> columns) {
        return columns.stream().filter(c -> LOG_LIK.matcher(c).matches()).toList();
    }

    /** PSIS-LOO from the {@code log_lik[...]} columns of draws; r_eff from their chains. */
    public static LooResult of(Draws draws) {
        List<String> names = logLikColumns(draws.parameters());
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no log_lik[1..N] columns (pointwise log-likelihoods) among "
                    + draws.parameters());
        }
        double[][][] logLik = new double[draws.chains()][names.size()][];
        for (int i = 0; i < names.size(); i++) {
            double[][] column = draws.parameter(names.get(i));
            for (int c = 0; c < draws.chains(); c++) {
                logLik[c][i] = column[c];
            }
        }
        return of(names, logLik);
    }

    /**
     * PSIS-LOO from pointwise log-likelihood draws {@code [chain][observation][draw]} (chains of equal length),
     * the observations named by {@code names}; every value must be finite.
     */
    public static LooResult of(List<String> names, double[][][] logLik) {
        return of(names, logLik, JobContext.none());
    }

    /**
     * As {@link #of(List, double[][][])}, the observations' smoothing computed as parallel parts of the context
     * (on every core under the sampler service), honouring its cancellation.
     */
    public static LooResult of(List<String> names, double[][][] logLik, JobContext context) {
        int chains = logLik.length;
        int n = names.size();
        if (chains == 0 || n == 0) {
            throw new IllegalArgumentException("PSIS-LOO needs at least one chain and one observation");
        }
        int perChain = logLik[0][0].length;
        int s = chains * perChain;
        List<PartTask<PointwiseLoo>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[][] byChain = new double[chains][];
            double[] ll = new double[s];
            for (int c = 0; c < chains; c++) {
                if (logLik[c].length != n || logLik[c][i].length != perChain) {
                    throw new IllegalArgumentException("chain " + (c + 1) + " does not have " + n
                            + " observations of " + perChain + " draws like chain 1");
                }
                byChain[c] = logLik[c][i];
                for (int d = 0; d < perChain; d++) {
                    double v = logLik[c][i][d];
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException(names.get(i) + " is " + v + " at chain " + (c + 1)
                                + ", draw " + (d + 1) + ": PSIS-LOO needs finite log-likelihoods");
                    }
                    ll[c * perChain + d] = v;
                }
            }
            String name = names.get(i);
            rows.add(part -> {
                part.checkCancelled();
                return pointwise(name, ll, RelativeEfficiency.of(byChain));
            });
        }
        return estimates(s, context.parallel(rows));
    }

    private static PointwiseLoo pointwise(String name, double[] ll, double rEff) {
        int s = ll.length;
        // loo falls back to r_eff = 1 when it is not available (constant likelihood)
        double r = Double.isFinite(rEff) ? rEff : 1;
        double[] ratios = new double[s];
        for (int d = 0; d < s; d++) {
            ratios[d] = -ll[d];
        }
        ParetoSmoothing.Result psis = ParetoSmoothing.smooth(ratios, r);
        double[] lw = psis.logWeights();
        double norm = logSumExp(lw);
        double[] shifted = new double[s];
        double sumSquares = 0;
        for (int d = 0; d < s; d++) {
            lw[d] -= norm;
            shifted[d] = ll[d] + lw[d];
            double w = Math.exp(lw[d]);
            sumSquares += w * w;
        }
        double elpd = logSumExp(shifted);
        double lpd = logSumExp(ll) - Math.log(s);
        return new PointwiseLoo(name, elpd, mcseElpd(ll, lw, elpd, r), lpd - elpd, -2 * elpd, psis.k(),
                r / sumSquares, r);
    }

    /** loo's mcse_elpd: the variance of the log of normal draws matching the mean and variance of exp(elpd). */
    private static double mcseElpd(double[] ll, double[] lw, double elpd, double rEff) {
        double epd = Math.exp(elpd);
        double var = 0;
        for (int d = 0; d < ll.length; d++) {
            double w = Math.exp(lw[d]);
            double diff = Math.exp(ll[d]) - epd;
            var += w * w * diff * diff;
        }
        double sd = Math.sqrt(var);
        double[] logZ = new double[NORMAL_SCORES.length];
        int kept = 0;
        for (double zn : NORMAL_SCORES) {
            double z = epd + sd * zn;
            if (z > 0) {
                logZ[kept++] = Math.log(z);
            }
        }
        return Math.sqrt(Moments.variance(java.util.Arrays.copyOf(logZ, kept)) / rEff);
    }

    private static LooResult estimates(int draws, List<PointwiseLoo> rows) {
        int n = rows.size();
        double[] elpd = new double[n];
        double[] p = new double[n];
        double[] ic = new double[n];
        double mcseSquares = 0;
        boolean mcseDefined = true;
        for (int i = 0; i < n; i++) {
            PointwiseLoo r = rows.get(i);
            elpd[i] = r.elpdLoo();
            p[i] = r.pLoo();
            ic[i] = r.looic();
            mcseSquares += r.mcseElpdLoo() * r.mcseElpdLoo();
            mcseDefined &= !(r.paretoK() > MCSE_K_LIMIT);
        }
        return new LooResult(draws, sum(elpd), se(elpd), sum(p), se(p), sum(ic), se(ic),
                mcseDefined ? Math.sqrt(mcseSquares) : Double.NaN, kThreshold(draws), rows);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }

    /** loo's table_of_estimates: sqrt(N var(x)), NaN for one observation. */
    private static double se(double[] v) {
        return Math.sqrt(v.length * Moments.variance(v));
    }

    static double logSumExp(double[] v) {
        double max = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            max = Math.max(max, d);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double s = 0;
        for (double d : v) {
            s += Math.exp(d - max);
        }
        return max + Math.log(s);
    }

    /** Blom's normal scores qnorm((r - 3/8) / (n + 1/4)), r = 1..n, as loo's mcse_elpd. */
    private static double[] normalScores() {
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double c = 3.0 / 8;
        double[] z = new double[MCSE_QUANTILES];
        for (int r = 1; r <= MCSE_QUANTILES; r++) {
            z[r - 1] = normal.inverseCumulativeProbability((r - c) / (MCSE_QUANTILES - 2 * c + 1));
        }
        return z;
    }
}
