package org.shrinkagelab.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * False-alarm probabilities of the highest peak of a periodogram searched up to fmax, and the
 * levels that peaks must reach for a given probability, by the analytic approximations of
 * astropy's {@code _statistics} module (Baluev 2008, Table 1; floating-mean, single-term model).
 */
public final class FalseAlarm {
    private final int n;
    private final double fmax;
    private final double baseline;
    private final double effectiveBaseline;
    private final PeriodogramNormalization normalization;

    /**
     * The approximations for periodogram ls in the given normalization searched up to fmax (astropy
     * uses the last frequency of its autofrequency grid).
     */
    public FalseAlarm(LombScargle ls, PeriodogramNormalization normalization, double fmax) {
        this.n = ls.size();
        this.fmax = fmax;
        this.baseline = ls.baseline();
        this.effectiveBaseline = Math.sqrt(4 * Math.PI * ls.weightedTimeVariance());
        this.normalization = normalization;
    }

    /** The false-alarm probability of a highest peak of height z by an analytic method. */
    public double probability(double z, FalseAlarmMethod method) {
        return switch (method) {
            case NAIVE -> -Math.expm1(fmax * baseline * Math.log1p(-single(z)));
            case DAVIES -> single(z) + tauDavies(z);
            case BALUEV -> {
                double tau = tauDavies(z);
                yield -Math.expm1(-tau) + single(z) * Math.exp(-tau);
            }
            case BOOTSTRAP -> throw new IllegalArgumentException("the bootstrap needs data: use PeriodogramBootstrap");
        };
    }

    /**
     * The peak height whose false-alarm probability is p (0 &lt; p &lt; 1) by an analytic method: in
     * closed form for the naive method, else the root of the monotone probability by bisection to
     * the last bit (astropy uses Levenberg-Marquardt from the naive level).
     */
    public double level(double p, FalseAlarmMethod method) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a false-alarm probability must lie strictly between 0 and 1, was " + p);
        }
        if (method == FalseAlarmMethod.NAIVE) {
            return inverseSingle(-Math.expm1(Math.log1p(-p) / (fmax * baseline)));
        }
        double lo = 0;
        double hi = normalization == PeriodogramNormalization.STANDARD ? 1 : Math.max(1, inverseSingle(p / 2));
        while (probability(hi, method) > p) {
            hi *= 2;
        }
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (probability(mid, method) > p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** The probability that one frequency's power exceeds z under the null hypothesis. */
    public double single(double z) {
        double nk = n - 3;
        return switch (normalization) {
            case PSD -> Math.exp(-z);
            case STANDARD -> Math.pow(1 - z, 0.5 * nk);
            case MODEL -> Math.pow(1 + z, -0.5 * nk);
            case LOG -> Math.exp(-0.5 * nk * z);
        };
    }

    private double inverseSingle(double p) {
        double nk = n - 3;
        return switch (normalization) {
            case PSD -> -Math.log(p);
            case STANDARD -> 1 - Math.pow(p, 2 / nk);
            case MODEL -> -1 + Math.pow(p, -2 / nk);
            case LOG -> -2 / nk * Math.log(p);
        };
    }

    private double tauDavies(double z) {
        double nh = n - 1;
        double nk = n - 3;
        double width = fmax * effectiveBaseline;
        return switch (normalization) {
            case PSD -> width * Math.exp(-z) * Math.sqrt(z);
            case STANDARD -> gamma(nh) * width * Math.pow(1 - z, 0.5 * (nk - 1)) * Math.sqrt(0.5 * nh * z);
            case MODEL -> gamma(nk) * width * Math.pow(1 + z, -0.5 * nk) * Math.sqrt(0.5 * nk * z);
            case LOG -> gamma(nk) * width * Math.exp(-0.5 * z * (nk - 0.5)) * Math.sqrt(nk * Math.sinh(0.5 * z));
        };
    }

    /** sqrt(2/N) Gamma(N/2) / Gamma((N-1)/2), astropy's _gamma. */
    private static double gamma(double nn) {
        return Math.sqrt(2 / nn) * Math.exp(Gamma.logGamma(nn / 2) - Gamma.logGamma((nn - 1) / 2));
    }
}
