package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.data.EightSchoolsData;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.apache.commons.math3.special.Erf;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.stats.AdaptiveQuadrature;
import org.shrinkagelab.stats.Normal;
import org.shrinkagelab.stats.QuadratureRule;

/**
 * The exact posterior of the eight-schools model with a normal population and a normal (or flat) prior
 * on mu, under any tau prior. Given tau, mu and theta integrate out analytically (BDA3 section 5.4):
 * y_j | mu, tau ~ N(mu, sigma_j^2 + tau^2), mu | tau, y ~ N(muHat, V) with the prior on mu folded in as
 * one more observation, theta_j | tau, y ~ N(B_j muHat + (1 - B_j) y_j, (1 - B_j) sigma_j^2 + B_j^2 V)
 * with B_j = sigma_j^2 / (sigma_j^2 + tau^2). What remains is one-dimensional: p(tau | y), integrated
 * by adaptive Gauss-Kronrod quadrature after mapping tau's support onto (0, 1). Immutable.
 */
public final class EightSchoolsExactPosterior {
    private static final double REL_TOL = 1e-11;
    private static final int INITIAL_PANELS = 24;
    private static final int WINDOW_PANELS = 16;
    private static final double WINDOW = 25;
    private static final int MAX_PANELS = 4000;
    private static final double[] LEVELS = {0.05, 0.5, 0.95};
    private static final double NORMAL_SCALE = Math.sqrt(2);

    private final double[] y;
    private final double[] variance;
    private final MuPrior muPrior;
    private final TauPrior tauPrior;
    private final double lower;
    private final double upper;
    private final double scale;
    private final double logReference;
    private final double logEvidence;
    private final QuadratureRule rule;
    /** Posterior probability weight of each node (weights times normalized density in t), summing to 1. */
    private final double[] mass;
    /** Posterior mass of the panels before panel k. */
    private final double[] cumulative;
    private final double[] nodeTau;
    private final double[] nodeMuMean;
    private final double[] nodeMuVar;

