package org.shrinkagelab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeriesCollection;
import org.shrinkagelab.engine.sample.PosteriorPredictive;
import org.shrinkagelab.stats.KernelDensity;

/**
 * Posterior predictive checks as bayesplot's {@code ppc_intervals} and {@code ppc_dens_overlay} draw them:
 * (a) per observation the median, 50% and 90% intervals of the replicated data with the observed value
 * over them; (b) the kernel densities of several replicated data sets, light, under the observed data's.
 */
public final class PpcFigure {
    /** Replicated data sets drawn in the density overlay. */
    public static final int OVERLAY_DRAWS = 50;
    private static final int GRID = 200;
    private static final Color OBSERVED = new Color(20, 20, 20);
    private static final Color REPLICATED = new Color(86, 180, 233);

    private final XYIntervalSeriesCollection wide = new XYIntervalSeriesCollection();
    private final XYIntervalSeriesCollection inner = new XYIntervalSeriesCollection();
    private final XYSeriesCollection observedPoints = new XYSeriesCollection();
    private final JFreeChart intervals;
    private final LineFigure density = new LineFigure("Density overlay: y against y_rep", "y", "density");
    private final TextTitle intervalsNote = new TextTitle("", new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    private final TextTitle densityNote = new TextTitle("", new Font(Font.SANS_SERIF, Font.PLAIN, 12));

    /** Creates empty checks; {@code valueLabel} names the data (e.g. "treatment effect"). */
    public PpcFigure(String valueLabel) {
        NumberAxis y = new NumberAxis(valueLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(wide, new NumberAxis("observation"), y, errorRenderer(1.2f, ChartStyle.color(5)));
        plot.setDataset(1, inner);
        XYErrorRenderer median = errorRenderer(4.5f, ChartStyle.color(0));
        // The median as a light dot on the dark 50% bar, so it shows.
        median.setSeriesPaint(0, ChartStyle.color(5));
        median.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        plot.setRenderer(1, median);
        XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
        points.setSeriesPaint(0, OBSERVED);
        points.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        plot.setDataset(2, observedPoints);
        plot.setRenderer(2, points);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        intervals = new JFreeChart("Posterior predictive intervals", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(intervals);
        intervals.addSubtitle(intervalsNote);
        density.plot().getDomainAxis().setLabel(valueLabel);
        density.chart().addSubtitle(densityNote);
    }

    private static XYErrorRenderer errorRenderer(float width, Color color) {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setErrorStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        r.setCapLength(0);
        r.setErrorPaint(color);
        r.setSeriesPaint(0, color);
        r.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        return r;
    }

    /** The per-observation intervals chart. */
    public JFreeChart intervalsChart() {
        return intervals;
    }

    /** The density overlay chart. */
    public JFreeChart densityChart() {
        return density.chart();
    }

    /**
     * Shows observed data against replicates [replicate][observation].
     *
     * @param labels one label per observation for the intervals' axis (e.g. school names), or null for 1..N
     */
    public void update(double[] observed, double[][] replicates, List<String> labels) {
        if (replicates.length == 0 || replicates[0].length != observed.length) {
            throw new IllegalArgumentException("replicates must be a non-empty draws x " + observed.length
                    + " matrix, one column per observation");
        }
        if (labels != null && labels.size() != observed.length) {
            throw new IllegalArgumentException(labels.size() + " labels for " + observed.length + " observations");
        }
        int n = observed.length;
        PosteriorPredictive.Intervals q = PosteriorPredictive.intervals(replicates);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = labels == null ? i + 1 : i;
        }
        setIntervals(wide, "y_rep 90% interval", x, q.q50(), q.q5(), q.q95());
        setIntervals(inner, "y_rep 50% interval and median", x, q.q50(), q.q25(), q.q75());
        SeriesData.set(observedPoints, 0, "observed y", x, observed);
        XYPlot plot = intervals.getXYPlot();
        ValueAxis axis;
        if (labels == null) {
            NumberAxis numbers = new NumberAxis("observation");
            numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis = numbers;
        } else {
            SymbolAxis symbols = new SymbolAxis(null, labels.toArray(new String[0]));
            symbols.setGridBandsVisible(false);
            axis = symbols;
        }
        axis.setRange(x[0] - 0.7, x[n - 1] + 0.7);
        plot.setDomainAxis(axis);
        ChartStyle.apply(intervals);
        intervalsNote.setText(String.format(Locale.ROOT, "from %d replicated data sets; thick: 50%%, thin: 90%%",
                replicates.length));
        updateDensity(observed, replicates);
    }

    private void updateDensity(double[] observed, double[][] replicates) {
        int shown = Math.min(OVERLAY_DRAWS, replicates.length);
        double[] pooled = new double[observed.length * (shown + 1)];
        System.arraycopy(observed, 0, pooled, 0, observed.length);
        for (int r = 0; r < shown; r++) {
            System.arraycopy(replicates[overlayRow(r, shown, replicates.length)], 0, pooled,
                    observed.length * (r + 1), observed.length);
        }
        double[] range = DrawColumns.range(pooled, 0.005);
        double pad = 0.1 * (range[1] - range[0]);
        double[] grid = KernelDensity.grid(range[0] - pad, range[1] + pad, GRID);
        Color light = new Color(REPLICATED.getRed(), REPLICATED.getGreen(), REPLICATED.getBlue(), 90);
        density.setLine(0, "observed y", grid, kde(observed, grid));
        density.renderer().setSeriesPaint(0, OBSERVED);
        density.renderer().setSeriesStroke(0, new BasicStroke(2.6f));
        for (int r = 0; r < shown; r++) {
            int row = overlayRow(r, shown, replicates.length);
            density.setLine(r + 1, r == 0 ? "y_rep (" + shown + " replicated data sets)" : "y_rep " + (row + 1),
                    grid, kde(replicates[row], grid));
            density.renderer().setSeriesPaint(r + 1, light);
            density.renderer().setSeriesStroke(r + 1, new BasicStroke(1f));
            density.renderer().setSeriesVisibleInLegend(r + 1, r == 0);
        }
        density.keepLines(shown + 1);
        // The observed curve last in drawing order, so it is on top of the replicates.
        density.plot().setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.REVERSE);
        densityNote.setText("kernel densities (Silverman's bandwidth) of " + observed.length
                + " observations and of " + shown + " replicated data sets");
    }

    /** Which replicate is overlay line r: evenly spaced through all replicates. */
    static int overlayRow(int r, int shown, int total) {
        return (int) ((long) r * total / shown);
    }

    private static double[] kde(double[] values, double[] grid) {
        return KernelDensity.estimate(values, grid, KernelDensity.silvermanBandwidth(values), Double.NaN);
    }

    private static void setIntervals(XYIntervalSeriesCollection data, String name, double[] x, double[] mid,
                                     double[] lo, double[] hi) {
        if (data.getSeriesCount() == 0) {
            data.addSeries(new XYIntervalSeries(name, false, true));
        }
        XYIntervalSeries s = data.getSeries(0);
        s.setNotify(false);
        s.clear();
        for (int i = 0; i < x.length; i++) {
            s.add(x[i], x[i], x[i], mid[i], lo[i], hi[i]);
        }
        s.setNotify(true);
    }

    /** The 90% intervals (y value the median, y low and high the 5% and 95% quantiles), for tests. */
    public XYIntervalSeriesCollection wideIntervals() {
        return wide;
    }

    /** The 50% intervals (25% and 75% quantiles), for tests. */
    public XYIntervalSeriesCollection innerIntervals() {
        return inner;
    }

    /** The observed points, for tests. */
    public XYSeriesCollection observedPoints() {
        return observedPoints;
    }

    /** The density overlay's curves: series 0 the observed data, then the replicates, for tests. */
    public XYSeriesCollection densities() {
        return density.dataset();
    }
}
