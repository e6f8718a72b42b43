package org.shrinkagelab.problems.kl;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.shrinkagelab.charts.ChartStyle;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.LineFigure;
import org.shrinkagelab.charts.ScatterFigure;
import org.shrinkagelab.stats.CovarianceEllipse;
import org.shrinkagelab.stats.MultivariateNormal;

/** The KL tab's figures: the two samples with their ellipses, and the estimates against sample size. */
public final class KlFigures {
    /** At most this many points of each sample are drawn; the estimates use all of them. */
    static final int MAX_SHOWN = 5000;
    private static final int SEGMENTS = 120;
    private static final Color P_COLOR = ChartStyle.color(0);
    private static final Color Q_COLOR = ChartStyle.color(1);

    private final ScatterFigure scatter = new ScatterFigure("Samples from p and q with 1σ and 2σ ellipses",
            "x₁", "x₂");
    private final LineFigure convergence = new LineFigure("Estimates of D(p‖q) against sample size",
            "sample size n (each of p and q)", "D(p‖q) in nats");

    /** Creates the figures, empty until the first update. */
    public KlFigures() {
        BasicStroke solid = new BasicStroke(2f);
        BasicStroke dashed = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f);
        var curves = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) scatter.plot().getRenderer(1);
        scatter.setCurveColor(0, P_COLOR.darker());
        scatter.setCurveColor(1, P_COLOR.darker());
        scatter.setCurveColor(2, Q_COLOR.darker());
        scatter.setCurveColor(3, Q_COLOR.darker());
        curves.setSeriesStroke(0, solid);
        curves.setSeriesStroke(1, dashed);
        curves.setSeriesStroke(2, solid);
        curves.setSeriesStroke(3, dashed);

        LogAxis nAxis = new LogAxis("sample size n (each of p and q)");
        nAxis.setBase(10);
        nAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        nAxis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
        convergence.plot().setDomainAxis(nAxis);
        ChartStyle.apply(convergence.chart());
        var r = convergence.renderer();
        for (int i = 0; i < 3; i++) {
            r.setSeriesShapesVisible(i, true);
        }
        r.setSeriesPaint(3, Color.BLACK);
        r.setSeriesStroke(3, dashed);
    }

    /** The figures with their export names. */
    public List<Figure> figures() {
        return List.of(new Figure("kl-scatter", scatter.chart()), new Figure("kl-convergence", convergence.chart()));
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
    public void update(KlResult r) {
        int shown = Math.min(r.n(), MAX_SHOWN);
        String of = shown < r.n() ? String.format(Locale.ROOT, "%,d of %,d shown", shown, r.n())
                : String.format(Locale.ROOT, "n = %,d", r.n());
        scatter.setPoints(0, "samples from p (" + of + ")", r.fromP(), shown);
        scatter.setPoints(1, "samples from q (" + of + ")", r.fromQ(), shown);
        ellipse(0, "p 1σ", r.p(), 1);
        ellipse(1, "p 2σ", r.p(), 2);
        ellipse(2, "q 1σ", r.q(), 1);
        ellipse(3, "q 2σ", r.q(), 2);

        List<KlResult.ConvergencePoint> points = r.convergence();
        double[] ns = points.stream().mapToDouble(KlResult.ConvergencePoint::n).toArray();
        convergence.setLine(0, "histogram (course)", ns,
                points.stream().mapToDouble(KlResult.ConvergencePoint::histogram).toArray());
        convergence.setLine(1, "plug-in Gaussian", ns,
                points.stream().mapToDouble(KlResult.ConvergencePoint::plugin).toArray());
        convergence.setLine(2, "k-NN (k = " + r.k() + ")", ns,
                points.stream().mapToDouble(KlResult.ConvergencePoint::knn).toArray());
        convergence.setLine(3, String.format(Locale.ROOT, "closed form %.3f", r.klPq()),
                new double[] {ns[0], ns[ns.length - 1]}, new double[] {r.klPq(), r.klPq()});
        convergence.setMarker(r.n(), "slider n", ChartStyle.color(8));
    }

    private void ellipse(int index, String name, MultivariateNormal normal, double radius) {
        double[][] xy = CovarianceEllipse.contour(normal, radius, SEGMENTS);
        scatter.setCurve(index, name, xy[0], xy[1]);
    }
}
