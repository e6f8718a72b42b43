package org.shrinkagelab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/** Curves against a shared x axis (densities, shrinkage curves, convergence plots), with one optional marker. */
public final class LineFigure {
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final JFreeChart chart;
    private final PathLineRenderer renderer;
    private ValueMarker marker;

    /** Creates an empty line chart with the given title and axis labels. */
    public LineFigure(String title, String xLabel, String yLabel) {
        // ChartFactory.createXYLineChart's chart, on a plot that draws its frame without anti-aliasing
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        renderer = new PathLineRenderer();
        XYPlot plot = new CrispFrameXYPlot(data, x, new NumberAxis(yLabel), renderer);
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartFactory.getChartTheme().apply(chart);
        for (int i = 0; i < ChartStyle.PALETTE.length; i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        ChartStyle.apply(chart);
    }

    /** The chart. */
    public JFreeChart chart() {
        return chart;
    }

    /** The plot, for further settings (log axes, annotations). */
    public XYPlot plot() {
        return chart.getXYPlot();
    }

    /** The renderer, for per-series colours and strokes. */
    public XYLineAndShapeRenderer renderer() {
        return renderer;
    }

    /** Sets curve {@code index} (creating it if needed); non-finite points are skipped. */
    public void setLine(int index, String name, double[] x, double[] y) {
        SeriesData.set(data, index, name, x, y);
    }

    /** Keeps only the first {@code count} curves. */
    public void keepLines(int count) {
        SeriesData.truncate(data, count);
    }

    /** Number of curves shown. */
    public int lineCount() {
        return data.getSeriesCount();
    }

    /** The dataset, for tests that check what the figure shows. */
    public XYSeriesCollection dataset() {
        return data;
    }

    /** Shows (or moves) a vertical marker at x with a label; NaN removes it. */
    public void setMarker(double x, String label, Color color) {
        if (marker != null) {
            plot().removeDomainMarker(marker);
            marker = null;
        }
        if (Double.isFinite(x)) {
            marker = ChartStyle.verticalMarker(x, label, color);
            plot().addDomainMarker(marker);
        }
    }
}
