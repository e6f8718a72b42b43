package org.shrinkagelab.problems.fivedistricts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.shrinkagelab.charts.ArrowAnnotation;
import org.shrinkagelab.charts.ChartStyle;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.ForestFigure;
import org.shrinkagelab.charts.HistogramFigure;
import org.shrinkagelab.charts.LineFigure;
import org.shrinkagelab.charts.ScatterFigure;
import org.shrinkagelab.data.FiveDistrictsData;
import org.shrinkagelab.engine.diag.LooComparison;
import org.shrinkagelab.stats.Histogram;
import org.shrinkagelab.stats.KernelDensity;
import org.shrinkagelab.stats.PointInterval;
import org.shrinkagelab.workbench.ChainFigures;
import org.shrinkagelab.workbench.FigureNotes;

/**
 * Every figure of the Five Districts tab, built once and updated in place: the data with each model's fitted
 * lines, the forest plot of district and school slopes under the three models with shrinkage arrows, the
 * posteriors of mu, tau_d and tau_s over their exact densities, traces and ranks, the tau-prior sensitivity
 * overlays and the LOO comparison.
 */
public final class FiveDistrictsFigures {
    /** The problem id, first in every figure name. */
    public static final String ID = FiveDistrictsProblem.ID;
    private static final double Z90 = 1.6448536269514722;
    private static final int DENSITY_POINTS = 200;
    private static final int MAX_KDE_VALUES = 4000;
    private static final Color ARROW_COLOR = new Color(50, 50, 50, 210);
    private static final String[] MODEL_LABELS = {"(i) pooled", "(ii) independent", "(iii) hierarchical"};

    private final FigureNotes notes = new FigureNotes();
    private final ChainFigures chains = new ChainFigures(notes);
    private final ScatterFigure data = new ScatterFigure("Five Districts: improvement against hours studied",
            "hours studied", "mean score improvement (points)");
    private final XYIntervalSeriesCollection errorBars = new XYIntervalSeriesCollection();
    private final ForestFigure forest = new ForestFigure("Slopes by district and school (90% intervals)",
            "improvement per hour studied (points/hour)", List.of("–"));
    private final HistogramFigure mu = new HistogramFigure("Posterior of mu", "mu (points/hour)", "density");
    private final HistogramFigure tauD = new HistogramFigure("Posterior of tau_d", "tau_d (points/hour)", "density");
    private final HistogramFigure tauS = new HistogramFigure("Posterior of tau_s", "tau_s (points/hour)", "density");
    private final LineFigure sensitivityTauD = new LineFigure("tau_d under each tau prior", "tau_d (points/hour)",
            "density");
    private final LineFigure sensitivityTauS = new LineFigure("tau_s under each tau prior", "tau_s (points/hour)",
            "density");
    private final ForestFigure loo = new ForestFigure("PSIS-LOO: elpd_loo ± 1 se", "elpd_loo",
            List.of(MODEL_LABELS));
    private final List<ArrowAnnotation> arrows = new ArrayList<>();
    private PointInterval pointInterval = PointInterval.DEFAULT;
    private FiveDistrictsFitter.Comparison shownComparison;
    private LegendTitle arrowLegend;
    private TextTitle arrowHeading;
    private final List<Figure> figures;
    private FiveDistrictsData schools;
    private FiveDistrictsAnalysis analysis;
    private String traceParameter = "tau_s";

    /** Creates the empty figures. */
    public FiveDistrictsFigures() {
        XYErrorRenderer bars = new XYErrorRenderer();
        bars.setDrawXError(false);
        bars.setDefaultShapesVisible(true);
        bars.setDefaultLinesVisible(false);
        for (int i = 0; i < ChartStyle.PALETTE.length; i++) {
            bars.setSeriesPaint(i, ChartStyle.color(i));
        }
        data.plot().setDataset(2, errorBars);
        data.plot().setRenderer(2, bars);
        figures = List.of(
                new Figure(ID + "-data", data.chart()),
                new Figure(ID + "-forest", forest.chart()),
                new Figure(ID + "-mu-density", mu.chart()),
                new Figure(ID + "-tau-d-density", tauD.chart()),
                new Figure(ID + "-tau-s-density", tauS.chart()),
                new Figure(ID + "-trace", chains.trace().chart()),
                new Figure(ID + "-rank", chains.rank().chart()),
                new Figure(ID + "-sensitivity-tau-d", sensitivityTauD.chart()),
                new Figure(ID + "-sensitivity-tau-s", sensitivityTauS.chart()),
                new Figure(ID + "-loo", loo.chart()));
        for (Figure f : figures) {
            if (f.chart() != chains.trace().chart() && f.chart() != chains.rank().chart()) {
                notes.attach(f.chart());
            }
        }
    }

