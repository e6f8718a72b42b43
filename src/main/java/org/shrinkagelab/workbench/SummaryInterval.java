package org.shrinkagelab.workbench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.stats.PointInterval;

/**
 * The summary table's interval columns at a chosen width: the (1 - level) / 2 and (1 + level) / 2 type-7
 * quantiles of each parameter's pooled draws ({@link PointInterval#of}), headed e.g. "25%" and "75%" for
 * 50%. At 90% they are the table's usual "5%" and "95%". Only the window's table follows the choice; the
 * JSON {@code summary} keeps q5/q50/q95.
 *
 * @param level the interval's probability, 0.50 to 0.99
 * @param rows  the fit's summary rows with their interval columns at this width (the "5%" and "95%" slots
 *              of each row hold the chosen interval's lower and upper ends)
 */
public record SummaryInterval(double level, List<ParameterSummary> rows) {
    /** The header of the lower end, e.g. "25%" (50%), "5%" (90%), "0.5%" (99%). */
    public String lowerHeader() {
        return header(new PointInterval(level, PointInterval.Estimate.MEAN).lowerProbability());
    }

    /** The header of the upper end, e.g. "75%", "95%", "99.5%". */
    public String upperHeader() {
        return header(new PointInterval(level, PointInterval.Estimate.MEAN).upperProbability());
    }

    /** The help of the lower column. */
    public String lowerHelp() {
        if (isDefault()) {
            return DiagnosticHelp.Q5.text();
        }
        return lowerHeader() + " quantile: " + lowerHeader() + " of the posterior mass lies below it (the lower "
                + "end of the " + percent() + " interval). Tail quantiles need a good ess_tail to be trusted.";
    }

    /** The help of the upper column. */
    public String upperHelp() {
        if (isDefault()) {
            return DiagnosticHelp.Q95.text();
        }
        return upperHeader() + " quantile: " + header(new PointInterval(level, PointInterval.Estimate.MEAN)
                .lowerProbability()) + " of the posterior mass lies above it (the upper end of the " + percent()
                + " interval). Tail quantiles need a good ess_tail to be trusted.";
    }

    /** Whether this is the table's usual 90% interval. */
    public boolean isDefault() {
        return Math.abs(level - PointInterval.DEFAULT.level()) < 1e-12;
    }

    private String percent() {
        return new PointInterval(level, PointInterval.Estimate.MEAN).percent();
    }

    /** A probability as a percentage header without trailing zeros: 0.25 is "25%", 0.005 is "0.5%". */
    static String header(double p) {
        BigDecimal pct = new BigDecimal(p * 100).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return pct.toPlainString() + "%";
    }

    /** The usual 90% columns: the rows as they are. */
    public static SummaryInterval usual(List<ParameterSummary> rows) {
        return new SummaryInterval(PointInterval.DEFAULT.level(), List.copyOf(rows));
    }

    /**
     * The rows of a fit's summary with the interval columns at {@code level}, from the pooled draws of each
     * parameter (a row with no such series, or without quantiles, is kept as it is; a parameter with a NaN
     * draw gets NaN ends, as its q5/q95). Sorts each parameter's draws once: run it off the UI thread for
     * long runs.
     */
    public static SummaryInterval of(FitAnalysis analysis, double level, JobContext context) {
        PointInterval pi = new PointInterval(level, PointInterval.Estimate.MEAN);
        Set<String> series = Set.copyOf(analysis.plottable());
        List<ParameterSummary> out = new ArrayList<>();
        for (ParameterSummary r : analysis.diagnostics().parameters()) {
            context.checkCancelled();
            if (!series.contains(r.name()) || r.q5() == null || r.q95() == null) {
                out.add(r);
                continue;
            }
            double[] draws = analysis.pooled(r.name());
            boolean nan = false;
            for (double v : draws) {
                nan |= Double.isNaN(v);
            }
            PointInterval.Summary s = nan ? new PointInterval.Summary(Double.NaN, Double.NaN, Double.NaN)
                    : pi.of(draws);
            out.add(new ParameterSummary(r.name(), r.mean(), r.sd(), s.lower(), r.q50(), s.upper(), r.mcseMean(),
                    r.mcseSd(), r.essBulk(), r.essTail(), r.rHat()));
        }
        return new SummaryInterval(level, List.copyOf(out));
    }
}
