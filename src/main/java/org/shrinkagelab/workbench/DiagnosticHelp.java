package org.shrinkagelab.workbench;

import java.util.Locale;

/**
 * The help of each column of the posterior summary table, written once for every model tab: what the
 * number means, the threshold it is judged against (Vehtari et al. 2021; Stan's warnings) and what to do
 * when it fails. The table shows it on its column headers.
 */
public enum DiagnosticHelp {
    /** Posterior mean. */
    MEAN("mean", "Posterior mean: the average of all draws.", "",
            "Compare it with its mcse_mean before quoting digits."),
    /** Posterior standard deviation. */
    SD("sd", "Posterior standard deviation of the draws: the uncertainty about the parameter.", "",
            "Compare it with its mcse_sd before quoting digits."),
    /** 5% quantile. */
    Q5("5%", "5% quantile: 5% of the posterior mass lies below it (the lower end of the 90% interval).", "",
            "Tail quantiles need a good ess_tail to be trusted."),
    /** Median. */
    Q50("50%", "Median of the draws: half of the posterior mass lies on either side.", "",
            "Needs a good ess_bulk to be trusted."),
    /** 95% quantile. */
    Q95("95%", "95% quantile: 5% of the posterior mass lies above it (the upper end of the 90% interval).", "",
            "Tail quantiles need a good ess_tail to be trusted."),
    /** Monte Carlo standard error of the mean. */
    MCSE_MEAN("mcse_mean", "Monte Carlo standard error of the mean: how far the reported mean may be from the "
            + "exact posterior mean because the draws are finite.", "",
            "Quote the mean only to the digits this leaves; to halve it, run four times as many draws."),
    /** Monte Carlo standard error of the sd. */
    MCSE_SD("mcse_sd", "Monte Carlo standard error of the sd: how far the reported sd may be from the exact "
            + "posterior sd.", "", "To halve it, run four times as many draws."),
    /** Bulk effective sample size. */
    ESS_BULK("ess_bulk", "Bulk effective sample size (rank-normalized): how many independent draws the centre "
            + "of the distribution is worth.",
            "Red below " + whole(DiagnosticThresholds.ESS_TOTAL_BAD) + " in total; amber below "
                    + whole(DiagnosticThresholds.ESS_PER_CHAIN) + " per chain (then R-hat and MCSE are unreliable).",
            "Raise " + SamplerOptions.label(SamplerOptions.DRAWS)
                    + "; if it stays low, try the other parameterization."),
    /** Tail effective sample size. */
    ESS_TAIL("ess_tail", "Tail effective sample size: what the draws are worth for the 5% and 95% quantiles.",
            "Red below " + whole(DiagnosticThresholds.ESS_TOTAL_BAD) + " in total; amber below "
                    + whole(DiagnosticThresholds.ESS_PER_CHAIN) + " per chain.",
            "Raise " + SamplerOptions.label(SamplerOptions.DRAWS) + "; tails need more draws than the bulk."),
    /** Rank-normalized split R-hat. */
    R_HAT("r_hat", "Rank-normalized split R-hat: compares the chains with each other and with their own halves; "
            + "1 when they agree.",
            "Red above " + DiagnosticThresholds.RHAT_LIMIT + ": the chains disagree and no number of this fit "
                    + "can be trusted.",
            "Raise " + SamplerOptions.label(SamplerOptions.WARMUP) + " and "
                    + SamplerOptions.label(SamplerOptions.DRAWS) + "; if it stays high, look at the trace and rank plots "
                    + "and try the other parameterization.");

    private final String column;
    private final String meaning;
    private final String threshold;
    private final String action;

    DiagnosticHelp(String column, String meaning, String threshold, String action) {
        this.column = column;
        this.meaning = meaning;
        this.threshold = threshold;
        this.action = action;
    }

    /** The column header, as in {@code summary} output (the posterior package's names). */
    public String column() {
        return column;
    }

    /** What the number means. */
    public String meaning() {
        return meaning;
    }

    /** The threshold the number is judged against, empty when it is not judged. */
    public String threshold() {
        return threshold;
    }

    /** What to do about it. */
    public String action() {
        return action;
    }

    /** The whole help: meaning, threshold (when judged) and what to do, one paragraph each. */
    public String text() {
        return meaning + (threshold.isEmpty() ? "" : "\n" + threshold) + "\n" + action;
    }

    /** The help of a column header. */
    public static DiagnosticHelp of(String column) {
        for (DiagnosticHelp h : values()) {
            if (h.column.equals(column)) {
                return h;
            }
        }
        throw new IllegalArgumentException("no help for the column " + column);
    }

    private static String whole(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
