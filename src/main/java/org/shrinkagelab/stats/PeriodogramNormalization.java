package org.shrinkagelab.stats;

import java.util.Locale;

/** The four normalizations of astropy's LombScargle, applied to the weighted fit's power. */
public enum PeriodogramNormalization {
    /** Fraction of the weighted variance explained by the sinusoid, in [0, 1]. */
    STANDARD,
    /** chi2 reduction relative to the sinusoid's residual chi2. */
    MODEL,
    /** -log(1 - standard). */
    LOG,
    /** Half the chi2 reduction (in units of 1/dy^2; with no dy, of the data's units squared). */
    PSD;

    /** The name as on the command line and in astropy. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The normalization with this name, or an error listing the allowed ones. */
    public static PeriodogramNormalization parse(String text) {
        for (PeriodogramNormalization n : values()) {
            if (n.id().equals(text)) {
                return n;
            }
        }
        throw new IllegalArgumentException("unknown normalization '" + text + "'; allowed: standard, model, log, psd");
    }

    /**
     * Normalizes p = YC_tau^2/CC_tau + YS_tau^2/SS_tau given the weighted sum of squares yy (weights
     * summing to 1) and the sum of inverse variances.
     */
    double apply(double p, double yy, double sumInverseVariance) {
        return switch (this) {
            case STANDARD -> p / yy;
            case MODEL -> p / (yy - p);
            case LOG -> -Math.log(1 - p / yy);
            case PSD -> p * 0.5 * sumInverseVariance;
        };
    }
}
