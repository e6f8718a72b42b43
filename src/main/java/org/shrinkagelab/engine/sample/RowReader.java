package org.shrinkagelab.engine.sample;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.data.PlainNumber;
import org.shrinkagelab.data.UntrustedText;

/**
 * Turns a draws file's rows into numbers: parameters may hold NaN or infinities (that parameter is then
 * not available, as in the posterior package, with a warning), sampler statistics are checked for what
 * they can be ({@code divergent__} 0 or 1, {@code treedepth__} a whole number of at least 0).
 */
final class RowReader {
    private final String source;
    private final List<String> header;
    private final int[] indices;
    private final int parameters;
    private final int divergent;
    private final int treedepth;
    private final double[] row;
    private final long[] firstNonFinite;
    private final List<String> names;

    RowReader(String source, List<String> header, List<String> parameterNames, List<String> stats, int[] indices) {
        this.source = source;
        this.header = header;
        this.indices = indices;
        this.parameters = parameterNames.size();
        this.divergent = stats.indexOf("divergent__") < 0 ? -1 : parameters + stats.indexOf("divergent__");
        this.treedepth = stats.indexOf("treedepth__") < 0 ? -1 : parameters + stats.indexOf("treedepth__");
        this.row = new double[indices.length];
        this.firstNonFinite = new long[parameters];
        this.names = parameterNames;
    }

    /** The row's values in column order (parameters then statistics); the array is reused. */
    double[] values(String[] cells, long line) throws DataFormatException {
        for (int k = 0; k < indices.length; k++) {
            String cell = cells[indices[k]];
            double v;
            try {
                v = PlainNumber.parseDraw(cell);
            } catch (NumberFormatException e) {
                throw error(line, k, "'" + UntrustedText.quote(cell) + "' is not a number");
            }
            if (k < parameters) {
                if (!Double.isFinite(v) && firstNonFinite[k] == 0) {
                    firstNonFinite[k] = line;
                }
            } else if (k == divergent && v != 0 && v != 1) {
                throw error(line, k, "'" + UntrustedText.quote(cell) + "' is not 0 or 1 (divergent__ marks a divergence)");
            } else if (k == treedepth && !(v >= 0 && v == Math.rint(v))) {
                throw error(line, k, "'" + UntrustedText.quote(cell) + "' is not a whole number of at least 0 "
                        + "(treedepth__ is a tree depth)");
            }
            row[k] = v;
        }
        return row;
    }

    /** One line per parameter with a NaN or infinite draw, naming where the first one is. */
    List<String> warnings() {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < parameters; k++) {
            if (firstNonFinite[k] != 0) {
                out.add(UntrustedText.quote(source) + ", line " + firstNonFinite[k] + ": parameter '"
                        + UntrustedText.quote(names.get(k)) + "' has a NaN or infinite draw; "
                        + "its diagnostics are not available (NA)");
            }
        }
        return out;
    }

    private DataFormatException error(long line, int k, String what) {
        return DrawsCsv.cellError(source, line, header, indices[k], what);
    }
}
