package org.shrinkagelab.charts;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * A forest plot: one row per unit (school), a point and a horizontal interval per estimate
 * kind (no pooling, pooled, hierarchical), the kinds offset slightly within a row.
 */
public final class ForestFigure {
    private final XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    private final JFreeChart chart;
    private final XYErrorRenderer renderer = new XYErrorRenderer();
    private int rows;

    /** Creates a forest plot with the given title, value-axis label and row labels (top row first). */
    public ForestFigure(String title, String valueLabel, List<String> rowLabels) {
        NumberAxis x = new NumberAxis(valueLabel);
        x.setAutoRangeIncludesZero(false);
        renderer.setDrawYError(false);
        renderer.setDrawXError(true);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setCapLength(6);
        for (int i = 0; i < ChartStyle.PALETTE.length; i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        XYPlot plot = new CrispFrameXYPlot(data, x, rowAxis(rowLabels), renderer);
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        plot.getRangeAxis().setTickLabelFont(plot.getDomainAxis().getTickLabelFont());
    }

    private SymbolAxis rowAxis(List<String> rowLabels) {
        rows = rowLabels.size();
        String[] reversed = new String[rows];
        for (int i = 0; i < rows; i++) {
            reversed[i] = rowLabels.get(rows - 1 - i);
        }
        SymbolAxis axis = new SymbolAxis(null, reversed);
        axis.setGridBandsVisible(false);
        axis.setRange(-0.7, rows - 0.3);
        return axis;
    }

    /** Replaces the row labels (the number of rows may change). */
    public void setRowLabels(List<String> rowLabels) {
        plot().setRangeAxis(rowAxis(rowLabels));
        ChartStyle.apply(chart);
    }

    /** The chart. */
    public JFreeChart chart() {
        return chart;
    }

    /** The plot, for annotations (shrinkage arrows). */
    public XYPlot plot() {
        return chart.getXYPlot();
    }

    /** The y coordinate at which series {@code index} of {@code count} draws row {@code row} (top row is 0). */
    public double rowY(int row, int index, int count) {
        double spread = count <= 1 ? 0 : 0.5;
        double offset = count <= 1 ? 0 : spread / 2 - spread * index / (count - 1);
        return rows - 1 - row + offset;
    }

    /** Sets estimate kind {@code index} of {@code count}: a point and [lo, hi] per row. */
    @SuppressWarnings("deprecation") // a series is renamed in place so that its renderer style stays with it
    public void setSeries(int index, int count, String name, double[] mid, double[] lo, double[] hi) {
        while (data.getSeriesCount() <= index) {
            data.addSeries(new XYIntervalSeries("series " + data.getSeriesCount(), false, true));
        }
        XYIntervalSeries s = data.getSeries(index);
        s.setNotify(false);
        if (!s.getKey().equals(name)) {
            s.setKey(name);
        }
        s.clear();
        for (int r = 0; r < mid.length; r++) {
            double y = rowY(r, index, count);
            s.add(mid[r], lo[r], hi[r], y, y, y);
        }
        s.setNotify(true);
    }

    /** Keeps only the first {@code count} estimate kinds. */
    public void keepSeries(int count) {
        while (data.getSeriesCount() > count) {
            data.removeSeries(data.getSeriesCount() - 1);
        }
    }

    /** The dataset, for tests. */
    public XYIntervalSeriesCollection dataset() {
        return data;
    }
}