    /** Every figure, named for export. */
    public List<Figure> figures() {
        return figures;
    }

    /** The trace and rank figures, also shown live while sampling. */
    public ChainFigures chains() {
        return chains;
    }

    /** Shows the schools: one colour per district, error bars of ±1 stderr; clears the fitted lines. */
    public void setData(FiveDistrictsData d) {
        this.schools = d;
        errorBars.removeAllSeries();
        int[] index = d.districtIndex();
        for (int k = 0; k < d.districts().size(); k++) {
            XYIntervalSeries s = new XYIntervalSeries("district " + d.districts().get(k) + " (± 1 stderr)");
            for (int j = 0; j < d.size(); j++) {
                if (index[j] == k) {
                    double x = d.hours()[j];
                    double y = d.improvements()[j];
                    s.add(x, x, x, y, y - d.stderrs()[j], y + d.stderrs()[j]);
                }
            }
            errorBars.addSeries(s);
        }
        data.keepPoints(0);
        data.keepCurves(0);
        notes.note(data.chart(), d.size() + " schools in " + d.districts().size()
                + " districts; the shipped data are simulated (data/five_districts.md)");
        List<String> rows = new ArrayList<>();
        for (String name : d.districts()) {
            rows.add("district " + name);
        }
        for (FiveDistrictsData.School s : d.schools()) {
            rows.add("  " + s.school());
        }
        forest.setRowLabels(rows);
    }

    /** Shows a fit in the fitted-line, density, trace and rank figures. */
    public void update(FiveDistrictsAnalysis a) {
        this.analysis = a;
        if (!a.plottable().contains(traceParameter)) {
            traceParameter = a.plottable().get(0);
        }
        fittedLines(List.of(a));
        density(mu, a, "mu", a.exact() == null || a.exact().hierarchical() == null ? null
                : a.exact().hierarchical().muDensity());
        density(tauD, a, "tau_d", a.exact() == null || a.exact().hierarchical() == null ? null
                : a.exact().hierarchical().tauDDensity());
        density(tauS, a, "tau_s", a.exact() == null || a.exact().hierarchical() == null ? null
                : a.exact().hierarchical().tauSDensity());
        chains.show(a, traceParameter);
        String incomplete = a.incompleteNote();
        for (Figure f : figures.subList(0, 7)) {
            notes.warning(f.chart(), incomplete);
        }
    }

    /** Chooses the parameter of the trace and rank plots. */
    public void showParameter(String name) {
        traceParameter = name;
        if (analysis != null) {
            chains.show(analysis, name);
        }
    }

    /** Shows the three models: their fitted lines over the data, the forest plot and the LOO comparison. */
    public void updateComparison(FiveDistrictsFitter.Comparison c) {
        fittedLines(c.fits());
        updateForest(c);
        int n = MODEL_LABELS.length;
        double[] mid = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        StringBuilder k = new StringBuilder();
        for (SlopeModel m : SlopeModel.values()) {
            var result = c.of(m).loo();
            int i = m.ordinal();
            mid[i] = result.elpdLoo();
            lo[i] = result.elpdLoo() - result.seElpdLoo();
            hi[i] = result.elpdLoo() + result.seElpdLoo();
            k.append(k.length() == 0 ? "" : ", ").append(m.word()).append(' ')
                    .append(result.countKAbove(result.kThreshold())).append(" of ").append(result.observations());
        }
        loo.setSeries(0, 1, "elpd_loo ± se", mid, lo, hi);
        LooComparison.Row best = c.table().get(0);
        notes.note(loo.chart(), "best: " + best.model() + "; Pareto k above threshold: " + k
                + " (one datum per school: leaving it out removes all that is known of its slope)");
    }

    /** Overlays the hierarchical model's tau_d and tau_s posteriors under each tau prior. */
    public void updateSensitivity(List<FiveDistrictsAnalysis> fits) {
        overlay(sensitivityTauD, fits, "tau_d");
        overlay(sensitivityTauS, fits, "tau_s");
    }

