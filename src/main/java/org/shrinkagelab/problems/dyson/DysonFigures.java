package org.shrinkagelab.problems.dyson;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.GrayPaintScale;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.shrinkagelab.charts.ChartStyle;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.data.LightCurve;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.stats.PeriodogramPeak;
import org.shrinkagelab.workbench.ChainFigures;
import org.shrinkagelab.workbench.FigureNotes;

/**
 * The Dyson Spheres figures (no JavaFX): the light curves as small multiples, a chosen object's
 * periodogram with its false-alarm levels above the window function, the light curve folded at a
 * chosen frequency with the least-squares sinusoid, the posterior correlation matrix of an object's
 * (log f, log A, phi, m), the population relation log A = alpha_0 + alpha_1 log f, and the trace and rank plots.
 */
public final class DysonFigures {
    /** Prefix of the figure names. */
    public static final String ID = "dyson-spheres";
    private static final Font SMALL = new Font("SansSerif", Font.PLAIN, 10);

    private final DysonData data;
    private final FigureNotes notes = new FigureNotes();
    private final ChainFigures chains = new ChainFigures(notes);
    private final CombinedDomainXYPlot curvesPlot = new CombinedDomainXYPlot(new NumberAxis("time (days)"));
    private final JFreeChart curves;
    private final XYSeriesCollection periodogramData = new XYSeriesCollection();
    private final XYSeriesCollection peakData = new XYSeriesCollection();
    private final XYSeriesCollection windowData = new XYSeriesCollection();
    private final XYPlot periodogramPlot;
    private final JFreeChart periodogram;
    private final XYSeriesCollection foldedData = new XYSeriesCollection();
    private final JFreeChart folded;
    private final DefaultXYZDataset correlationData = new DefaultXYZDataset();
    private final JFreeChart correlation;
    private final XYIntervalSeriesCollection populationData = new XYIntervalSeriesCollection();
    private final XYSeriesCollection populationLine = new XYSeriesCollection();
    private final JFreeChart population;
    private DysonAnalysis analysis;
    private int correlationObject;

    /** Empty figures for the data's objects (the light curves drawn at once). */
    public DysonFigures(DysonData data) {
        this.data = data;
        curves = lightCurves();
        periodogramPlot = new XYPlot(periodogramData, null, new NumberAxis("power (standard)"),
                new XYLineAndShapeRenderer(true, false));
        periodogramPlot.setDataset(1, peakData);
        XYLineAndShapeRenderer peaks = new XYLineAndShapeRenderer(false, true);
        peaks.setSeriesPaint(0, ChartStyle.WARNING);
        periodogramPlot.setRenderer(1, peaks);
        XYPlot windowPlot = new XYPlot(windowData, null, new NumberAxis("window"),
                new XYLineAndShapeRenderer(true, false));
        windowPlot.getRenderer().setSeriesPaint(0, Color.GRAY);
        CombinedDomainXYPlot both = new CombinedDomainXYPlot(new NumberAxis("frequency (1/day)"));
        both.add(periodogramPlot, 3);
        both.add(windowPlot, 1);
        periodogram = ChartStyle.apply(new JFreeChart("Periodogram", JFreeChart.DEFAULT_TITLE_FONT, both, false));

        XYLineAndShapeRenderer foldRenderer = new XYLineAndShapeRenderer();
        foldRenderer.setSeriesLinesVisible(0, false);
        foldRenderer.setSeriesShapesVisible(0, true);
        foldRenderer.setSeriesShapesVisible(1, false);
        foldRenderer.setSeriesStroke(1, new BasicStroke(2f));
        NumberAxis fluxAxis = new NumberAxis("flux");
        fluxAxis.setAutoRangeIncludesZero(false);
        folded = ChartStyle.apply(new JFreeChart("Folded light curve", JFreeChart.DEFAULT_TITLE_FONT,
                new XYPlot(foldedData, new NumberAxis("phase (cycles)"), fluxAxis, foldRenderer), true));

        correlation = correlationChart();
        population = populationChart();
        for (JFreeChart c : List.of(curves, periodogram, folded, correlation, population)) {
            notes.attach(c);
        }
    }

