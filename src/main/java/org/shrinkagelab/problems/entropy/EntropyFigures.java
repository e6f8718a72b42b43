package org.shrinkagelab.problems.entropy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.shrinkagelab.charts.ChartStyle;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.LineFigure;
import org.shrinkagelab.charts.ScatterFigure;
import org.shrinkagelab.stats.CovarianceEllipse;

/** The entropy tab's figures: x and A x with their 2σ ellipses, and the estimates against sample size. */
public final class EntropyFigures {
    /** At most this many points of each sample are drawn; the estimates use all of them. */
    static final int MAX_SHOWN = 5000;
    private static final int SEGMENTS = 120;

    private final ScatterFigure scatter = new ScatterFigure("Samples of x and of A x with 2σ ellipses",
            "first coordinate", "second coordinate");
    private final LineFigure convergence = new LineFigure("Entropy estimates against sample size",
            "sample size n", "entropy in nats");

    /** Creates the figures, empty until the first update. */
    public EntropyFigures() {
        BasicStroke dashed = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f);
        XYLineAndShapeRenderer curves = (XYLineAndShapeRenderer) scatter.plot().getRenderer(1);
        scatter.setCurveColor(0, ChartStyle.color(0).darker());
        scatter.setCurveColor(1, ChartStyle.color(1).darker());
        curves.setSeriesStroke(0, new BasicStroke(2f));
        curves.setSeriesStroke(1, new BasicStroke(2f));

        LogAxis nAxis = new LogAxis("sample size n");
        nAxis.setBase(10);
        nAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        nAxis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
        convergence.plot().setDomainAxis(nAxis);
        ChartStyle.apply(convergence.chart());
        XYLineAndShapeRenderer r = convergence.renderer();
        // Estimates 0..2 with markers; their closed forms 3..5 dashed in the same colours.
        for (int i = 0; i < 3; i++) {
            Color c = ChartStyle.color(i);
            r.setSeriesShapesVisible(i, true);
            r.setSeriesPaint(i, c);
            r.setSeriesPaint(i + 3, c.darker());
            r.setSeriesStroke(i + 3, dashed);
        }
    }

    /** The figures with their export names. */
    public List<Figure> figures() {
        return List.of(new Figure("entropy-scatter", scatter.chart()),
                new Figure("entropy-estimate-vs-n", convergence.chart()));
    }

    /** The scatter builder, for tests. */
    public ScatterFigure scatter() {
        return scatter;
    }

    /** The convergence builder, for tests. */
    public LineFigure convergence() {
        return convergence;
    }

    /** Shows a result, updating the datasets in place. */
    public void update(EntropyResult r) {
        int shown = Math.min(r.n(), MAX_SHOWN);
        String of = shown < r.n() ? String.format(Locale.ROOT, "%,d of %,d shown", shown, r.n())
                : String.format(Locale.ROOT, "n = %,d", r.n());
        scatter.setPoints(0, "x (" + of + ")", r.fromX(), shown);
        scatter.setPoints(1, "A x (" + of + ")", r.fromAx(), shown);
        double[][] ex = CovarianceEllipse.contour(r.x(), 2, SEGMENTS);
        double[][] eax = CovarianceEllipse.contour(r.ax(), 2, SEGMENTS);
        scatter.setCurve(0, "x 2σ", ex[0], ex[1]);
        scatter.setCurve(1, "A x 2σ", eax[0], eax[1]);

        List<EntropyResult.ConvergencePoint> points = r.convergence();
        double[] ns = points.stream().mapToDouble(EntropyResult.ConvergencePoint::n).toArray();
        double[] hx = points.stream().mapToDouble(EntropyResult.ConvergencePoint::hX).toArray();
        double[] hax = points.stream().mapToDouble(EntropyResult.ConvergencePoint::hAx).toArray();
        double[] diff = new double[ns.length];
        for (int i = 0; i < ns.length; i++) {
            diff[i] = hax[i] - hx[i];
        }
        double[] ends = {ns[0], ns[ns.length - 1]};
        convergence.setLine(0, "estimate of H[x]", ns, hx);
        convergence.setLine(1, "estimate of H[Ax]", ns, hax);
        convergence.setLine(2, "estimate of H[Ax] − H[x]", ns, diff);
        convergence.setLine(3, String.format(Locale.ROOT, "H[x] = %.3f", r.hX()), ends, new double[] {r.hX(), r.hX()});
        convergence.setLine(4, String.format(Locale.ROOT, "H[Ax] = %.3f", r.hAx()), ends,
                new double[] {r.hAx(), r.hAx()});
        convergence.setLine(5, String.format(Locale.ROOT, "ln|det A| = %.3f", r.logAbsDetA()), ends,
                new double[] {r.logAbsDetA(), r.logAbsDetA()});
        convergence.setMarker(r.n(), "slider n", ChartStyle.color(8));
    }
}
