package org.shrinkagelab.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeriesCollection;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.stats.Histogram;
import org.shrinkagelab.stats.KernelDensity;

/** The marginal posterior of one parameter: a density histogram of all chains' draws and its kernel density. */
public final class MarginalDensityFigure {
    private static final int BINS = 50;
    private static final int GRID = 200;
    private static final int MAX_KDE_VALUES = 4000;
    /** The histogram covers the central 99.5%, so a few far draws do not squash it. */
    private static final double TAIL = 0.0025;

    private final HistogramFigure figure = new HistogramFigure("Posterior density", "value", "density");

    /** Creates an empty density plot. */
    public MarginalDensityFigure() {
        figure.setCurveColor(0, ChartStyle.color(6));
    }

    /** The chart. */
    public JFreeChart chart() {
        return figure.chart();
    }

    /** Shows the density of a parameter's draws ([chain][draw], pooled over chains). */
    public void update(String name, double[][] chains) {
        double[] all = Draws.pooled(chains);
        double[] range = DrawColumns.range(all, TAIL);
        figure.setHistogram(0, "draws", Histogram.of(all, BINS, range[0], range[1]), true);
        double[] grid = KernelDensity.grid(range[0], range[1], GRID);
        double[] kde = DrawColumns.thinned(all, MAX_KDE_VALUES);
        figure.setCurve(0, "kernel density", grid, kde.length < 2 ? new double[GRID]
                : KernelDensity.estimate(kde, grid, KernelDensity.silvermanBandwidth(kde), Double.NaN));
        figure.plot().getDomainAxis().setLabel(name);
        figure.chart().setTitle("Posterior of " + name);
    }

    /** The histogram bars, for tests. */
    public XYIntervalSeriesCollection histograms() {
        return figure.histograms();
    }

    /** The kernel density curve, for tests. */
    public XYSeriesCollection curves() {
        return figure.curves();
    }
}
