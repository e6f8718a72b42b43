package org.shrinkagelab.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.plot.ValueMarker;
import org.shrinkagelab.engine.diag.LooResult;
import org.shrinkagelab.engine.diag.PointwiseLoo;

/**
 * PSIS-LOO's Pareto k per observation (as loo's {@code plot(loo)}): points coloured by band, good (k at most 0.5),
 * ok (up to the threshold), bad (up to 1) and very bad (above 1), with dashed lines at 0.5, 0.7, the sample-size
 * threshold when it is below 0.7, and 1. Observations whose tail could not be fitted (k infinite) are counted in
 * the subtitle, not drawn.
 */
public final class ParetoKFigure {
    /** Band colours: blue, orange, red, dark red. */
    static final Color[] BAND_COLORS = {ChartStyle.PALETTE[0], ChartStyle.PALETTE[4], ChartStyle.WARNING,
        new Color(120, 0, 0)};
    static final String[] BAND_NAMES = {"good (k ≤ 0.5)", "ok", "bad", "very bad (k > 1)"};

    private ParetoKFigure() {
    }

    /** The figure of a LOO result, saved under {@code name}. */
    public static Figure of(String name, LooResult loo) {
        ScatterFigure f = new ScatterFigure("PSIS-LOO: Pareto k per observation", "observation", "Pareto k");
        double t = loo.kThreshold();
        List<List<double[]>> bands = new ArrayList<>();
        for (int b = 0; b < BAND_COLORS.length; b++) {
            bands.add(new ArrayList<>());
        }
        int notFitted = 0;
        List<PointwiseLoo> rows = loo.pointwise();
        for (int i = 0; i < rows.size(); i++) {
            double k = rows.get(i).paretoK();
            if (!Double.isFinite(k)) {
                notFitted++;
                continue;
            }
            int band = k <= LooResult.K_GOOD ? 0 : k <= t ? 1 : k <= 1 ? 2 : 3;
            bands.get(band).add(new double[] {i + 1, k});
        }
        String[] names = BAND_NAMES.clone();
        names[1] = String.format(Locale.ROOT, "ok (k ≤ %.2f)", t);
        names[2] = String.format(Locale.ROOT, "bad (k ≤ 1)");
        for (int b = 0; b < bands.size(); b++) {
            double[][] points = bands.get(b).toArray(new double[0][]);
            f.setPoints(b, names[b] + ": " + points.length, points, points.length);
            f.plot().getRenderer().setSeriesPaint(b, BAND_COLORS[b]);
            f.plot().getRenderer().setSeriesShape(b, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        f.plot().addRangeMarker(line(LooResult.K_GOOD, "0.5", ChartStyle.PALETTE[8]));
        f.plot().addRangeMarker(line(0.7, "0.7", ChartStyle.WARNING));
        if (t < 0.7) {
            f.plot().addRangeMarker(line(t, String.format(Locale.ROOT, "threshold %.2f", t), ChartStyle.WARNING));
        }
        f.plot().addRangeMarker(line(1, "1", new Color(120, 0, 0)));
        String subtitle = String.format(Locale.ROOT, "%d draws, %d observations", loo.draws(), loo.observations())
                + (notFitted > 0 ? ", " + notFitted + " with too few tail draws for a fit (not drawn)" : "");
        f.chart().addSubtitle(new org.jfree.chart.title.TextTitle(subtitle));
        return new Figure(name, f.chart());
    }

    private static ValueMarker line(double k, String label, Color color) {
        ValueMarker m = ChartStyle.verticalMarker(k, label, color);
        m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        return m;
    }
}