    private JFreeChart lightCurves() {
        for (LightCurve c : data.curves()) {
            XYSeries s = new XYSeries(c.name(), false);
            for (int i = 0; i < c.time().length; i++) {
                s.add(c.time()[i], c.flux()[i]);
            }
            NumberAxis y = new NumberAxis(c.name());
            y.setLabelFont(SMALL);
            y.setTickLabelFont(SMALL);
            y.setAutoRangeIncludesZero(false);
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
            r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-1.5, -1.5, 3, 3));
            r.setSeriesPaint(0, ChartStyle.color(0));
            curvesPlot.add(new XYPlot(new XYSeriesCollection(s), null, y, r));
        }
        curvesPlot.setGap(2);
        return ChartStyle.apply(new JFreeChart("Light curves", JFreeChart.DEFAULT_TITLE_FONT, curvesPlot, false));
    }

    /**
     * Scales the light curves: shared, every strip spans the same flux range around its own mean (so
     * the objects' amplitudes compare at a glance); per object, each strip fits its own data.
     */
    public void showLightCurves(boolean shared) {
        double half = 0;
        for (LightCurve c : data.curves()) {
            double mean = mean(c.flux());
            for (double y : c.flux()) {
                half = Math.max(half, Math.abs(y - mean));
            }
        }
        @SuppressWarnings("unchecked")
        List<XYPlot> plots = curvesPlot.getSubplots();
        for (int k = 0; k < plots.size(); k++) {
            NumberAxis axis = (NumberAxis) plots.get(k).getRangeAxis();
            if (shared) {
                double mean = mean(data.curve(k).flux());
                axis.setRange(mean - 1.05 * half, mean + 1.05 * half);
            } else {
                axis.setAutoRange(true);
            }
        }
        notes.note(curves, shared ? "shared scale: every strip spans ±" + fmt(1.05 * half) + " around its mean"
                : "per-object scale");
    }

    /** Shows an object's periodogram, peaks, 1% and 5% false-alarm levels and window function. */
    public void showPeriodogram(ObjectPeriodogram p) {
        double[] f = p.analysis().frequency();
        XYSeries power = new XYSeries("power", false);
        XYSeries window = new XYSeries("window", false);
        for (int j = 0; j < f.length; j++) {
            power.add(f[j], p.analysis().power()[j], false);
            window.add(f[j], p.window()[j], false);
        }
        periodogramData.removeAllSeries();
        periodogramData.addSeries(power);
        windowData.removeAllSeries();
        windowData.addSeries(window);
        XYSeries peaks = new XYSeries("peaks", false);
        periodogramPlot.clearAnnotations();
        int rank = 1;
        for (PeriodogramPeak peak : p.analysis().peaks()) {
            peaks.add(peak.frequency(), peak.power());
            XYTextAnnotation label = new XYTextAnnotation(Integer.toString(rank++), peak.frequency(), peak.power());
            label.setFont(SMALL);
            label.setTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_CENTER);
            periodogramPlot.addAnnotation(label);
        }
        peakData.removeAllSeries();
        peakData.addSeries(peaks);
        periodogramPlot.clearRangeMarkers();
        periodogramPlot.addRangeMarker(level(p.analysis().level1(), "FAP 1%", ChartStyle.WARNING));
        periodogramPlot.addRangeMarker(level(p.analysis().level5(), "FAP 5%", new Color(230, 140, 0)));
        periodogram.setTitle("Periodogram of " + p.curve().name() + " (window function below)");
        PeriodogramPeak best = p.analysis().best();
        notes.note(periodogram, String.format(Locale.ROOT, "best %.5f/day, FAP %.2g%s", best.frequency(),
                best.falseAlarmProbability(), best.alias() == null ? "" : " (" + best.alias() + ")"));
    }

    private static ValueMarker level(double power, String label, Color color) {
        ValueMarker m = new ValueMarker(power);
        m.setPaint(color);
        m.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        m.setLabel(label);
        m.setLabelFont(SMALL);
        m.setLabelPaint(color);
        m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        return m;
    }

    /** Folds a light curve at frequency f (phases from t0) and draws the least-squares sinusoid over it. */
    public void showFolded(LightCurve curve, double f, double t0) {
        SinusoidFit fit = SinusoidFit.of(curve, f, t0);
        XYSeries points = new XYSeries("observations", false);
        for (int i = 0; i < curve.time().length; i++) {
            points.add(fit.foldedPhase(curve.time()[i]), curve.flux()[i]);
        }
        XYSeries line = new XYSeries("least-squares sinusoid", false);
        for (int j = 0; j <= 200; j++) {
            line.add(j / 200.0, fit.valueAtPhase(j / 200.0));
        }
        foldedData.removeAllSeries();
        foldedData.addSeries(points);
        foldedData.addSeries(line);
        folded.setTitle(String.format(Locale.ROOT, "%s folded at %.5f/day (period %.4f d)", curve.name(), f, 1 / f));
        notes.note(folded, String.format(Locale.ROOT, "A = %.3f, m = %.3f", fit.amplitude(), fit.mean()));
    }

    private JFreeChart correlationChart() {
        SymbolAxis x = new SymbolAxis(null, DysonAnalysis.CORRELATED.toArray(String[]::new));
        SymbolAxis y = new SymbolAxis(null, DysonAnalysis.CORRELATED.toArray(String[]::new));
        y.setInverted(true);
        XYBlockRenderer r = new XYBlockRenderer();
        LookupPaintScale scale = new LookupPaintScale(-1, 1.0001, Color.WHITE);
        for (int i = 0; i < 20; i++) {
            double lo = -1 + i * 0.1;
            double mid = lo + 0.05;
            int shade = (int) Math.round(255 * (1 - Math.abs(mid)));
            scale.add(lo, mid < 0 ? new Color(shade, shade, 255) : new Color(255, shade, shade));
        }
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(correlationData, x, y, r);
        return ChartStyle.apply(new JFreeChart("Posterior correlation", JFreeChart.DEFAULT_TITLE_FONT, plot, false));
    }

    private JFreeChart populationChart() {
        NumberAxis x = new NumberAxis("log f (posterior median, 90% interval)");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("log A");
        y.setAutoRangeIncludesZero(false);
        XYErrorRenderer points = new XYErrorRenderer();
        points.setDrawXError(true);
        points.setDrawYError(true);
        XYPlot plot = new XYPlot(populationData, x, y, points);
        plot.setDataset(1, populationLine);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, ChartStyle.color(1));
        line.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(1, line);
        return ChartStyle.apply(new JFreeChart("Population: log A = α_0 + α_1 log f", JFreeChart.DEFAULT_TITLE_FONT,
                plot, false));
    }

    /** Shows a fit: the correlation matrix of the chosen object, the population relation, the first trace. */
    public void update(DysonAnalysis a) {
        analysis = a;
        showCorrelation(Math.min(correlationObject, a.objects().size() - 1));
        XYIntervalSeries objects = new XYIntervalSeries("objects");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 1; k <= a.objects().size(); k++) {
            double[] lf = logQuantiles(a.pooled("f[" + k + "]"));
            double[] la = logQuantiles(a.pooled("A[" + k + "]"));
            objects.add(lf[1], lf[0], lf[2], la[1], la[0], la[2]);
            lo = Math.min(lo, lf[0]);
            hi = Math.max(hi, lf[2]);
        }
        populationData.removeAllSeries();
        populationData.addSeries(objects);
        double a0 = mean(a.pooled("alpha_0"));
        double a1 = mean(a.pooled("alpha_1"));
        XYSeries line = new XYSeries("posterior mean line", false);
        line.add(lo, a0 + a1 * lo);
        line.add(hi, a0 + a1 * hi);
        populationLine.removeAllSeries();
        populationLine.addSeries(line);
        ParameterSummary s = a.summary("alpha_1");
        population.clearSubtitles();
        if (s != null) {
            TextTitle sub = new TextTitle(String.format(Locale.ROOT, "α_1 = %.3f, 90%% interval [%.3f, %.3f]",
                    s.mean(), s.q5(), s.q95()), SMALL);
            population.addSubtitle(sub);
        }
        String incomplete = a.incompleteNote();
        for (JFreeChart c : List.of(correlation, population)) {
            notes.warning(c, incomplete);
        }
        chains.show(a, "alpha_1");
    }

    /** Shows the posterior correlation matrix of object k (0-based) of the last fit. */
    public void showCorrelation(int k) {
        correlationObject = k;
        if (analysis == null) {
            return;
        }
        double[][] r = analysis.correlation(k);
        int n = r.length;
        double[][] xyz = new double[3][n * n];
        XYPlot plot = correlation.getXYPlot();
        plot.clearAnnotations();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                xyz[0][i * n + j] = j;
                xyz[1][i * n + j] = i;
                xyz[2][i * n + j] = r[i][j];
                XYTextAnnotation t = new XYTextAnnotation(String.format(Locale.ROOT, "%.2f", r[i][j]), j, i);
                t.setFont(new Font("SansSerif", Font.BOLD, 12));
                plot.addAnnotation(t);
            }
        }
        correlationData.removeSeries("r");
        correlationData.addSeries("r", xyz);
        correlation.setTitle("Posterior correlation of " + analysis.objects().get(k) + " (t0 "
                + String.format(Locale.ROOT, "%.1f d", analysis.model().reference()) + ")");
    }

    /** Shows the named parameter in the trace and rank plots. */
    public void showParameter(String name) {
        if (analysis != null) {
            chains.show(analysis, name);
        }
    }

    /** The trace and rank figures. */
    public ChainFigures chains() {
        return chains;
    }

    /** Every figure, named for export. */
    public List<Figure> figures() {
        List<Figure> all = new ArrayList<>();
        all.add(new Figure(ID + "-light-curves", curves));
        all.add(new Figure(ID + "-periodogram", periodogram));
        all.add(new Figure(ID + "-folded", folded));
        all.add(new Figure(ID + "-correlation", correlation));
        all.add(new Figure(ID + "-population", population));
        all.add(new Figure(ID + "-trace", chains.trace().chart()));
        all.add(new Figure(ID + "-rank", chains.rank().chart()));
        return all;
    }

    /** The folded chart's data (observations, then the sinusoid), for tests. */
    XYSeriesCollection foldedData() {
        return foldedData;
    }

    private static double[] logQuantiles(double[] draws) {
        double[] sorted = draws.clone();
        java.util.Arrays.sort(sorted);
        return new double[] {Math.log(quantile(sorted, 0.05)), Math.log(quantile(sorted, 0.5)),
            Math.log(quantile(sorted, 0.95))};
    }

    private static double quantile(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
