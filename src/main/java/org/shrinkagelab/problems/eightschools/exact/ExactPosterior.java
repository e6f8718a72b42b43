package org.shrinkagelab.problems.eightschools.exact;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Erf;
import org.shrinkagelab.stats.AdaptiveQuadrature;

/**
 * The converged posterior: tau^2 integrated over (0, infinity) by adaptive Gauss–Kronrod
 * quadrature in u = log tau^2 (the integrand then decays exponentially at both ends), together
 * with the posterior moments of tau, mu and every theta_s (the conditional moments given tau^2
 * integrated against p(tau^2 | X)). The final quadrature nodes, weighted by the posterior, form
 * a fixed rule for mixture densities and CDFs (quantiles by root-finding).
 */
public final class ExactPosterior {
    /** Where the log integrand has fallen this far below its peak the tail is dropped (e^-45 ~ 3e-20). */
    private static final double LOG_CUT = 45;
    private static final double NEGLIGIBLE_MASS = 1e-13;
    private static final double SCAN_LO = -40;
    private static final double SCAN_HI = 30;
    private static final double SCAN_STEP = 0.2;

    private final HierarchicalNormalModel model;
    private final double uLo;
    private final double uHi;
    private final double logPeak;
    private final double logNormalizer;
    private final boolean converged;
    private final double[] moments;
    private final double[] nodeMass;
    private final double[] nodeMuMean;
    private final double[] nodeMuSd;
    private final double[][] nodeThetaMean;
    private final double[][] nodeThetaSd;
    private final double[] nodeTau;

