package org.shrinkagelab.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.shrinkagelab.engine.diag.ParameterSummary;

/** Formats parameter rows as an aligned text table, showing only the columns some row has. */
public final class SummaryTable {
    private SummaryTable() {
    }

    private record Column(String header, Function<ParameterSummary, Double> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("mean", ParameterSummary::mean), new Column("sd", ParameterSummary::sd),
            new Column("5%", ParameterSummary::q5), new Column("50%", ParameterSummary::q50),
            new Column("95%", ParameterSummary::q95), new Column("mcse_mean", ParameterSummary::mcseMean),
            new Column("mcse_sd", ParameterSummary::mcseSd), new Column("ess_bulk", ParameterSummary::essBulk),
            new Column("ess_tail", ParameterSummary::essTail), new Column("r_hat", ParameterSummary::rHat));

    /** The table text, one header line and one line per parameter. */
    public static String format(List<ParameterSummary> rows) {
        List<Column> shown = new ArrayList<>();
        for (Column c : COLUMNS) {
            if (rows.stream().anyMatch(r -> c.value().apply(r) != null)) {
                shown.add(c);
            }
        }
        int nameWidth = Math.max(9, rows.stream().mapToInt(r -> r.name().length()).max().orElse(0) + 1);
        // every column is as wide as its widest cell plus a space, so long numbers (-1.000e+307) never touch
        // each cell formatted once: String.format is the slow part of a summary in a cold JVM
        String[][] cells = new String[rows.size()][shown.size()];
        int[] widths = new int[shown.size()];
        for (int k = 0; k < shown.size(); k++) {
            widths[k] = Math.max(10, shown.get(k).header().length()) + 1;
            for (int i = 0; i < rows.size(); i++) {
                cells[i][k] = cell(shown.get(k), rows.get(i));
                widths[k] = Math.max(widths[k], cells[i][k].length() + 1);
            }
        }
        StringBuilder sb = new StringBuilder();
        padRight(sb, "parameter", nameWidth);
        for (int k = 0; k < shown.size(); k++) {
            padLeft(sb, shown.get(k).header(), widths[k]);
        }
        sb.append('\n');
        for (int i = 0; i < rows.size(); i++) {
            padRight(sb, rows.get(i).name(), nameWidth);
            for (int k = 0; k < shown.size(); k++) {
                padLeft(sb, cells[i][k], widths[k]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Appends the text and then spaces up to the width, as {@code %-Ns} does. */
    static void padRight(StringBuilder sb, String text, int width) {
        sb.append(text);
        sb.append(" ".repeat(Math.max(0, width - text.length())));
    }

    /** Appends spaces and then the text, right-aligned in the width, as {@code %Ns} does. */
    static void padLeft(StringBuilder sb, String text, int width) {
        sb.append(" ".repeat(Math.max(0, width - text.length())));
        sb.append(text);
    }

    private static String cell(Column c, ParameterSummary r) {
        Double v = c.value().apply(r);
        return v == null ? "" : num(v);
    }

    /** A number in a compact form: NA for NaN, Inf or -Inf, four significant digits otherwise. */
    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return String.valueOf((long) v);
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return FourSignificantDigits.scientific(v);
        }
        return FourSignificantDigits.general(v);
    }
}
