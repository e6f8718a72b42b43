package org.shrinkagelab.engine.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.shrinkagelab.stats.Cauchy;
import org.shrinkagelab.stats.Exponential;
import org.shrinkagelab.stats.GammaDensity;
import org.shrinkagelab.stats.HalfCauchy;
import org.shrinkagelab.stats.HalfNormal;
import org.shrinkagelab.stats.HalfStudentT;
import org.shrinkagelab.stats.InverseGamma;
import org.shrinkagelab.stats.LogNormal;
import org.shrinkagelab.stats.StudentT;
import org.shrinkagelab.stats.Uniform;

/**
 * The univariate families a sampling statement can use besides the normal, each a thin switch onto
 * its per-distribution piece in {@code stats/}: log density (normalized), partial derivatives in x and
 * in each argument, and a draw. Arguments are in Stan's order (student_t(nu, mu, sigma), ...).
 */
enum Family {
    /** student_t(nu, loc, scale). */
    STUDENT_T(3, true),
    /** cauchy(loc, scale). */
    CAUCHY(2, false),
    /** half-normal(scale) on x > 0. */
    HALF_NORMAL(1, false),
    /** half-cauchy(scale) on x > 0. */
    HALF_CAUCHY(1, false),
    /** half-student-t(nu, scale) on x > 0. */
    HALF_STUDENT_T(2, true),
    /** exponential(rate). */
    EXPONENTIAL(1, false),
    /** inv_gamma(shape, scale). */
    INV_GAMMA(2, true),
    /** gamma(shape, rate). */
    GAMMA(2, true),
    /** uniform(lower, upper). */
    UNIFORM(2, false),
    /** lognormal(mu, sigma). */
    LOG_NORMAL(2, false);

    final int arity;
    /** True when the first argument enters a normalizing constant worth computing once for data. */
    final boolean normalizedByFirst;

    Family(int arity, boolean normalizedByFirst) {
        this.arity = arity;
        this.normalizedByFirst = normalizedByFirst;
    }

    /** The normalizing constant that depends on the first argument alone (0 for the families without one). */
    double normalizer(double a) {
        return switch (this) {
            case STUDENT_T -> StudentT.logNormalizer(a);
            case HALF_STUDENT_T -> HalfStudentT.logNormalizer(a);
            case INV_GAMMA -> InverseGamma.logNormalizer(a);
            case GAMMA -> GammaDensity.logNormalizer(a);
            default -> 0;
        };
    }

    /** log p(x | a, b, c) given the normalizer from {@link #normalizer}. */
    double logPdf(double x, double a, double b, double c, double normalizer) {
        return switch (this) {
            case STUDENT_T -> StudentT.logPdf(x, a, b, c, normalizer);
            case CAUCHY -> Cauchy.logPdf(x, a, b);
            case HALF_NORMAL -> HalfNormal.logPdf(x, a);
            case HALF_CAUCHY -> HalfCauchy.logPdf(x, a);
            case HALF_STUDENT_T -> HalfStudentT.logPdf(x, a, b, normalizer);
            case EXPONENTIAL -> Exponential.logPdf(x, a);
            case INV_GAMMA -> InverseGamma.logPdf(x, a, b, normalizer);
            case GAMMA -> GammaDensity.logPdf(x, a, b, normalizer);
            case UNIFORM -> Uniform.logPdf(x, a, b);
            case LOG_NORMAL -> LogNormal.logPdf(x, a, b);
        };
    }

    /** d log p / dx. */
    double dx(double x, double a, double b, double c) {
        return switch (this) {
            case STUDENT_T -> StudentT.dx(x, a, b, c);
            case CAUCHY -> Cauchy.dx(x, a, b);
            case HALF_NORMAL -> HalfNormal.dx(x, a);
            case HALF_CAUCHY -> HalfCauchy.dx(x, a);
            case HALF_STUDENT_T -> HalfStudentT.dx(x, a, b);
            case EXPONENTIAL -> Exponential.dx(x, a);
            case INV_GAMMA -> InverseGamma.dx(x, a, b);
            case GAMMA -> GammaDensity.dx(x, a, b);
            case UNIFORM -> Uniform.dx(x, a, b);
            case LOG_NORMAL -> LogNormal.dx(x, a, b);
        };
    }

    /** d log p / d(argument k), k = 0, 1, 2. */
    double dArgument(int k, double x, double a, double b, double c) {
        return switch (this) {
            case STUDENT_T -> k == 0 ? StudentT.dNu(x, a, b, c) : k == 1 ? StudentT.dMu(x, a, b, c)
                    : StudentT.dSigma(x, a, b, c);
            case CAUCHY -> k == 0 ? Cauchy.dMu(x, a, b) : Cauchy.dSigma(x, a, b);
            case HALF_NORMAL -> HalfNormal.dSigma(x, a);
            case HALF_CAUCHY -> HalfCauchy.dSigma(x, a);
            case HALF_STUDENT_T -> k == 0 ? HalfStudentT.dNu(x, a, b) : HalfStudentT.dSigma(x, a, b);
            case EXPONENTIAL -> Exponential.dRate(x, a);
            case INV_GAMMA -> k == 0 ? InverseGamma.dAlpha(x, a, b) : InverseGamma.dBeta(x, a, b);
            case GAMMA -> k == 0 ? GammaDensity.dAlpha(x, a, b) : GammaDensity.dBeta(x, a, b);
            case UNIFORM -> k == 0 ? Uniform.dLower(x, a, b) : Uniform.dUpper(x, a, b);
            case LOG_NORMAL -> k == 0 ? LogNormal.dMu(x, a, b) : LogNormal.dSigma(x, a, b);
        };
    }

    /** A draw from the family. */
    double draw(UniformRandomProvider rng, double a, double b, double c) {
        return switch (this) {
            case STUDENT_T -> b + c * studentT(rng, a);
            case CAUCHY -> a + b * Math.tan(Math.PI * (rng.nextDouble() - 0.5));
            case HALF_NORMAL -> a * Math.abs(gaussian(rng));
            case HALF_CAUCHY -> a * Math.abs(Math.tan(Math.PI * (rng.nextDouble() - 0.5)));
            case HALF_STUDENT_T -> b * Math.abs(studentT(rng, a));
            case EXPONENTIAL -> -Math.log1p(-rng.nextDouble()) / a;
            case INV_GAMMA -> b / AhrensDieterMarsagliaTsangGammaSampler.of(rng, a, 1).sample();
            case GAMMA -> AhrensDieterMarsagliaTsangGammaSampler.of(rng, a, 1).sample() / b;
            case UNIFORM -> a + (b - a) * rng.nextDouble();
            case LOG_NORMAL -> Math.exp(a + b * gaussian(rng));
        };
    }

    private static double gaussian(UniformRandomProvider rng) {
        return ZigguratSampler.NormalizedGaussian.of(rng).sample();
    }

    /** A standard Student-t draw: a normal over the root of an independent chi-squared(nu) / nu. */
    private static double studentT(UniformRandomProvider rng, double nu) {
        double chiSquared = 2 * AhrensDieterMarsagliaTsangGammaSampler.of(rng, 0.5 * nu, 1).sample();
        return gaussian(rng) / Math.sqrt(chiSquared / nu);
    }
}