    private ExactPosterior(HierarchicalNormalModel model, double relTol) {
        this.model = model;
        int j = model.schools();
        // Find where the posterior of u = log tau^2 lives: scan, then keep all but the far tails.
        int steps = (int) Math.round((SCAN_HI - SCAN_LO) / SCAN_STEP);
        double[] g = new double[steps + 1];
        double peak = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= steps; k++) {
            double u = SCAN_LO + k * SCAN_STEP;
            g[k] = model.atTau2(Math.exp(u)).logJoint() + u;
            peak = Math.max(peak, g[k]);
        }
        int first = 0;
        while (g[first] < peak - LOG_CUT) {
            first++;
        }
        int last = steps;
        while (g[last] < peak - LOG_CUT) {
            last--;
        }
        uLo = SCAN_LO + Math.max(0, first - 1) * SCAN_STEP;
        uHi = SCAN_LO + Math.min(steps, last + 1) * SCAN_STEP;
        logPeak = peak;
        int dim = 5 + 2 * j;
        AdaptiveQuadrature.Integrals quadrature = AdaptiveQuadrature.integrate((u, out) -> integrand(u, out), dim,
                uLo, uHi, relTol);
        converged = quadrature.converged();
        double[] v = quadrature.values();
        double z = v[0];
        logNormalizer = logPeak + Math.log(z);
        moments = new double[dim];
        for (int k = 0; k < dim; k++) {
            moments[k] = v[k] / z;
        }
        double[] nodes = quadrature.nodes();
        double[] weights = quadrature.weights();
        nodeMass = new double[nodes.length];
        nodeMuMean = new double[nodes.length];
        nodeMuSd = new double[nodes.length];
        nodeTau = new double[nodes.length];
        nodeThetaMean = new double[j][nodes.length];
        nodeThetaSd = new double[j][nodes.length];
        for (int n = 0; n < nodes.length; n++) {
            double t = Math.exp(nodes[n]);
            HierarchicalNormalModel.AtTau2 at = model.atTau2(t);
            nodeMass[n] = weights[n] * Math.exp(at.logJoint() + nodes[n] - logPeak) / z;
            nodeTau[n] = Math.sqrt(t);
            nodeMuMean[n] = at.mean();
            nodeMuSd[n] = Math.sqrt(at.variance());
            for (int s = 0; s < j; s++) {
                nodeThetaMean[s][n] = model.thetaMean(s, t, at);
                nodeThetaSd[s][n] = Math.sqrt(model.thetaVariance(s, t, at));
            }
        }
    }

    /** Integrates the model's posterior to the given relative tolerance (1e-12 is the default of the app). */
    public static ExactPosterior compute(HierarchicalNormalModel model, double relTol) {
        return new ExactPosterior(model, relTol);
    }

    /** Integrates the model's posterior to a relative tolerance of 1e-12. */
    public static ExactPosterior compute(HierarchicalNormalModel model) {
        return new ExactPosterior(model, 1e-12);
    }

    private void integrand(double u, double[] out) {
        double t = Math.exp(u);
        HierarchicalNormalModel.AtTau2 at = model.atTau2(t);
        double w = Math.exp(at.logJoint() + u - logPeak);
        out[0] = w;
        out[1] = w * Math.sqrt(t);
        out[2] = w * t;
        out[3] = w * at.mean();
        out[4] = w * (at.variance() + at.mean() * at.mean());
        for (int s = 0; s < model.schools(); s++) {
            double m = model.thetaMean(s, t, at);
            out[5 + 2 * s] = w * m;
            out[6 + 2 * s] = w * (model.thetaVariance(s, t, at) + m * m);
        }
    }

    /** Whether the quadrature met its tolerance. */
    public boolean converged() {
        return converged;
    }

    /** E[tau | X]. */
    public double tauMean() {
        return moments[1];
    }

    /** Std[tau | X]. */
    public double tauSd() {
        return Math.sqrt(moments[2] - moments[1] * moments[1]);
    }

    /** E[mu | X]. */
    public double muMean() {
        return moments[3];
    }

    /** Std[mu | X]. */
    public double muSd() {
        return Math.sqrt(moments[4] - moments[3] * moments[3]);
    }

    /** E[theta_s | X]. */
    public double thetaMean(int s) {
        return moments[5 + 2 * s];
    }

    /** Std[theta_s | X]. */
    public double thetaSd(int s) {
        double m = moments[5 + 2 * s];
        return Math.sqrt(moments[6 + 2 * s] - m * m);
    }

    /** log of the integral of p(tau^2, X) over tau^2: log p(X), the evidence. */
    public double logEvidence() {
        return logNormalizer;
    }

    /** The normalized posterior density p(tau^2 | X) at t >= 0. */
    public double densityTau2(double t) {
        if (t <= 0) {
            return 0;
        }
        return Math.exp(model.atTau2(t).logJoint() - logNormalizer);
    }

    /** The normalized posterior density p(tau | X) = 2 tau p(tau^2 | X) at tau >= 0. */
    public double densityTau(double tau) {
        return 2 * tau * densityTau2(tau * tau);
    }

    /**
     * The posterior density of theta_s at each of the values, a normal mixture over the quadrature
     * nodes (nodes holding less than 1e-13 of the mass are left out: at most ~1e-11 in all).
     */
    public double[] thetaDensity(int s, double[] values) {
        return mixtureDensity(nodeThetaMean[s], nodeThetaSd[s], values);
    }

    /**
     * The posterior density of theta_s at {@code points} values evenly spaced from lo to hi, as
     * {@link #thetaDensity(int, double[])} at {@code lo + (hi - lo) i / (points - 1)} but with three
     * exponentials per quadrature node instead of one per node and value: from the value nearest the node's
     * mean, each normal kernel steps outwards by exact ratios, exp(-(z + a)^2 / 2) = exp(-z^2 / 2) e^{-za - a^2/2}
     * (relative error below 1e-12 over a few hundred steps).
     */
    public double[] thetaDensityOnGrid(int s, double lo, double hi, int points) {
        if (points < 2 || !(hi > lo)) {
            throw new IllegalArgumentException("a density grid needs at least 2 points and lo < hi, was " + points
                    + " points on [" + lo + ", " + hi + "]");
        }
        double[] means = nodeThetaMean[s];
        double[] sds = nodeThetaSd[s];
        double[] out = new double[points];
        double h = (hi - lo) / (points - 1);
        double norm = 1 / Math.sqrt(2 * Math.PI);
        for (int n = 0; n < means.length; n++) {
            if (nodeMass[n] < NEGLIGIBLE_MASS) {
                continue;
            }
            double sd = sds[n];
            double c = nodeMass[n] * norm / sd;
            double a = h / sd;
            int peak = (int) Math.max(0, Math.min(points - 1, Math.rint((means[n] - lo) / h)));
            double z = (lo + peak * h - means[n]) / sd;
            double g = Math.exp(-0.5 * z * z);
            out[peak] += c * g;
            double q = Math.exp(-a * a);
            // rightwards: ratio of value i+1 to value i is exp(-(z_i a + a^2/2)), itself shrinking by q per step
            double gi = g;
            double r = Math.exp(-(z * a + 0.5 * a * a));
            for (int i = peak + 1; i < points; i++) {
                gi *= r;
                r *= q;
                out[i] += c * gi;
            }
            gi = g;
            r = Math.exp(z * a - 0.5 * a * a);
            for (int i = peak - 1; i >= 0; i--) {
                gi *= r;
                r *= q;
                out[i] += c * gi;
            }
        }
        return out;
    }

    /** The posterior CDF of theta_s at q. */
    public double thetaCdf(int s, double q) {
        return mixtureCdf(nodeThetaMean[s], nodeThetaSd[s], q);
    }

    /** The posterior p-quantile of theta_s (0 < p < 1), by root-finding on the mixture CDF. */
    public double thetaQuantile(int s, double p) {
        return mixtureQuantile(nodeThetaMean[s], nodeThetaSd[s], thetaMean(s), thetaSd(s), p);
    }

    /** The posterior p-quantile of mu. */
    public double muQuantile(double p) {
        return mixtureQuantile(nodeMuMean, nodeMuSd, muMean(), muSd(), p);
    }

    /** The posterior CDF of tau at tau > 0, by adaptive quadrature of p(u | X) up to u = log tau^2. */
    public double tauCdf(double tau) {
        double u = Math.log(tau * tau);
        if (u <= uLo) {
            return 0;
        }
        if (u >= uHi) {
            return 1;
        }
        double z = Math.exp(logNormalizer - logPeak);
        double part = AdaptiveQuadrature.integrate(
                x -> Math.exp(model.atTau2(Math.exp(x)).logJoint() + x - logPeak), uLo, u, 1e-12);
        return Math.min(1, part / z);
    }

    /** The posterior p-quantile of tau. */
    public double tauQuantile(double p) {
        checkProbability(p);
        double u = new BrentSolver(1e-12, 1e-10).solve(500,
                x -> tauCdf(Math.exp(0.5 * x)) - p, uLo, uHi);
        return Math.exp(0.5 * u);
    }

    private double[] mixtureDensity(double[] means, double[] sds, double[] values) {
        double[] out = new double[values.length];
        double norm = 1 / Math.sqrt(2 * Math.PI);
        for (int n = 0; n < means.length; n++) {
            double sd = sds[n];
            double m = means[n];
            if (nodeMass[n] < NEGLIGIBLE_MASS) {
                continue;
            }
            double c = nodeMass[n] * norm / sd;
            double inv = 1 / sd;
            for (int i = 0; i < values.length; i++) {
                double z = (values[i] - m) * inv;
                out[i] += c * Math.exp(-0.5 * z * z);
            }
        }
        return out;
    }

    private double mixtureCdf(double[] means, double[] sds, double q) {
        double f = 0;
        for (int n = 0; n < means.length; n++) {
            if (nodeMass[n] > 0) {
                f += nodeMass[n] * 0.5 * Erf.erfc(-(q - means[n]) / (sds[n] * Math.sqrt(2)));
            }
        }
        return f;
    }

    private double mixtureQuantile(double[] means, double[] sds, double mean, double sd, double p) {
        checkProbability(p);
        // Cantelli: P(X <= mean - k sd) <= 1/(1+k^2), so +-k sd with 1/(1+k^2) < min(p, 1-p) brackets the root.
        double k = Math.sqrt(1 / Math.min(p, 1 - p)) + 1;
        return new BrentSolver(1e-13, 1e-11).solve(500, q -> mixtureCdf(means, sds, q) - p,
                mean - k * sd, mean + k * sd);
    }

    private static void checkProbability(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a quantile needs 0 < p < 1, was " + p);
        }
    }
}
