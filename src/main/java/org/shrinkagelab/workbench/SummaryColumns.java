package org.shrinkagelab.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.shrinkagelab.engine.diag.ParameterSummary;

/**
 * The columns of the posterior summary table and how their numbers are written: one number of decimals
 * per column, chosen for the rows shown, so that no rounded number seems to sit on the other side of its
 * threshold from its colour (R-hat 1.01003 is red and shows as 1.01003, not as 1.010 beside a green 1.010).
 * The window's table and its tab-separated copy both write the numbers from here.
 */
public final class SummaryColumns {
    /** The header of the first column, the parameter's name. */
    public static final String PARAMETER = "parameter";
    /** Decimals of R-hat at least: its threshold 1.01 needs more than two. */
    static final int RHAT_DECIMALS = 4;
    /** Significant digits of the largest number of a moment or quantile column. */
    static final int SIGNIFICANT = 3;
    /** Decimals of a moment or quantile column at least, and at most. */
    static final int MIN_DECIMALS = 2;
    static final int MAX_DECIMALS = 8;

    /** What a column's numbers are judged against. */
    public enum Judged { NOT, ESS, RHAT }

    /**
     * One number column.
     *
     * @param help  its header and help
     * @param value its number in a row (null where it does not apply)
     * @param judged what its numbers are rated against
     */
    public record Column(DiagnosticHelp help, Function<ParameterSummary, Double> value, Judged judged) {
        /** The header, as in {@code summary} output. */
        public String header() {
            return help.column();
        }

        /** The rating of a number of this column with the given number of chains. */
        public DiagnosticThresholds.Rating rate(Double v, int chains) {
            return switch (judged) {
                case RHAT -> DiagnosticThresholds.rHat(v);
                case ESS -> DiagnosticThresholds.ess(v, chains);
                case NOT -> DiagnosticThresholds.Rating.NOT_APPLICABLE;
            };
        }

        /**
         * The decimals this column is written with for these rows: ESS whole and R-hat to 4 decimals, moments
         * and quantiles to 3 significant digits of the largest (at least 2 decimals); then more, as needed,
         * until every rounded number gets the rating of the number itself.
         */
        public int decimals(List<ParameterSummary> rows, int chains) {
            int d = switch (judged) {
                case ESS -> 0;
                case RHAT -> RHAT_DECIMALS;
                case NOT -> magnitudeDecimals(rows);
            };
            while (d < MAX_DECIMALS && !ratingsKept(rows, chains, d)) {
                d++;
            }
            return d;
        }

        private int magnitudeDecimals(List<ParameterSummary> rows) {
            double largest = 0;
            for (ParameterSummary r : rows) {
                Double v = value.apply(r);
                if (v != null && Double.isFinite(v)) {
                    largest = Math.max(largest, Math.abs(v));
                }
            }
            if (largest == 0) {
                return MIN_DECIMALS;
            }
            int d = SIGNIFICANT - 1 - (int) Math.floor(Math.log10(largest));
            return Math.max(MIN_DECIMALS, Math.min(MAX_DECIMALS, d));
        }

        private boolean ratingsKept(List<ParameterSummary> rows, int chains, int d) {
            if (judged == Judged.NOT) {
                return true;
            }
            for (ParameterSummary r : rows) {
                Double v = value.apply(r);
                if (v != null && Double.isFinite(v)
                        && rate(Double.parseDouble(format(v, d)), chains) != rate(v, chains)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The number columns, in the table's order. */
    public static final List<Column> COLUMNS = List.of(
            new Column(DiagnosticHelp.MEAN, ParameterSummary::mean, Judged.NOT),
            new Column(DiagnosticHelp.SD, ParameterSummary::sd, Judged.NOT),
            new Column(DiagnosticHelp.Q5, ParameterSummary::q5, Judged.NOT),
            new Column(DiagnosticHelp.Q50, ParameterSummary::q50, Judged.NOT),
            new Column(DiagnosticHelp.Q95, ParameterSummary::q95, Judged.NOT),
            new Column(DiagnosticHelp.MCSE_MEAN, ParameterSummary::mcseMean, Judged.NOT),
            new Column(DiagnosticHelp.MCSE_SD, ParameterSummary::mcseSd, Judged.NOT),
            new Column(DiagnosticHelp.ESS_BULK, ParameterSummary::essBulk, Judged.ESS),
            new Column(DiagnosticHelp.ESS_TAIL, ParameterSummary::essTail, Judged.ESS),
            new Column(DiagnosticHelp.R_HAT, ParameterSummary::rHat, Judged.RHAT));

    private SummaryColumns() {
    }

    /** A number to {@code decimals} decimals (half up); "NA" when not finite, empty when absent. */
    public static String format(Double v, int decimals) {
        if (v == null) {
            return "";
        }
        if (!Double.isFinite(v)) {
            return "NA";
        }
        return new java.math.BigDecimal(v).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** The column of a header's help. */
    public static Column of(DiagnosticHelp help) {
        return COLUMNS.stream().filter(c -> c.help() == help).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + help.column()));
    }

    /** A number of the column as the table writes it for these rows (the verdict quotes it so). */
    public static String shown(DiagnosticHelp help, Double v, List<ParameterSummary> rows, int chains) {
        return format(v, of(help).decimals(rows, chains));
    }

    /** The decimals of each column for these rows, in the order of {@link #COLUMNS}. */
    public static int[] decimals(List<ParameterSummary> rows, int chains) {
        int[] d = new int[COLUMNS.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = COLUMNS.get(i).decimals(rows, chains);
        }
        return d;
    }

    /** The headers, the parameter's first. */
    public static List<String> headers() {
        List<String> h = new ArrayList<>();
        h.add(PARAMETER);
        COLUMNS.forEach(c -> h.add(c.header()));
        return h;
    }

    /** The rows as the table writes them: the name, then every number with its column's decimals. */
    public static List<List<String>> text(List<ParameterSummary> rows, int chains) {
        int[] d = decimals(rows, chains);
        List<List<String>> out = new ArrayList<>();
        for (ParameterSummary r : rows) {
            List<String> line = new ArrayList<>();
            line.add(r.name());
            for (int i = 0; i < d.length; i++) {
                line.add(format(COLUMNS.get(i).value().apply(r), d[i]));
            }
            out.add(line);
        }
        return out;
    }

    /** What the cell colours mean with this many chains, for the table's legend. */
    public static String legend(DiagnosticThresholds.Rating rating, int chains) {
        return switch (rating) {
            case BAD -> String.format(Locale.ROOT, "r_hat above %s or ESS below %.0f: do not trust this fit",
                    DiagnosticThresholds.RHAT_LIMIT, DiagnosticThresholds.ESS_TOTAL_BAD);
            case WARNING -> String.format(Locale.ROOT, "ESS below %.0f per chain (%.0f here): run longer",
                    DiagnosticThresholds.ESS_PER_CHAIN, DiagnosticThresholds.ESS_PER_CHAIN * chains);
            default -> throw new IllegalArgumentException("no colour for " + rating);
        };
    }
}
