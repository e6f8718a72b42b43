package org.shrinkagelab.workbench;

/**
 * The usual thresholds for believing MCMC output (Vehtari et al. 2021; Stan's warnings), and a
 * one-line explanation of each summary column for the table's tooltips.
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

    /** A one-line explanation of a summary column, for its tooltip. */
    public static String explain(String column) {
        return switch (column) {
            case "mean" -> "Posterior mean: the average of all draws.";
            case "sd" -> "Posterior standard deviation of the draws.";
            case "q5", "5%" -> "5% quantile: 5% of the posterior mass lies below.";
            case "q50", "50%" -> "Median of the draws.";
            case "q95", "95%" -> "95% quantile: 5% of the posterior mass lies above.";
            case "mcse_mean" -> "Monte Carlo standard error of the mean: how far the reported mean may be from the "
                    + "exact posterior mean because the draws are finite.";
            case "mcse_sd" -> "Monte Carlo standard error of the sd.";
            case "ess_bulk" -> "Bulk effective sample size (rank-normalized): how many independent draws the centre "
                    + "of the distribution is worth; want at least 100 per chain.";
            case "ess_tail" -> "Tail effective sample size: the worth of the draws for the 5% and 95% quantiles; "
                    + "want at least 100 per chain.";
            case "r_hat" -> "Rank-normalized split R-hat: compares the chains with each other and their halves; "
                    + "above 1.01 the chains disagree.";
            default -> column;
        };
    }
}