    private void overlay(LineFigure figure, List<FiveDistrictsAnalysis> fits, String name) {
        double hi = 0;
        for (FiveDistrictsAnalysis f : fits) {
            double[] v = f.pooled(name).clone();
            Arrays.sort(v);
            hi = Math.max(hi, KernelDensity.quantileSorted(v, 0.99));
        }
        double[] grid = KernelDensity.grid(0, hi, DENSITY_POINTS);
        int i = 0;
        for (FiveDistrictsAnalysis f : fits) {
            double[] v = org.shrinkagelab.workbench.FitAnalysis.thin(f.pooled(name), MAX_KDE_VALUES);
            figure.setLine(i++, (name.equals("tau_d") ? f.request().tauD() : f.request().tauS()).toString(), grid,
                    KernelDensity.estimate(v, grid, KernelDensity.silvermanBandwidth(v), 0));
        }
        figure.keepLines(i);
        notes.note(figure.chart(), "hierarchical model, the same family on tau_d and tau_s; kernel densities "
                + "reflected at 0");
    }

    private void fittedLines(List<FiveDistrictsAnalysis> fits) {
        if (schools == null) {
            return;
        }
        double[] x = {0, Arrays.stream(schools.hours()).max().orElse(1) * 1.05};
        int curve = 0;
        for (FiveDistrictsAnalysis a : fits) {
            if (a.request().model() == SlopeModel.POOLED) {
                double b = mean(a.districtSlope(0));
                data.setCurve(curve, "(i) pooled: " + num(b) + " points/hour", x, new double[] {0, b * x[1]});
                data.setCurveColor(curve++, Color.BLACK);
                continue;
            }
            for (int d = 0; d < schools.districts().size(); d++) {
                double b = mean(a.districtSlope(d));
                String name = (a.request().model() == SlopeModel.INDEPENDENT ? "(ii) " : "(iii) ")
                        + schools.districts().get(d);
                data.setCurve(curve, name, x, new double[] {0, b * x[1]});
                data.setCurveColor(curve, ChartStyle.color(d));
                ((org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) data.plot().getRenderer(1)).setSeriesStroke(curve++, a.request().model() == SlopeModel.INDEPENDENT
                        ? new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0)
                        : new BasicStroke(2f));
            }
        }
        data.keepCurves(curve);
        notes.note(data.chart(), "lines through the origin at each model's posterior mean slope; dashed: (ii) "
                + "independent, solid: (iii) district slopes");
    }

    /**
     * Shows the forest with another point estimate and interval width (a view option: nothing is refitted);
     * the arrows then join the chosen point estimates.
     */
    public void setPointInterval(PointInterval choice) {
        pointInterval = choice;
        if (shownComparison != null) {
            updateForest(shownComparison);
        }
    }

    /** The point estimate and interval width of the forest. */
    public PointInterval pointInterval() {
        return pointInterval;
    }

    private void updateForest(FiveDistrictsFitter.Comparison c) {
        shownComparison = c;
        PointInterval pi = pointInterval;
        int districts = schools.districts().size();
        int rows = districts + schools.size();
        double[][] points = new double[SlopeModel.values().length][];
        for (SlopeModel m : SlopeModel.values()) {
            FiveDistrictsAnalysis a = c.of(m);
            double[] mid = new double[rows];
            double[] lo = new double[rows];
            double[] hi = new double[rows];
            for (int r = 0; r < rows; r++) {
                PointInterval.Summary slope = pi.of(r < districts ? a.districtSlope(r) : a.schoolSlope(r - districts));
                mid[r] = slope.point();
                lo[r] = slope.lower();
                hi[r] = slope.upper();
            }
            points[m.ordinal()] = mid;
            forest.setSeries(m.ordinal(), 3, MODEL_LABELS[m.ordinal()] + ": " + pi.describe(), mid, lo, hi);
        }
        forest.chart().setTitle("Slopes by district and school (" + pi.percent() + " intervals)");
        forest.plot().getDomainAxis().setLabel("improvement per hour studied (points/hour): " + pi.describe());
        arrows.forEach(x -> forest.plot().removeAnnotation(x, false));
        arrows.clear();
        int[] district = schools.districtIndex();
        int[] counts = new int[districts];
        for (int d : district) {
            counts[d]++;
        }
        for (int r = 0; r < rows; r++) {
            double from = points[SlopeModel.INDEPENDENT.ordinal()][r];
            double to = points[SlopeModel.HIERARCHICAL.ordinal()][r];
            int n = counts[r < districts ? r : district[r - districts]];
            ArrowAnnotation arrow = new ArrowAnnotation(from, forest.rowY(r, 1, 3), to, forest.rowY(r, 2, 3),
                    ARROW_COLOR, arrowWidth(n), arrowHead(n));
            arrows.add(arrow);
            forest.plot().addAnnotation(arrow, false);
        }
        arrowLegend(counts);
        forest.chart().fireChartChanged();
        notes.note(forest.chart(), "arrows: from (ii) independent to (iii) hierarchical posterior " + pi.estimate().word() + "s, as thick "
                + "as the district has schools; districts with fewer schools move further");
    }

    /**
     * The line width of a shrinkage arrow in a district of {@code n} schools: more schools, more data about the
     * district, a thicker arrow (1.15 points for one school, 0.55 more per school, at most 7), wide enough apart
     * to tell over the intervals it crosses.
     */
    static float arrowWidth(int n) {
        return (float) Math.min(7, 0.6 + 0.55 * n);
    }

    /** The head length of a shrinkage arrow in a district of {@code n} schools: it grows with the width, staying wider than the line. */
    static double arrowHead(int n) {
        return 5 + 1.6 * arrowWidth(n);
    }

    /** A second legend under the forest: one arrow sample per school count of the data. */
    private void arrowLegend(int[] counts) {
        JFreeChart chart = forest.chart();
        if (arrowLegend != null) {
            chart.removeSubtitle(arrowLegend);
            chart.removeSubtitle(arrowHeading);
        }
        Font font = chart.getLegend().getItemFont();
        LegendItemCollection items = new LegendItemCollection();
        for (int n : Arrays.stream(counts).distinct().sorted().toArray()) {
            LegendItem item = new LegendItem(n + (n == 1 ? " school" : " schools"), null, null, null,
                    new Line2D.Double(-12, 0, 12, 0), new BasicStroke(arrowWidth(n)), ARROW_COLOR);
            item.setLabelFont(font);
            items.add(item);
        }
        arrowLegend = new LegendTitle(() -> items);
        arrowLegend.setPosition(RectangleEdge.BOTTOM);
        arrowLegend.setFrame(BlockBorder.NONE);
        arrowLegend.setItemFont(font);
        arrowLegend.setBackgroundPaint(null);
        arrowHeading = new TextTitle("shrinkage arrows (ii) → (iii), line width by schools in the district:", font);
        arrowHeading.setPosition(RectangleEdge.BOTTOM);
        // Bottom subtitles stack upwards in the order added: the heading sits above its samples.
        chart.addSubtitle(arrowLegend);
        chart.addSubtitle(arrowHeading);
    }

    /** The shrinkage arrows of the forest plot, top row first, for tests. */
    public List<ArrowAnnotation> arrows() {
        return List.copyOf(arrows);
    }

    /** The legend of the arrows' widths, or null before the first comparison, for tests. */
    public LegendTitle arrowLegend() {
        return arrowLegend;
    }

    private void density(HistogramFigure figure, FiveDistrictsAnalysis a, String name,
                         HierarchicalSlopesReference.Density exact) {
        Histogram h = a.histogramOf(name);
        if (h == null) {
            figure.keepHistograms(0);
            figure.keepCurves(0);
            figure.setMarkers(new double[0], new String[0], ChartStyle.color(6));
            notes.note(figure.chart(), "the " + a.request().model().word() + " model has no " + name);
            return;
        }
        figure.setHistogram(0, "MCMC draws", h, true);
        if (exact != null) {
            double top = h.edges()[h.edges().length - 1];
            int k = 0;
            while (k < exact.x().length && exact.x()[k] <= top) {
                k++;
            }
            figure.setCurve(0, "exact, quadrature over (tau_d, tau_s)", Arrays.copyOf(exact.x(), k),
                    Arrays.copyOf(exact.density(), k));
        } else {
            figure.keepCurves(0);
        }
        double m = mean(a.pooled(name));
        figure.setMarkers(new double[] {m}, new String[] {"mean " + num(m)}, ChartStyle.color(6));
        notes.note(figure.chart(), a.label());
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    /** Two significant decimals, for notes. */
    static String num(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.3f", v);
    }

    /** The data figure, for tests. */
    public ScatterFigure data() {
        return data;
    }

    /** The forest plot, for tests. */
    public ForestFigure forest() {
        return forest;
    }

    /** The density figure of tau_s, for tests. */
    public HistogramFigure tauS() {
        return tauS;
    }

    /** The note under a figure's title, for tests. */
    public String noteOf(Figure figure) {
        return notes.noteOf(figure.chart());
    }

    /** The chart of a figure by its name's suffix (e.g. "forest"). */
    public JFreeChart chart(String suffix) {
        return figures.stream().filter(f -> f.name().equals(ID + "-" + suffix)).findFirst().orElseThrow().chart();
    }
}
