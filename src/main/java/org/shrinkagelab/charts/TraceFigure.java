package org.shrinkagelab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Trace plots of MCMC chains: one thin line per chain against the iteration, and a rug of red
 * ticks along the bottom edge at the iterations where a chain's transition diverged.
 */
public final class TraceFigure {
    private final XYSeriesCollection traces = new XYSeriesCollection();
    private final XYSeriesCollection rug = new XYSeriesCollection();
    private final JFreeChart chart;

    /** Creates an empty trace plot with the given title and axis labels. */
    public TraceFigure(String title, String xLabel, String yLabel) {
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        // Room below the lowest value, so the divergence rug does not hide the trace.
        y.setLowerMargin(0.12);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < ChartStyle.PALETTE.length; i++) {
            Color c = ChartStyle.color(i);
            lines.setSeriesPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), 170));
            lines.setSeriesStroke(i, new BasicStroke(0.8f));
        }
        XYPlot plot = new XYPlot(traces, x, y, lines);
        // The rug lives on its own fixed [0, 1] axis so its ticks stay at the bottom whatever the data range.
        NumberAxis rugAxis = new NumberAxis();
        rugAxis.setRange(0, 1);
        rugAxis.setVisible(false);
        plot.setRangeAxis(1, rugAxis);
        plot.setDataset(1, rug);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer ticks = new XYLineAndShapeRenderer(false, true);
        ticks.setSeriesPaint(0, ChartStyle.WARNING);
        ticks.setSeriesShape(0, new Line2D.Double(0, -14, 0, 0));
        ticks.setSeriesShapesFilled(0, false);
        ticks.setUseOutlinePaint(false);
        ticks.setDrawOutlines(true);
        ticks.setSeriesOutlineStroke(0, new BasicStroke(1.6f));
        plot.setRenderer(1, ticks);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
    }

    /** The chart. */
    public JFreeChart chart() {
        return chart;
    }

    /** The plot, for further settings. */
    public XYPlot plot() {
        return chart.getXYPlot();
    }

    /** Sets chain {@code index}'s trace: values[i] is drawn at iterations[i] (thinned traces skip iterations). */
    public void setTrace(int index, String name, double[] iterations, double[] values) {
        SeriesData.set(traces, index, name, iterations, values);
    }

    /** Keeps only the first {@code count} traces. */
    public void keepTraces(int count) {
        SeriesData.truncate(traces, count);
    }

    /** Sets the divergence rug: one red tick at each listed iteration (of any chain). */
    public void setDivergences(String name, double[] iterations) {
        SeriesData.set(rug, 0, name, iterations, new double[iterations.length]);
    }

    /** The traces' dataset, for tests. */
    public XYSeriesCollection traceData() {
        return traces;
    }

    /** The rug's dataset, for tests. */
    public XYSeriesCollection rugData() {
        return rug;
    }
}
