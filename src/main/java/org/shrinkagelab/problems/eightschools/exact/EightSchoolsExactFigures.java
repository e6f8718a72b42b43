package org.shrinkagelab.problems.eightschools.exact;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.general.AbstractDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.shrinkagelab.charts.ChartStyle;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.ForestFigure;
import org.shrinkagelab.stats.PointInterval;
import org.shrinkagelab.charts.LineFigure;
import org.shrinkagelab.charts.RightPaddedAxis;
import org.shrinkagelab.charts.StackedHistogramFigure;

/**
 * The seven figures of the tab, built once and updated in place from each result: the GUI and
 * {@code export-figures} show the same charts.
 */
public final class EightSchoolsExactFigures {
    private static final String ID = EightSchoolsExactProblem.ID;
    /** More points than this add nothing on screen; long grids are thinned for drawing only. */
    private static final int MAX_DRAWN_POINTS = 2000;
    private static final BasicStroke GRIDLINE = new BasicStroke(0.5f);
    /** The width of the table's interval (its 5% and 95% columns). */
    private static final double TABLE_LEVEL = 0.90;
    private static final Font ANNOTATION_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    /** Pixels between the end of a shrinkage curve and its school's name, and after the name. */
    private static final double LABEL_GAP = 6;
    /** The school names start at this multiple of the curves' right end (clear of the squares drawn there). */
    private static final double LABEL_AT = 1.015;

    private List<String> schools;
    private String unit;
    private PointInterval pointInterval = PointInterval.DEFAULT;
    /** The result the forests show, redrawn when the point estimate or width changes. */
    private EightSchoolsExactResult shown;
    private final LineFigure tau2 = new LineFigure("Posterior of τ²: grid vs converged", "τ²", "p(τ² | X)");
    private final LineFigure tau = new LineFigure("Posterior of τ: grid vs converged", "τ", "p(τ | X)");
    private final LineFigure mu = new LineFigure("p(μ | τ², X) for several τ²", "μ", "density");
    private final LineFigure shrinkage = new LineFigure("Shrinkage: E[θₛ | τ, X] against τ", "τ", "E[θₛ | τ, X]");
    private final RightPaddedAxis shrinkageTau = new RightPaddedAxis("τ");
    private final ForestFigure forest;
    private final StackedHistogramFigure histograms;
    private final ForestFigure pooling;
    private final XYSeriesCollection shrinkagePoints = new XYSeriesCollection();
    private final ValueMarker tau2GridEnd = ChartStyle.verticalMarker(0, "grid ends", ChartStyle.color(8));
    private final ValueMarker tauGridEnd = ChartStyle.verticalMarker(0, "grid ends", ChartStyle.color(8));
    private final ValueMarker tauMeanGrid = ChartStyle.verticalMarker(0, null, ChartStyle.color(0).darker());
    private final ValueMarker tauMeanExact = ChartStyle.verticalMarker(0, null, ChartStyle.color(1));
    private final List<XYTextAnnotation> schoolLabels = new ArrayList<>();