    /** Computes the posterior for the data under the priors (normal population). */
    public EightSchoolsExactPosterior(EightSchoolsData data, MuPrior muPrior, TauPrior tauPrior) {
        this.y = data.effects();
        double[] sigma = data.stderrs();
        this.variance = new double[y.length];
        double meanVariance = 0;
        for (int j = 0; j < y.length; j++) {
            variance[j] = sigma[j] * sigma[j];
            meanVariance += variance[j] / y.length;
        }
        this.muPrior = muPrior;
        this.tauPrior = tauPrior;
        this.lower = tauPrior.lower();
        this.upper = tauPrior.upper();
        // tau - lower = scale t/(1-t) puts t = 1/2 at the typical standard error, where the mass is
        this.scale = Math.sqrt(meanVariance);
        double[] window = modeWindow();
        this.logReference = window[2];
        // refine on density times (1 + tau^2/scale^2), so that the moments converge too
        this.rule = AdaptiveQuadrature.rule(t -> {
            double x = (tau(t) - lower) / scale;
            return densityInT(t) * (1 + x * x);
        }, initialBreaks(window[0], window[1]), REL_TOL, MAX_PANELS);
        double[] nodes = rule.nodes();
        double[] weights = rule.weights();
        int n = nodes.length;
        this.mass = new double[n];
        this.nodeTau = new double[n];
        this.nodeMuMean = new double[n];
        this.nodeMuVar = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            mass[i] = weights[i] * densityInT(nodes[i]);
            total += mass[i];
            nodeTau[i] = tau(nodes[i]);
            double[] mu = muGivenTauMoments(nodeTau[i]);
            nodeMuMean[i] = mu[0];
            nodeMuVar[i] = mu[1];
        }
        for (int i = 0; i < n; i++) {
            mass[i] /= total;
        }
        this.logEvidence = logReference + Math.log(total);
        this.cumulative = new double[rule.panels() + 1];
        for (int k = 0; k < rule.panels(); k++) {
            double panelMass = 0;
            for (int i = 0; i < QuadratureRule.NODES_PER_PANEL; i++) {
                panelMass += mass[k * QuadratureRule.NODES_PER_PANEL + i];
            }
            cumulative[k + 1] = cumulative[k] + panelMass;
        }
    }

    /** The posterior for the eight schools of BDA3 under the given priors. */
    public static EightSchoolsExactPosterior of(MuPrior muPrior, TauPrior tauPrior) {
        return new EightSchoolsExactPosterior(EightSchoolsData.bundled(), muPrior, tauPrior);
    }

    /**
     * {tLeft, tRight, max}: the log density in t peaks at max, and [tLeft, tRight] is where it stays
     * within {@value #WINDOW} of that: a coarse grid finds the peak's cell, Brent's method the peak,
     * bisection the window's ends.
     */
    private double[] modeWindow() {
        int cells = 1000;
        int best = -1;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < cells; k++) {
            double v = logDensityInT((k + 0.5) / cells);
            if (v > max) {
                max = v;
                best = k;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("the posterior of tau vanishes everywhere under " + tauPrior);
        }
        double start = (best + 0.5) / cells;
        UnivariatePointValuePair peak = new BrentOptimizer(1e-12, 1e-15).optimize(new MaxEval(1000),
                new UnivariateObjectiveFunction(this::logDensityInT), GoalType.MAXIMIZE,
                new SearchInterval(Math.max(0, start - 1.0 / cells), Math.min(1, start + 1.0 / cells), start));
        double tMode = start;
        if (peak.getValue() > max) {
            max = peak.getValue();
            tMode = peak.getPoint();
        }
        double floor = max - WINDOW;
        return new double[] {windowEnd(tMode, 0, floor), windowEnd(tMode, 1, floor), max};
    }

    /** The point between tMode and the end where the log density falls to floor (the end if it never does). */
    private double windowEnd(double tMode, double end, double floor) {
        double inside = tMode;
        double outside = end;
        double nearEnd = tMode + (end - tMode) * (1 - 1e-12);
        if (logDensityInT(nearEnd) >= floor) {
            return end;
        }
        for (int i = 0; i < 80; i++) {
            double mid = 0.5 * (inside + outside);
            if (logDensityInT(mid) >= floor) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return outside;
    }

    /** Equal panels over (0, 1) merged with finer equal panels over the window around the peak. */
    private static double[] initialBreaks(double tLeft, double tRight) {
        java.util.TreeSet<Double> breaks = new java.util.TreeSet<>();
        for (int k = 0; k <= INITIAL_PANELS; k++) {
            breaks.add((double) k / INITIAL_PANELS);
        }
        for (int k = 0; k <= WINDOW_PANELS; k++) {
            breaks.add(tLeft + (tRight - tLeft) * k / WINDOW_PANELS);
        }
        return breaks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private double logDensityInT(double t) {
        return logTauPosterior(tau(t)) + Math.log(dTauDt(t));
    }

    /** log p(tau) + log p(y | tau) (mu integrated out), up to a constant; minus infinity outside tau's support. */
    public double logTauPosterior(double tau) {
        double logPrior = tauPrior.logDensity(tau);
        if (logPrior == Double.NEGATIVE_INFINITY) {
            return logPrior;
        }
        double[] mu = muGivenTauMoments(tau);
        double muHat = mu[0];
        double lp = logPrior + 0.5 * Math.log(mu[1]);
        for (int j = 0; j < y.length; j++) {
            double v = variance[j] + tau * tau;
            double r = y[j] - muHat;
            lp -= 0.5 * (Math.log(v) + r * r / v);
        }
        if (!muPrior.isFlat()) {
            double s2 = muPrior.sd() * muPrior.sd();
            double r = muPrior.mean() - muHat;
            lp -= 0.5 * (Math.log(s2) + r * r / s2);
        }
        return lp;
    }

    /** The normalized posterior density p(tau | y); zero outside the prior's support. */
    public double tauDensity(double tau) {
        double lp = logTauPosterior(tau);
        return lp == Double.NEGATIVE_INFINITY ? 0 : Math.exp(lp - logEvidence);
    }

    /** p(tau | y) at each grid point (for drawing under an MCMC histogram). */
    public double[] tauDensity(double[] grid) {
        double[] out = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            out[i] = tauDensity(grid[i]);
        }
        return out;
    }

    /** P(tau <= x | y). */
    public double tauCdf(double x) {
        if (x <= lower) {
            return 0;
        }
        if (x >= upper) {
            return 1;
        }
        double t = toT(x);
        double[] breaks = rule.breaks();
        int k = panelOf(t, breaks);
        double partial = AdaptiveQuadrature.kronrod(this::densityInT, breaks[k], t) * massScale();
        return Math.min(1, cumulative[k] + partial);
    }

    /** The p-quantile of tau | y, 0 < p < 1. */
    public double tauQuantile(double p) {
        checkLevel(p);
        int panel = 0;
        while (panel < rule.panels() - 1 && cumulative[panel + 1] < p) {
            panel++;
        }
        if (cumulative[panel + 1] <= p) {
            return tau(rule.breaks()[panel + 1]); // p at a panel boundary, up to rounding
        }
        double from = rule.breaks()[panel];
        double base = cumulative[panel];
        double t = new BrentSolver(1e-15, 1e-14).solve(200, s -> base
                + (s <= from ? 0 : AdaptiveQuadrature.kronrod(this::densityInT, from, s) * massScale()) - p,
                from, rule.breaks()[panel + 1]);
        return tau(t);
    }

    /** E[tau | y]. */
    public double tauMean() {
        return expectation(nodeTau, 1);
    }

    /** Sd[tau | y]. */
    public double tauSd() {
        double m = tauMean();
        return Math.sqrt(Math.max(0, expectation(nodeTau, 2) - m * m));
    }

    /** {E, Var} of mu given tau and y: the precision-weighted mean of the y_j and the prior's mean. */
    public double[] muGivenTauMoments(double tau) {
        double precision = 0;
        double weighted = 0;
        for (int j = 0; j < y.length; j++) {
            double w = 1 / (variance[j] + tau * tau);
            precision += w;
            weighted += w * y[j];
        }
        if (!muPrior.isFlat()) {
            double w = 1 / (muPrior.sd() * muPrior.sd());
            precision += w;
            weighted += w * muPrior.mean();
        }
        return new double[] {weighted / precision, 1 / precision};
    }

    /** {E, Var} of theta_j (school index j from 0) given tau and y, mu integrated out. */
    public double[] thetaGivenTauMoments(int j, double tau) {
        double[] mu = muGivenTauMoments(tau);
        double b = variance[j] / (variance[j] + tau * tau);
        return new double[] {b * mu[0] + (1 - b) * y[j], (1 - b) * variance[j] + b * b * mu[1]};
    }

    /** E[mu | y]. */
    public double muMean() {
        return mixtureMean(nodeMuMean);
    }

    /** Sd[mu | y]. */
    public double muSd() {
        return mixtureSd(nodeMuMean, nodeMuVar);
    }

    /** The density p(mu | y) at each grid point: the quadrature mixture over tau of the normals p(mu | tau, y). */
    public double[] muDensity(double[] grid) {
        double[] out = new double[grid.length];
        for (int i = 0; i < mass.length; i++) {
            double sd = Math.sqrt(nodeMuVar[i]);
            double scaleOut = mass[i] / (sd * Math.sqrt(2 * Math.PI));
            for (int g = 0; g < grid.length; g++) {
                double z = (grid[g] - nodeMuMean[i]) / sd;
                out[g] += scaleOut * Math.exp(-0.5 * z * z);
            }
        }
        return out;
    }

    /** The p-quantile of mu | y. */
    public double muQuantile(double p) {
        return mixtureQuantile(nodeMuMean, nodeMuVar, p);
    }

    /** E[theta_j | y], school index j from 0. */
    public double thetaMean(int j) {
        return mixtureMean(thetaNodes(j)[0]);
    }

    /** Sd[theta_j | y], school index j from 0. */
    public double thetaSd(int j) {
        double[][] nodes = thetaNodes(j);
        return mixtureSd(nodes[0], nodes[1]);
    }

    /** The p-quantile of theta_j | y, school index j from 0. */
    public double thetaQuantile(int j, double p) {
        double[][] nodes = thetaNodes(j);
        return mixtureQuantile(nodes[0], nodes[1], p);
    }

    /** Rows mu, tau, theta[1]..theta[J] with mean, sd and the 5%, 50%, 95% quantiles. */
    public List<ParameterSummary> summaries() {
        List<ParameterSummary> rows = new ArrayList<>();
        rows.add(row("mu", nodeMuMean, nodeMuVar));
        double[] q = new double[LEVELS.length];
        for (int i = 0; i < LEVELS.length; i++) {
            q[i] = tauQuantile(LEVELS[i]);
        }
        rows.add(ParameterSummary.exact("tau", tauMean(), tauSd(), q[0], q[1], q[2]));
        for (int j = 0; j < y.length; j++) {
            double[][] nodes = thetaNodes(j);
            rows.add(row("theta[" + (j + 1) + "]", nodes[0], nodes[1]));
        }
        return rows;
    }

    private ParameterSummary row(String name, double[] means, double[] variances) {
        double[] q = new double[LEVELS.length];
        for (int i = 0; i < LEVELS.length; i++) {
            q[i] = mixtureQuantile(means, variances, LEVELS[i]);
        }
        return ParameterSummary.exact(name, mixtureMean(means), mixtureSd(means, variances), q[0], q[1], q[2]);
    }

    private double[][] thetaNodes(int j) {
        if (j < 0 || j >= y.length) {
            throw new IllegalArgumentException("school index must be in 0.." + (y.length - 1) + ", was " + j);
        }
        int n = nodeTau.length;
        double[] means = new double[n];
        double[] variances = new double[n];
        for (int i = 0; i < n; i++) {
            double b = variance[j] / (variance[j] + nodeTau[i] * nodeTau[i]);
            means[i] = b * nodeMuMean[i] + (1 - b) * y[j];
            variances[i] = (1 - b) * variance[j] + b * b * nodeMuVar[i];
        }
        return new double[][] {means, variances};
    }

    private double expectation(double[] values, int power) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += mass[i] * Math.pow(values[i], power);
        }
        return sum;
    }

    private double mixtureMean(double[] means) {
        return expectation(means, 1);
    }

    private double mixtureSd(double[] means, double[] variances) {
        double m = mixtureMean(means);
        double second = 0;
        for (int i = 0; i < means.length; i++) {
            second += mass[i] * (variances[i] + means[i] * means[i]);
        }
        return Math.sqrt(Math.max(0, second - m * m));
    }

    /**
     * Solves sum_i mass_i Phi((x - m_i)/s_i) = p by Newton steps from the normal approximation, kept
     * inside a shrinking bracket (bisection when a step would leave it). Nodes without mass are skipped.
     */
    private double mixtureQuantile(double[] means, double[] variances, double p) {
        checkLevel(p);
        double m = mixtureMean(means);
        double sd = mixtureSd(means, variances);
        int n = 0;
        double[] w = new double[means.length];
        double[] mu = new double[means.length];
        double[] s = new double[means.length];
        for (int i = 0; i < means.length; i++) {
            if (mass[i] > 1e-17) {
                w[n] = mass[i];
                mu[n] = means[i];
                s[n++] = Math.sqrt(variances[i]);
            }
        }
        // Chebyshev: every quantile in [0.001, 0.999] lies within 32 sd of the mean
        double lo = m - 40 * sd;
        double hi = m + 40 * sd;
        double x = m + sd * NORMAL_SCALE * Erf.erfInv(2 * p - 1);
        for (int iteration = 0; iteration < 200; iteration++) {
            double cdf = 0;
            double pdf = 0;
            for (int i = 0; i < n; i++) {
                double z = (x - mu[i]) / s[i];
                cdf += w[i] * Normal.standardCdf(z);
                pdf += w[i] * Math.exp(-0.5 * z * z) / s[i];
            }
            pdf /= Math.sqrt(2 * Math.PI);
            if (cdf < p) {
                lo = x;
            } else {
                hi = x;
            }
            double next = x - (cdf - p) / pdf;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - x) < 1e-11 * sd) {
                return next;
            }
            x = next;
        }
        throw new IllegalStateException("mixture quantile at level " + p + " did not converge");
    }

    private static void checkLevel(double p) {
        if (!(p >= 0.001 && p <= 0.999)) {
            throw new IllegalArgumentException("quantile level must be in [0.001, 0.999], was " + p);
        }
    }

    private double massScale() {
        return Math.exp(logReference - logEvidence);
    }

    /** Unnormalized posterior density of t (tau = tau(t)), scaled by exp(-logReference) to stay in range. */
    private double densityInT(double t) {
        double lp = logTauPosterior(tau(t));
        return lp == Double.NEGATIVE_INFINITY ? 0 : Math.exp(lp - logReference) * dTauDt(t);
    }

    private double tau(double t) {
        return upper < Double.POSITIVE_INFINITY ? lower + (upper - lower) * t : lower + scale * t / (1 - t);
    }

    private double dTauDt(double t) {
        return upper < Double.POSITIVE_INFINITY ? upper - lower : scale / ((1 - t) * (1 - t));
    }

    private double toT(double tau) {
        double x = tau - lower;
        return upper < Double.POSITIVE_INFINITY ? x / (upper - lower) : x / (x + scale);
    }

    private static int panelOf(double t, double[] breaks) {
        int k = java.util.Arrays.binarySearch(breaks, t);
        if (k >= 0) {
            return Math.min(k, breaks.length - 2);
        }
        return Math.min(-k - 2, breaks.length - 2);
    }
}
