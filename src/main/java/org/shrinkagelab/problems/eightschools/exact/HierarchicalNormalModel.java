package org.shrinkagelab.problems.eightschools.exact;

import org.shrinkagelab.data.EightSchoolsData;

/**
 * The hierarchical normal model of parallel experiments with known standard errors:
 * x_s ~ N(theta_s, sigma_s^2), theta_s ~ N(mu, tau^2), (mu, tau^2) ~ NIX(mu0, kappa0, nu0, tau2_0).
 *
 * <p>Integrating theta out gives x_s | mu, tau^2 ~ N(mu, sigma_s^2 + tau^2); integrating mu out
 * against its N(mu0, tau^2/kappa0) prior leaves a one-dimensional posterior of tau^2, and given
 * tau^2 everything else is normal. Every method here is a closed form at one value of tau^2.
 */
public final class HierarchicalNormalModel {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final double[] x;
    private final double[] sigma2;
    private final NixPrior prior;
    private final double priorConstant;

    /** Builds the model for the data and prior. */
    public HierarchicalNormalModel(EightSchoolsData data, NixPrior prior) {
        this(data.effects(), data.stderrs(), prior);
    }

    /** Builds the model from effects and standard errors directly (any number of schools, at least one). */
    public HierarchicalNormalModel(double[] effects, double[] stderrs, NixPrior prior) {
        if (effects.length == 0 || effects.length != stderrs.length) {
            throw new IllegalArgumentException("need at least one school and as many stderrs as effects");
        }
        this.x = effects.clone();
        this.sigma2 = new double[stderrs.length];
        for (int s = 0; s < stderrs.length; s++) {
            sigma2[s] = stderrs[s] * stderrs[s];
        }
        this.prior = prior;
        this.priorConstant = prior.logNormalizer() - 0.5 * x.length * LOG_2PI;
    }

    /** The number of schools. */
    public int schools() {
        return x.length;
    }

    /** The observed effect of school s. */
    public double effect(int s) {
        return x[s];
    }

    /** The squared standard error of school s. */
    public double sigma2(int s) {
        return sigma2[s];
    }

    /** The prior. */
    public NixPrior prior() {
        return prior;
    }

    /**
     * The posterior of mu given tau^2 (normal) and the log of the joint density p(tau^2, X), at one
     * value of tau^2.
     *
     * @param mean     E[mu | tau^2, X]
     * @param variance Var[mu | tau^2, X], including the kappa0 prior
     * @param logJoint log p(tau^2) + log p(X | tau^2): the unnormalized log posterior of tau^2
     */
    public record AtTau2(double mean, double variance, double logJoint) {
    }

    /** Everything that depends on tau^2 alone, at tau^2 = t >= 0 (at 0 the prior pins mu to mu0). */
    public AtTau2 atTau2(double t) {
        if (t == 0) {
            return new AtTau2(prior.mu0(), 0, Double.NEGATIVE_INFINITY);
        }
        double priorPrecision = prior.kappa0() / t;
        double precision = priorPrecision;
        double weighted = priorPrecision * prior.mu0();
        double logDetV = 0;
        for (int s = 0; s < x.length; s++) {
            double v = sigma2[s] + t;
            double w = 1 / v;
            precision += w;
            weighted += w * x[s];
            logDetV += Math.log(v);
        }
        double mean = weighted / precision;
        double variance = 1 / precision;
        double quad = priorPrecision * square(prior.mu0() - mean);
        for (int s = 0; s < x.length; s++) {
            quad += square(x[s] - mean) / (sigma2[s] + t);
        }
        // log p(X | t) = -J/2 log 2pi - 1/2 sum log V_s - 1/2 log(t/kappa0) + 1/2 log v_mu - 1/2 Q
        double logLik = -0.5 * logDetV - 0.5 * Math.log(t / prior.kappa0()) + 0.5 * Math.log(variance) - 0.5 * quad;
        double logPrior = -(0.5 * prior.nu0() + 1) * Math.log(t) - 0.5 * prior.nu0() * prior.tau20() / t;
        return new AtTau2(mean, variance, priorConstant + logLik + logPrior);
    }

    /** The log marginal likelihood log p(X | tau^2 = t), mu and theta integrated out. */
    public double logMarginalLikelihood(double t) {
        return atTau2(t).logJoint() - prior.logDensityTau2(t);
    }

    /** The shrinkage factor B_s = sigma_s^2 / (sigma_s^2 + tau^2) of school s at tau^2 = t. */
    public double shrinkage(int s, double t) {
        return sigma2[s] / (sigma2[s] + t);
    }

    /** E[theta_s | tau^2 = t, X] with mu integrated out: (1 - B_s) x_s + B_s E[mu | t, X]. */
    public double thetaMean(int s, double t, AtTau2 mu) {
        double b = shrinkage(s, t);
        return (1 - b) * x[s] + b * mu.mean();
    }

    /** Var[theta_s | tau^2 = t, X] with mu integrated out: sigma_s^2 t / (sigma_s^2 + t) + B_s^2 Var[mu | t, X]. */
    public double thetaVariance(int s, double t, AtTau2 mu) {
        double b = shrinkage(s, t);
        return sigma2[s] * t / (sigma2[s] + t) + b * b * mu.variance();
    }

    private static double square(double v) {
        return v * v;
    }
}
