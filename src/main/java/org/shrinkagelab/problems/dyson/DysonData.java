package org.shrinkagelab.problems.dyson;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.data.CsvTable;
import org.shrinkagelab.data.DataFormatException;
import org.shrinkagelab.data.LightCurve;
import org.shrinkagelab.data.LightCurveCsv;

/** The Dyson Spheres light curves, one per object, in file order, and where their times are referenced. */
public record DysonData(List<LightCurve> curves) {
    /** The bundled file, as a classpath resource (copied from {@code data/dyson_spheres.csv}). */
    public static final String RESOURCE = "/org/shrinkagelab/data/dyson_spheres.csv";

    /** A copy of the list; at least one curve. */
    public DysonData {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("no light curves");
        }
        curves = List.copyOf(curves);
    }

    /** The bundled, simulated data set (12 objects). */
    public static DysonData bundled() {
        try {
            return new DysonData(LightCurveCsv.readAll(CsvTable.bundled(RESOURCE, "dyson_spheres.csv (bundled)")));
        } catch (DataFormatException e) {
            throw new IllegalStateException("the bundled Dyson Spheres data cannot be read: " + e.getMessage(), e);
        }
    }

    /** The light curves of simulated objects (for recovery tests and the simulate command's data). */
    public static DysonData of(List<DysonSpheresSimulation.SimulatedObject> objects) {
        List<LightCurve> out = new ArrayList<>();
        for (DysonSpheresSimulation.SimulatedObject o : objects) {
            out.add(new LightCurve(o.truth().name(), o.time(), o.flux(), o.fluxError()));
        }
        return new DysonData(out);
    }

    /** The number of objects. */
    public int size() {
        return curves.size();
    }

    /** The light curve of object k (0-based). */
    public LightCurve curve(int k) {
        return curves.get(k);
    }

    /** The object names. */
    public List<String> names() {
        return curves.stream().map(LightCurve::name).toList();
    }

    /** The midpoint of all observation times, (min + max) / 2: the reference time that decouples phase from frequency. */
    public double midpoint() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (LightCurve c : curves) {
            for (double t : c.time()) {
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
        }
        return (lo + hi) / 2;
    }

    /** The longest baseline (last minus first time) of any object, in days. */
    public double baseline() {
        double b = 0;
        for (LightCurve c : curves) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double t : c.time()) {
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
            b = Math.max(b, hi - lo);
        }
        return b;
    }
}