    /**
     * Builds the figures for the named schools (rows of the forest plots, panels of the histograms), their
     * axes in the data's unit.
     */
    public EightSchoolsExactFigures(List<String> schools, String unit) {
        this.schools = List.copyOf(schools);
        forest = new ForestFigure("Conditional posteriors at the τ marker", "θₛ", schools);
        histograms = new StackedHistogramFigure("Ancestral draws of θₛ", "θₛ", schools,
                "ancestral draws (density)", "converged p(θₛ | X)");
        pooling = new ForestFigure("No pooling vs complete pooling vs hierarchical", "θₛ", schools);
        shrinkage.plot().setDomainAxis(shrinkageTau);
        ChartStyle.apply(shrinkage.chart());
        labelAxes(unit);
        tau2.plot().addDomainMarker(tau2GridEnd);
        tau.plot().addDomainMarker(tauGridEnd);
        tau.plot().addDomainMarker(tauMeanGrid);
        tau.plot().addDomainMarker(tauMeanExact);
        for (LineFigure f : List.of(tau2, tau, mu, shrinkage)) {
            // One stroked path per curve instead of one per segment (the dashes then run on across points),
            // and solid hairline grids: per-segment strokes and dotted grids were most of a redraw's time.
            f.renderer().setDrawSeriesLineAsPath(true);
            f.plot().setDomainGridlineStroke(GRIDLINE);
            f.plot().setRangeGridlineStroke(GRIDLINE);
            // Every point of these curves lies within its x axis (auto-ranged, or the shrinkage plot's fixed
            // range, wider than its curves), so the axes fit to the series' kept bounds instead of a scan of
            // every point per axis and dataset change; the ranges are the same.
            f.renderer().setDataBoundsIncludesVisibleSeriesOnly(false);
        }
        for (LineFigure f : List.of(tau2, tau)) {
            // The grid curve wide and light, the converged one dashed on top: where they agree both show.
            f.plot().setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
            f.renderer().setSeriesPaint(0, new Color(140, 190, 228));
            f.renderer().setSeriesStroke(0, new BasicStroke(4.5f));
            f.renderer().setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {7f, 4f}, 0f));
        }
        // The palette's yellow is too pale for thin lines on white.
        shrinkage.renderer().setSeriesPaint(7, ChartStyle.color(9));
        recolourHistograms();
        shrinkage.chart().addSubtitle(new org.jfree.chart.title.TextTitle(
                "as τ → 0 the prior μ | τ² ~ N(μ₀, τ²/κ₀) pulls every school to μ₀; squares: no pooling xₛ",
                new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        setUpShrinkage();
    }

    private void setUpShrinkage() {
        XYPlot plot = shrinkage.plot();
        XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
        points.setSeriesPaint(0, Color.BLACK);
        points.setSeriesShape(0, new Rectangle2D.Double(-4, -4, 8, 8));
        points.setSeriesPaint(1, Color.BLACK);
        points.setSeriesShape(1, new Ellipse2D.Double(-5, -5, 10, 10));
        plot.setDataset(1, shrinkagePoints);
        plot.setRenderer(1, points);
        plot.getDomainAxis().setRange(-0.02 * EightSchoolsExactCalculator.SHRINK_TAU_MAX,
                EightSchoolsExactCalculator.SHRINK_TAU_MAX * LABEL_AT);
        labelSchools();
    }

    /** Every axis that shows an effect, or tau, says the data's unit. */
    private void labelAxes(String newUnit) {
        unit = newUnit;
        tau2.plot().getDomainAxis().setLabel("τ² (" + unit + "²)");
        tau.plot().getDomainAxis().setLabel("τ (" + unit + ")");
        mu.plot().getDomainAxis().setLabel("μ (" + unit + ")");
        shrinkageTau.setLabel("τ (" + unit + ")");
        shrinkage.plot().getRangeAxis().setLabel("E[θₛ | τ, X] (" + unit + ")");
        labelForests();
        histograms.plot().getDomainAxis().setLabel("θₛ (" + unit + ")");
    }

    /** The unit the axes name. */
    public String unit() {
        return unit;
    }

    private void labelSchools() {
        XYPlot plot = shrinkage.plot();
        schoolLabels.forEach(plot::removeAnnotation);
        schoolLabels.clear();
        for (int s = 0; s < schools.size(); s++) {
            XYTextAnnotation label = new XYTextAnnotation(schools.get(s), 0, 0);
            label.setFont(ANNOTATION_FONT);
            label.setPaint((Color) shrinkage.renderer().getSeriesPaint(s % ChartStyle.PALETTE.length));
            label.setTextAnchor(TextAnchor.CENTER_LEFT);
            schoolLabels.add(label);
            plot.addAnnotation(label);
        }
        shrinkageTau.padFor(schools, ANNOTATION_FONT, 2 * LABEL_GAP);
    }

    private void recolourHistograms() {
        if (histograms.panels() > 7) {
            histograms.setPanelColor(7, ChartStyle.color(9));
        }
    }

    /** Switches every figure to other schools and unit (after loading data); nothing happens if unchanged. */
    public void setSchools(List<String> names, String newUnit) {
        if (!newUnit.equals(unit)) {
            labelAxes(newUnit);
        }
        if (names.equals(schools)) {
            return;
        }
        schools = List.copyOf(names);
        forest.setRowLabels(schools);
        pooling.setRowLabels(schools);
        histograms.setPanels(schools);
        recolourHistograms();
        shrinkage.keepLines(0);
        labelSchools();
    }

    /** Every figure, named for export. */
    public List<Figure> all() {
        return List.of(new Figure(ID + "-tau2-posterior", tau2.chart()), new Figure(ID + "-tau-posterior", tau.chart()),
                new Figure(ID + "-mu-given-tau2", mu.chart()), new Figure(ID + "-shrinkage", shrinkage.chart()),
                new Figure(ID + "-forest-at-tau", forest.chart()),
                new Figure(ID + "-ancestral-histograms", histograms.chart()),
                new Figure(ID + "-pooling-comparison", pooling.chart()));
    }

    /**
     * Shows a new result in every figure, replacing data in place. The datasets hold their change events
     * until the end, and the auto-ranged axes are fitted once after all of them have fired: each event
     * fitted every axis of its plot (over all eight panels for the histograms' shared axis, sixteen times
     * per update), the last fit alone giving the ranges kept.
     */
    public void update(EightSchoolsExactResult r) {
        List<AbstractDataset> held = datasets();
        List<ValueAxis> fitted = autoRangedAxes();
        held.forEach(d -> d.setNotify(false));
        fitted.forEach(a -> a.setAutoRange(false));
        try {
            show(r);
        } finally {
            held.forEach(d -> d.setNotify(true));
            fitted.forEach(a -> a.setAutoRange(true));
        }
    }

    /** Every XY plot of every figure: the stacked histograms' combined plot and each of its panels included. */
    private List<XYPlot> plots() {
        List<XYPlot> out = new ArrayList<>();
        for (Figure f : all()) {
            XYPlot plot = f.chart().getXYPlot();
            out.add(plot);
            if (plot instanceof CombinedDomainXYPlot c) {
                out.addAll(c.getSubplots());
            }
        }
        return out;
    }

    /** Every dataset of every figure (the stacked histograms' panels included). */
    private List<AbstractDataset> datasets() {
        List<AbstractDataset> out = new ArrayList<>();
        for (XYPlot plot : plots()) {
            for (int i = 0; i < plot.getDatasetCount(); i++) {
                if (plot.getDataset(i) instanceof AbstractDataset d) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /**
     * The axes of every plot that fit their range to the data, each once (panels share their x axis), the x
     * axes first as a plot fits them: a y axis fits only the points within its plot's x range.
     */
    private List<ValueAxis> autoRangedAxes() {
        Set<ValueAxis> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<ValueAxis> out = new ArrayList<>();
        for (boolean domain : new boolean[] {true, false}) {
            for (XYPlot plot : plots()) {
                int count = domain ? plot.getDomainAxisCount() : plot.getRangeAxisCount();
                for (int i = 0; i < count; i++) {
                    ValueAxis a = domain ? plot.getDomainAxis(i) : plot.getRangeAxis(i);
                    if (a != null && a.isAutoRange() && seen.add(a)) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }

    private void show(EightSchoolsExactResult r) {
        setSchools(r.data().schools(), r.data().unit());
        GridPosterior g = r.grid();
        double gridMax = g.tau2(g.size() - 1);
        String gridName = String.format(Locale.ROOT, "grid (%d points on [0.1, %s])", g.size(), num(gridMax));
        tau2.setLine(0, gridName, thin(g.tau2Grid()), thin(g.tau2Density()));
        tau2.setLine(1, String.format(Locale.ROOT, "converged (quadrature): P(τ² > %s) = %.2g", num(gridMax),
                r.tailMass()), r.exactTau2(), r.exactTau2Density());
        tau2GridEnd.setValue(gridMax);

        tau.setLine(0, String.format(Locale.ROOT, "grid: E[τ] = %.2f, Std = %.2f", g.tauMean(), g.tauSd()),
                thin(g.tauGrid()), thin(g.tauDensity()));
        tau.setLine(1, String.format(Locale.ROOT, "converged: E[τ] = %.2f, Std = %.2f", r.exact().tauMean(),
                r.exact().tauSd()), r.exactTau(), r.exactTauDensity());
        tauGridEnd.setValue(Math.sqrt(gridMax));
        tauMeanGrid.setValue(g.tauMean());
        tauMeanExact.setValue(r.exact().tauMean());

        EightSchoolsExactResult.MuCurves m = r.muCurves();
        for (int k = 0; k < m.tau2().length; k++) {
            mu.setLine(k, String.format(Locale.ROOT, "τ² = %s (τ = %s): mean %.1f, sd %.1f", num(m.tau2()[k]),
                    num(Math.sqrt(m.tau2()[k])), m.mean()[k], m.sd()[k]), m.mu(), m.density()[k]);
        }

        updateShrinkage(r);
        updateForests(r);
        for (int s = 0; s < schools.size(); s++) {
            histograms.setHistogram(s, r.histograms().get(s), true);
            histograms.setCurve(s, r.thetaValues(), r.thetaDensity()[s]);
        }
        histograms.setLegend(String.format(Locale.ROOT, "%d ancestral draws (density)", r.drawCount()),
                "converged p(θₛ | X)");
    }

    private void updateShrinkage(EightSchoolsExactResult r) {
        EightSchoolsExactResult.ShrinkageCurves c = r.shrinkage();
        double right = c.tau()[c.tau().length - 1];
        double[] x = r.data().effects();
        for (int s = 0; s < schools.size(); s++) {
            shrinkage.setLine(s, schools.get(s), c.tau(), c.mean()[s]);
            // just past the no-pooling square; the axis keeps the name's width free beyond its range
            schoolLabels.get(s).setX(right * LABEL_AT);
            schoolLabels.get(s).setY(x[s]);
        }
        double[] rightEdge = new double[x.length];
        java.util.Arrays.fill(rightEdge, right);
        setPoints(0, "no pooling xₛ (right edge)", rightEdge, x);
        setPoints(1, String.format(Locale.ROOT, "complete pooling %.2f (flat prior on μ)", r.test().pooledMean()),
                new double[] {0}, new double[] {r.test().pooledMean()});
        shrinkage.setMarker(c.markerTau(), String.format(Locale.ROOT, "τ = %s", num(c.markerTau())),
                ChartStyle.WARNING);
    }

    @SuppressWarnings("deprecation") // a series is renamed in place so that its renderer style stays with it
    private void setPoints(int index, String name, double[] px, double[] py) {
        while (shrinkagePoints.getSeriesCount() <= index) {
            shrinkagePoints.addSeries(new org.jfree.data.xy.XYSeries("points " + index, false, true));
        }
        org.jfree.data.xy.XYSeries s = shrinkagePoints.getSeries(index);
        s.setNotify(false);
        s.setKey(name);
        s.clear();
        for (int i = 0; i < px.length; i++) {
            s.add(px[i], py[i], false);
        }
        s.setNotify(true);
    }

    /**
     * Shows both forests with another point estimate and interval width (a view option: nothing is
     * recomputed); the normal intervals (conditional posteriors, no and complete pooling) take the same width.
     */
    public void setPointInterval(PointInterval choice) {
        pointInterval = choice;
        labelForests();
        if (shown != null) {
            updateForests(shown);
        }
    }

    /** The point estimate and interval width of the forests. */
    public PointInterval pointInterval() {
        return pointInterval;
    }

    private void labelForests() {
        // the conditional posteriors at the marker are normal: their mean is their median
        forest.plot().getDomainAxis().setLabel("θₛ (" + unit + "): posterior mean = median, "
                + pointInterval.percent() + " interval");
        pooling.plot().getDomainAxis().setLabel("θₛ (" + unit + "): " + pointInterval.describe());
    }

    private void updateForests(EightSchoolsExactResult r) {
        shown = r;
        int j = schools.size();
        PointInterval pi = pointInterval;
        double z = pi.z();
        String zText = String.format(Locale.ROOT, "%.3g", z);
        double[] x = r.data().effects();
        double[] sigma = r.data().stderrs();
        double[] noLo = new double[j];
        double[] noHi = new double[j];
        for (int s = 0; s < j; s++) {
            noLo[s] = x[s] - z * sigma[s];
            noHi[s] = x[s] + z * sigma[s];
        }
        EightSchoolsExactResult.ShrinkageCurves c = r.shrinkage();
        double[] lo = new double[j];
        double[] hi = new double[j];
        for (int s = 0; s < j; s++) {
            lo[s] = c.markerMean()[s] - z * c.markerSd()[s];
            hi[s] = c.markerMean()[s] + z * c.markerSd()[s];
        }
        forest.setSeries(0, 2, "θₛ | τ, X (μ integrated out)", c.markerMean(), lo, hi);
        forest.setSeries(1, 2, "no pooling: xₛ ± " + zText + " σₛ", x, noLo, noHi);
        forest.chart().setTitle(String.format(Locale.ROOT, "Conditional posteriors at τ = %s", num(c.markerTau())));
        ChartStyle.apply(forest.chart());

        HomogeneityTest t = r.test();
        double[] pooledMid = new double[j];
        double[] pooledLo = new double[j];
        double[] pooledHi = new double[j];
        java.util.Arrays.fill(pooledMid, t.pooledMean());
        java.util.Arrays.fill(pooledLo, t.pooledMean() - z * t.pooledSd());
        java.util.Arrays.fill(pooledHi, t.pooledMean() + z * t.pooledSd());
        double[] hMid = new double[j];
        double[] hLo = new double[j];
        double[] hHi = new double[j];
        for (int s = 0; s < j; s++) {
            PointInterval.Summary d = summarize(pi, r.draws().get(s), r.thetaDraws()[s]);
            hMid[s] = d.point();
            hLo[s] = d.lower();
            hHi[s] = d.upper();
        }
        pooling.setSeries(0, 3, "no pooling: xₛ ± " + zText + " σₛ", x, noLo, noHi);
        pooling.setSeries(1, 3, "complete pooling: weighted mean ± " + zText + " sd", pooledMid, pooledLo, pooledHi);
        pooling.setSeries(2, 3, "hierarchical: ancestral " + pi.estimate().word() + ", " + pi.percent()
                + " interval", hMid, hLo, hHi);
    }

    /**
     * The point and interval of one school's draws: the table's summary of them when it is the one asked
     * for (the mean and the 5% and 95% quantiles, the default), which saved a pass over every school's
     * draws on the FX thread at each slider move; otherwise {@link #summarize(PointInterval, double[])}.
     */
    static PointInterval.Summary summarize(PointInterval pi, SampleSummary table, double[] draws) {
        if (pi.estimate() == PointInterval.Estimate.MEAN && Math.abs(pi.level() - TABLE_LEVEL) < 1e-12) {
            return new PointInterval.Summary(table.mean(), table.q5(), table.q95());
        }
        return summarize(pi, draws);
    }

    /**
     * {@link PointInterval#of} without its sort, which cost milliseconds on the FX thread at every slider
     * move: the quantiles are the same order statistics, found by counting; the mean is summed in draw order
     * rather than sorted order (the same to rounding, about 1e-16 relative).
     */
    static PointInterval.Summary summarize(PointInterval pi, double[] draws) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : draws) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        boolean median = pi.estimate() == PointInterval.Estimate.MEDIAN;
        // each quantile is found on its own: the median is left out when the mean is shown
        double[] q = median ? SampleSummary.quantiles(draws, min, max, pi.lowerProbability(), pi.upperProbability(), 0.5)
                : SampleSummary.quantiles(draws, min, max, pi.lowerProbability(), pi.upperProbability());
        double point = median ? q[2] : sum / draws.length;
        return new PointInterval.Summary(point, q[0], q[1]);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }

    /** Every k-th point so that at most MAX_DRAWN_POINTS are drawn (the last point is kept). */
    private static double[] thin(double[] v) {
        if (v.length <= MAX_DRAWN_POINTS) {
            return v;
        }
        int stride = (v.length + MAX_DRAWN_POINTS - 1) / MAX_DRAWN_POINTS;
        int n = (v.length - 1) / stride + 1;
        double[] out = new double[n + ((v.length - 1) % stride == 0 ? 0 : 1)];
        for (int i = 0; i < n; i++) {
            out[i] = v[i * stride];
        }
        out[out.length - 1] = v[v.length - 1];
        return out;
    }

    /** The p(tau^2 | X) figure. */
    public LineFigure tau2Figure() {
        return tau2;
    }

    /** The p(tau | X) figure. */
    public LineFigure tauFigure() {
        return tau;
    }

    /** The p(mu | tau^2, X) figure. */
    public LineFigure muFigure() {
        return mu;
    }

    /** The shrinkage figure. */
    public LineFigure shrinkageFigure() {
        return shrinkage;
    }

    /** The forest plot at the tau marker. */
    public ForestFigure forestFigure() {
        return forest;
    }

    /** The ancestral histograms. */
    public StackedHistogramFigure histogramFigure() {
        return histograms;
    }

    /** The pooling comparison. */
    public ForestFigure poolingFigure() {
        return pooling;
    }
}
