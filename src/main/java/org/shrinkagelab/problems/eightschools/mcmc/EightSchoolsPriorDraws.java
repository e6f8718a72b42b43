package org.shrinkagelab.problems.eightschools.mcmc;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** Draws from the Eight Schools priors and population, for simulation-based calibration. */
final class EightSchoolsPriorDraws {
    private EightSchoolsPriorDraws() {
    }

    /** Refuses a flat (improper) mu prior, which cannot be drawn from. */
    static void requireProper(MuPrior prior) {
        if (prior.isFlat()) {
            throw new IllegalArgumentException("mu prior 'flat' is improper: simulation-based calibration needs "
                    + "a proper prior to draw from, such as normal:0,20");
        }
    }

    /** A draw of mu from its (proper) prior. */
    static double mu(MuPrior prior, UniformRandomProvider rng) {
        requireProper(prior);
        return prior.mean() + prior.sd() * gaussian(rng);
    }

    /** A draw of tau from its prior. */
    static double tau(TauPrior prior, UniformRandomProvider rng) {
        double[] a = prior.arguments();
        return switch (prior.family()) {
            case HALF_CAUCHY -> a[0] * Math.abs(Math.tan(Math.PI * (rng.nextDouble() - 0.5)));
            case HALF_NORMAL -> a[0] * Math.abs(gaussian(rng));
            case UNIFORM -> a[0] + (a[1] - a[0]) * rng.nextDouble();
            case EXPONENTIAL -> -Math.log1p(-rng.nextDouble()) / a[0];
            case INV_GAMMA -> a[1] / gamma(rng, a[0]);
            case HALF_STUDENT_T -> a[1] * Math.abs(studentT(rng, a[0]));
        };
    }

    /** A draw of theta from the population given mu and tau. */
    static double theta(Population population, double mu, double tau, UniformRandomProvider rng) {
        return mu + tau * (population.isNormal() ? gaussian(rng) : studentT(rng, population.nu()));
    }

    static double gaussian(UniformRandomProvider rng) {
        return ZigguratSampler.NormalizedGaussian.of(rng).sample();
    }

    private static double gamma(UniformRandomProvider rng, double shape) {
        return AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape, 1).sample();
    }

    /** Student-t(nu) as z / sqrt(chi-square(nu) / nu), the chi-square as twice a Gamma(nu / 2). */
    private static double studentT(UniformRandomProvider rng, double nu) {
        double z = gaussian(rng);
        return z / Math.sqrt(2 * gamma(rng, nu / 2) / nu);
    }
}
