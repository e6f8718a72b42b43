package org.shrinkagelab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeriesCollection;
import org.shrinkagelab.stats.Histogram;

/**
 * Histograms (semi-transparent, overlaid), curves drawn over them, and vertical markers: labelled on the
 * plot, or named in the legend with a colour and dash of their own ({@link MarkerLine}).
 */
public final class HistogramFigure {
    /**
     * A vertical line named in the legend.
     *
     * @param x      where it stands
     * @param legend its name in the legend
     * @param color  its colour
     * @param dash   its dash pattern (lengths of dash and gap, in points)
     */
    public record MarkerLine(double x, String legend, Color color, float[] dash) {
    }

    private final XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
    private final XYSeriesCollection curves = new XYSeriesCollection();
    private final List<ValueMarker> markers = new ArrayList<>();
    private final List<LegendItem> markerLegend = new ArrayList<>();
    private final JFreeChart chart;

    /** Creates an empty histogram chart with the given title and axis labels. */
    public HistogramFigure(String title, String xLabel, String yLabel) {
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        for (int i = 0; i < ChartStyle.PALETTE.length; i++) {
            Color c = ChartStyle.color(i);
            barRenderer.setSeriesPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), 120));
        }
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(yLabel);
        XYPlot plot = new XYPlot(bars, x, y, barRenderer);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < ChartStyle.PALETTE.length; i++) {
            lineRenderer.setSeriesPaint(i, ChartStyle.color(i + 6));
            lineRenderer.setSeriesStroke(i, new BasicStroke(2.2f));
        }
        plot.setDataset(1, curves);
        plot.setRenderer(1, lineRenderer);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        LegendItemSource lines = this::markerLegend;
        chart.getLegend().setSources(new LegendItemSource[] {plot, lines});
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

    /** Sets histogram {@code index} to the given bins (heights as counts or densities, as computed). */
    @SuppressWarnings("deprecation") // a series is renamed in place so that its renderer style stays with it
    public void setHistogram(int index, String name, Histogram h, boolean density) {
        while (bars.getSeriesCount() <= index) {
            bars.addSeries(new XYIntervalSeries("histogram " + bars.getSeriesCount(), false, true));
        }
        XYIntervalSeries s = bars.getSeries(index);
        s.setNotify(false);
        if (!s.getKey().equals(name)) {
            s.setKey(name);
        }
        s.clear();
        double[] heights = density ? h.densities() : h.countsAsDouble();
        for (int i = 0; i < heights.length; i++) {
            double lo = h.edges()[i];
            double hi = h.edges()[i + 1];
            s.add(0.5 * (lo + hi), lo, hi, heights[i], 0, heights[i]);
        }
        s.setNotify(true);
    }

    /** Keeps only the first {@code count} histograms. */
    public void keepHistograms(int count) {
        while (bars.getSeriesCount() > count) {
            bars.removeSeries(bars.getSeriesCount() - 1);
        }
    }

    /** Sets curve {@code index} drawn over the bars (an exact density, say). */
    public void setCurve(int index, String name, double[] x, double[] y) {
        SeriesData.set(curves, index, name, x, y);
    }

    /** Sets the colour of curve {@code index} (the default palette continues after the bars' colours). */
    public void setCurveColor(int index, Color color) {
        plot().getRenderer(1).setSeriesPaint(index, color);
    }

    /** Keeps only the first {@code count} curves. */
    public void keepCurves(int count) {
        SeriesData.truncate(curves, count);
    }

    /** Replaces the vertical markers with these (x, label) pairs, in the given colour. */
    public void setMarkers(double[] xs, String[] labels, Color color) {
        clearMarkers();
        for (int i = 0; i < xs.length; i++) {
            addMarker(ChartStyle.verticalMarker(xs[i], labels[i], color));
        }
        chart.fireChartChanged();
    }

    /** Replaces the vertical markers with these lines, each named in the legend with its colour and dash. */
    public void setMarkerLines(List<MarkerLine> lines) {
        clearMarkers();
        for (MarkerLine line : lines) {
            ValueMarker m = ChartStyle.verticalMarker(line.x(), null, line.color());
            m.setStroke(ChartStyle.dashed(line.dash()));
            addMarker(m);
            markerLegend.add(new LegendItem(line.legend(), null, null, null, new Line2D.Double(-9, 0, 9, 0),
                    m.getStroke(), line.color()));
        }
        chart.fireChartChanged();
    }

    /** The legend items of the marker lines, for tests. */
    public LegendItemCollection markerLegend() {
        LegendItemCollection items = new LegendItemCollection();
        markerLegend.forEach(items::add);
        return items;
    }

    /** The vertical markers shown, for tests. */
    public List<ValueMarker> markers() {
        return List.copyOf(markers);
    }

    private void clearMarkers() {
        markers.forEach(m -> plot().removeDomainMarker(m));
        markers.clear();
        markerLegend.clear();
    }

    private void addMarker(ValueMarker m) {
        markers.add(m);
        plot().addDomainMarker(m);
    }

    /** The bars' dataset, for tests that check what the figure shows. */
    public XYIntervalSeriesCollection histograms() {
        return bars;
    }

    /** The curves' dataset, for tests. */
    public XYSeriesCollection curves() {
        return curves;
    }
}
