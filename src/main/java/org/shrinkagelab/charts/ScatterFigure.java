package org.shrinkagelab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/** Point clouds (small translucent dots) with curves drawn over them (ellipses, fitted lines). */
public final class ScatterFigure {
    private final XYSeriesCollection points = new XYSeriesCollection();
    private final XYSeriesCollection curves = new XYSeriesCollection();
    private final XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
    private final XYLineAndShapeRenderer curveRenderer = new XYLineAndShapeRenderer(true, false);
    private final JFreeChart chart;

    /** Creates an empty scatter chart with the given title and axis labels. */
    public ScatterFigure(String title, String xLabel, String yLabel) {
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        for (int i = 0; i < ChartStyle.PALETTE.length; i++) {
            Color c = ChartStyle.color(i);
            pointRenderer.setSeriesPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), 110));
            pointRenderer.setSeriesShape(i, new Ellipse2D.Double(-2, -2, 4, 4));
            curveRenderer.setSeriesPaint(i, c.darker());
            curveRenderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        // A curve is one path, not hundreds of short segments: each segment would restart a dash
        // pattern, so a dashed ellipse came out solid while its legend showed it dashed.
        curveRenderer.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(points, x, y, pointRenderer);
        plot.setDataset(1, curves);
        plot.setRenderer(1, curveRenderer);
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

    /** Sets point cloud {@code index}. */
    public void setPoints(int index, String name, double[] x, double[] y) {
        SeriesData.set(points, index, name, x, y);
    }

    /** Sets point cloud {@code index} to the first {@code count} rows (x, y) of a sample. */
    public void setPoints(int index, String name, double[][] rows, int count) {
        double[] x = new double[count];
        double[] y = new double[count];
        for (int i = 0; i < count; i++) {
            x[i] = rows[i][0];
            y[i] = rows[i][1];
        }
        setPoints(index, name, x, y);
    }

    /** Sets point cloud {@code index} with an explicit colour (e.g. red for divergent draws). */
    public void setPoints(int index, String name, double[] x, double[] y, Color color) {
        setPoints(index, name, x, y);
        pointRenderer.setSeriesPaint(index, color);
    }

    /** Keeps only the first {@code count} point clouds. */
    public void keepPoints(int count) {
        SeriesData.truncate(points, count);
    }

    /** Sets curve {@code index} (drawn in the order of its points, so closed curves repeat the first point). */
    public void setCurve(int index, String name, double[] x, double[] y) {
        SeriesData.set(curves, index, name, x, y);
    }

    /** Sets the colour of curve {@code index}. */
    public void setCurveColor(int index, Color color) {
        curveRenderer.setSeriesPaint(index, color);
    }

    /** Keeps only the first {@code count} curves. */
    public void keepCurves(int count) {
        SeriesData.truncate(curves, count);
    }

    /** The point clouds' dataset, for tests. */
    public XYSeriesCollection pointData() {
        return points;
    }

    /** The curves' dataset, for tests. */
    public XYSeriesCollection curveData() {
        return curves;
    }
}
