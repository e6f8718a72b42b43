package org.shrinkagelab.problems.eightschools.exact;

import org.apache.commons.math3.special.Gamma;

/**
 * The normal-inverse-chi-squared prior on the population mean and variance of the school effects:
 * tau^2 ~ Scaled-Inv-chi^2(nu0, tau2_0) and mu | tau^2 ~ N(mu0, tau^2 / kappa0).
 *
 * @param mu0    prior mean of mu
 * @param kappa0 prior "number of schools" worth of information about mu (relative to tau^2)
 * @param nu0    prior degrees of freedom of tau^2
 * @param tau20  prior scale of tau^2
 */
public record NixPrior(double mu0, double kappa0, double nu0, double tau20) {

    /** Checks that kappa0, nu0 and tau2_0 are positive and everything is finite. */
    public NixPrior {
        if (!Double.isFinite(mu0) || !(kappa0 > 0) || !(nu0 > 0) || !(tau20 > 0)
                || !Double.isFinite(kappa0) || !Double.isFinite(nu0) || !Double.isFinite(tau20)) {
            throw new IllegalArgumentException("NIX prior needs finite mu0 and positive kappa0, nu0, tau2_0; was "
                    + mu0 + ", " + kappa0 + ", " + nu0 + ", " + tau20);
        }
    }

    /** The normalized log density of the scaled-inverse-chi-squared prior of tau^2 at t > 0. */
    public double logDensityTau2(double t) {
        double half = 0.5 * nu0;
        return half * Math.log(half * tau20) - Gamma.logGamma(half) - (half + 1) * Math.log(t)
                - half * tau20 / t;
    }

    /** The constant part of {@link #logDensityTau2}, so hot loops can add it once. */
    double logNormalizer() {
        double half = 0.5 * nu0;
        return half * Math.log(half * tau20) - Gamma.logGamma(half);
    }
}
