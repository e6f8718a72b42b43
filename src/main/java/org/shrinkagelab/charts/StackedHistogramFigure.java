package org.shrinkagelab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeriesCollection;
import org.shrinkagelab.stats.Histogram;

/**
 * Small multiples: one histogram panel per group (school) stacked over a shared x axis, each with
 * a curve drawn over it (an exact density, say), so groups can be compared without overlap.
 */
public final class StackedHistogramFigure {
    private final List<XYIntervalSeriesCollection> bars = new ArrayList<>();
    private final List<XYSeriesCollection> curves = new ArrayList<>();
    private final CombinedDomainXYPlot plot;
    private JFreeChart chart;

    /**
     * Creates one panel per label (top first), sharing the x axis.
     *
     * @param barLegend   the legend entry of the histograms
     * @param curveLegend the legend entry of the curves
     */
    public StackedHistogramFigure(String title, String xLabel, List<String> panelLabels, String barLegend,
                                  String curveLegend) {
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        plot = new CombinedDomainXYPlot(x);
        plot.setGap(4);
        setPanels(panelLabels);
        setLegend(barLegend, curveLegend);
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        styleSubplots();
    }

    /** Replaces the panels (their number may change), emptied, one per label, top first. */
    public void setPanels(List<String> panelLabels) {
        for (Object o : new ArrayList<>(plot.getSubplots())) {
            plot.remove((XYPlot) o);
        }
        bars.clear();
        curves.clear();
        for (int i = 0; i < panelLabels.size(); i++) {
            XYIntervalSeriesCollection b = new XYIntervalSeriesCollection();
            XYSeriesCollection c = new XYSeriesCollection();
            XYBarRenderer barRenderer = new XYBarRenderer();
            barRenderer.setBarPainter(new StandardXYBarPainter());
            barRenderer.setShadowVisible(false);
            barRenderer.setDrawBarOutline(false);
            Color colour = ChartStyle.color(i);
            barRenderer.setSeriesPaint(0, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 130));
            XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
            lineRenderer.setSeriesPaint(0, Color.BLACK);
            lineRenderer.setSeriesStroke(0, new BasicStroke(1.6f));
            NumberAxis y = new NumberAxis(panelLabels.get(i));
            y.setTickLabelsVisible(false);
            y.setTickMarksVisible(false);
            y.setLabelAngle(Math.PI / 2);
            XYPlot sub = new CrispFrameXYPlot(b, null, y, barRenderer);
            sub.setDataset(1, c);
            sub.setRenderer(1, lineRenderer);
            sub.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
            sub.setRangeGridlinesVisible(false);
            plot.add(sub, 1);
            bars.add(b);
            curves.add(c);
        }
        if (chart != null) {
            styleSubplots();
        }
    }

    private void styleSubplots() {
        for (Object o : plot.getSubplots()) {
            XYPlot sub = (XYPlot) o;
            sub.setBackgroundPaint(null); // the chart's white behind, as ChartStyle does
            sub.setOutlinePaint(new Color(180, 180, 180));
            sub.setDomainGridlinePaint(new Color(225, 225, 225));
            sub.getRangeAxis().setLabelFont(plot.getDomainAxis().getLabelFont());
        }
    }

    /** Replaces the two legend entries (e.g. to show the number of draws). */
    public void setLegend(String barLegend, String curveLegend) {
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(barLegend, ChartStyle.color(0)));
        legend.add(new LegendItem(curveLegend, null, null, null, new java.awt.geom.Line2D.Double(-7, 0, 7, 0),
                new BasicStroke(1.6f), Color.BLACK));
        plot.setFixedLegendItems(legend);
    }

    /** Sets the bar colour of a panel. */
    public void setPanelColor(int panel, Color colour) {
        XYPlot sub = plot.getSubplots().get(panel);
        sub.getRenderer().setSeriesPaint(0, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 130));
    }

    /** The chart. */
    public JFreeChart chart() {
        return chart;
    }

    /** The combined plot, for further settings. */
    public CombinedDomainXYPlot plot() {
        return plot;
    }

    /** The number of panels. */
    public int panels() {
        return bars.size();
    }

    /** Sets the histogram of a panel (heights as densities or counts). */
    public void setHistogram(int panel, Histogram h, boolean density) {
        XYIntervalSeriesCollection data = bars.get(panel);
        if (data.getSeriesCount() == 0) {
            data.addSeries(new XYIntervalSeries("histogram", false, true));
        }
        XYIntervalSeries s = data.getSeries(0);
        s.setNotify(false);
        s.clear();
        double[] heights = density ? h.densities() : h.countsAsDouble();
        for (int i = 0; i < heights.length; i++) {
            double lo = h.edges()[i];
            double hi = h.edges()[i + 1];
            s.add(0.5 * (lo + hi), lo, hi, heights[i], 0, heights[i]);
        }
        s.setNotify(true);
    }

    /** Sets the curve drawn over a panel's histogram. */
    public void setCurve(int panel, double[] x, double[] y) {
        SeriesData.set(curves.get(panel), 0, "curve", x, y);
    }

    /** A panel's histogram dataset, for tests. */
    public XYIntervalSeriesCollection histogram(int panel) {
        return bars.get(panel);
    }

    /** A panel's curve dataset, for tests. */
    public XYSeriesCollection curve(int panel) {
        return curves.get(panel);
    }
}
