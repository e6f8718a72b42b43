package org.shrinkagelab.stats;

/** Bernoulli with log-odds alpha, as Stan's {@code bernoulli_logit}: log mass and its derivative. */
public final class BernoulliLogit {
    private BernoulliLogit() {
    }

    /** log P(y | alpha) for y in {0, 1}: y alpha - log(1 + e^alpha), computed without overflow. */
    public static double logPmf(int y, double alpha) {
        if (y != 0 && y != 1) {
            throw new IllegalArgumentException("Bernoulli outcome must be 0 or 1, was " + y);
        }
        return y * alpha - softplus(alpha);
    }

    /** d logPmf / dalpha = y - logistic(alpha). */
    public static double dAlpha(int y, double alpha) {
        return y - logistic(alpha);
    }

    /** log(1 + e^a), exact for large |a|. */
    public static double softplus(double a) {
        return a > 0 ? a + Math.log1p(Math.exp(-a)) : Math.log1p(Math.exp(a));
    }

    /** 1 / (1 + e^-a), without overflow. */
    public static double logistic(double a) {
        if (a >= 0) {
            return 1 / (1 + Math.exp(-a));
        }
        double e = Math.exp(a);
        return e / (1 + e);
    }
}
