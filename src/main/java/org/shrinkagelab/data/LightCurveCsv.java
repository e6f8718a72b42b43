package org.shrinkagelab.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads light curves from CSV: a single series with columns {@code t,y[,dy]}, or several objects
 * with {@code object,time,flux,flux_err} (the Dyson Spheres format). Every value must be finite,
 * every uncertainty positive, every series at least 3 points at distinct times; a complaint
 * names the file, line and column.
 */
public final class LightCurveCsv {
    /** Fewest points a periodogram with a floating mean and a sinusoid (3 parameters) can use. */
    public static final int MIN_POINTS = 3;

    private LightCurveCsv() {
    }

    /**
     * The series in a file: {@code object} picks one object of a multi-object file (null for a
     * {@code t,y[,dy]} file; a multi-object file then needs it).
     */
    public static LightCurve read(Path file, String object) throws DataFormatException {
        return read(CsvTable.read(file), object);
    }

    /** The series in a parsed table; see {@link #read(Path, String)}. */
    public static LightCurve read(CsvTable table, String object) throws DataFormatException {
        if (table.has("object")) {
            List<String> objects = objects(table);
            if (object == null) {
                throw new DataFormatException(table.source() + " holds several objects; choose one with --object ("
                        + String.join(", ", objects) + ")");
            }
            if (!objects.contains(object)) {
                throw new DataFormatException(table.source() + ": no object '" + object + "'; found: "
                        + String.join(", ", objects));
            }
            return series(table, object, "time", "flux", "flux_err", object);
        }
        if (object != null) {
            throw new DataFormatException(table.source() + ": --object needs an 'object' column; found: "
                    + String.join(", ", table.columns()));
        }
        return series(table, null, "t", "y", table.has("dy") ? "dy" : null, table.source());
    }

    /** Every object of an {@code object,time,flux,flux_err} file, in file order. */
    public static List<LightCurve> readAll(CsvTable table) throws DataFormatException {
        List<LightCurve> out = new ArrayList<>();
        for (String name : objects(table)) {
            out.add(series(table, name, "time", "flux", "flux_err", name));
        }
        return out;
    }

    private static List<String> objects(CsvTable table) throws DataFormatException {
        table.require("object", "time", "flux", "flux_err");
        Set<String> names = new LinkedHashSet<>(table.texts("object"));
        return new ArrayList<>(names);
    }

    private static LightCurve series(CsvTable table, String object, String tCol, String yCol, String dyCol,
                                     String name) throws DataFormatException {
        table.require(tCol, yCol);
        int ti = table.column(tCol);
        int yi = table.column(yCol);
        int di = dyCol == null ? -1 : table.column(dyCol);
        int oi = object == null ? -1 : table.column("object");
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            if (oi < 0 || table.text(r, oi).equals(object)) {
                rows.add(r);
            }
        }
        String what = object == null ? table.source() : table.source() + ", object '" + object + "'";
        if (rows.size() < MIN_POINTS) {
            throw new DataFormatException(what + ": " + rows.size() + " points; a periodogram needs at least "
                    + MIN_POINTS);
        }
        double[] t = new double[rows.size()];
        double[] y = new double[rows.size()];
        double[] dy = di < 0 ? null : new double[rows.size()];
        Map<Double, Integer> seen = new HashMap<>();
        for (int k = 0; k < rows.size(); k++) {
            int r = rows.get(k);
            t[k] = table.number(r, ti);
            y[k] = table.number(r, yi);
            if (dy != null) {
                dy[k] = table.number(r, di);
                if (!(dy[k] > 0)) {
                    throw table.cellError(r, di, dyCol + " must be positive, was " + table.text(r, di));
                }
            }
            Integer earlier = seen.putIfAbsent(t[k], r);
            if (earlier != null) {
                throw table.cellError(r, ti, "time " + table.text(r, ti) + " repeats line " + table.line(earlier)
                        + " (times must be distinct)");
            }
        }
        return new LightCurve(name, t, y, dy);
    }
}
