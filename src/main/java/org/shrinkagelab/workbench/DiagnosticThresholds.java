package org.shrinkagelab.workbench;

/**
 * The usual thresholds for believing MCMC output (Vehtari et al. 2021; Stan's warnings); what each
 * summary column means is in {@link DiagnosticHelp}.
 */
public final class DiagnosticThresholds {
    /** R-hat above this means the chains have not mixed. */
    public static final double RHAT_LIMIT = 1.01;
    /** ESS per chain below this makes R-hat and MCSE unreliable. */
    public static final double ESS_PER_CHAIN = 100;
    /** Total ESS below this makes even the MCSE estimates unreliable. */
    public static final double ESS_TOTAL_BAD = 100;
    /** E-BFMI below this means the momentum resampling explores the energy poorly. */
    public static final double EBFMI_LOW = 0.3;

    /** How a number compares with its threshold. */
    public enum Rating { GOOD, WARNING, BAD, NOT_APPLICABLE }

    private DiagnosticThresholds() {
    }

    /** Rates an R-hat: above 1.01 is bad; NaN (constant or too short chains) is not applicable. */
    public static Rating rHat(Double value) {
        if (value == null || value.isNaN()) {
            return Rating.NOT_APPLICABLE;
        }
        return value > RHAT_LIMIT ? Rating.BAD : Rating.GOOD;
    }

    /** Rates a bulk or tail ESS: below 100 in total is bad, below 100 per chain a warning. */
    public static Rating ess(Double value, int chains) {
        if (value == null || value.isNaN()) {
            return Rating.NOT_APPLICABLE;
        }
        if (value < ESS_TOTAL_BAD) {
            return Rating.BAD;
        }
        return value < ESS_PER_CHAIN * chains ? Rating.WARNING : Rating.GOOD;
    }
}
