package org.shrinkagelab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.shrinkagelab.stats.Histogram;

/**
 * Small multiples in one chart: one histogram per row on a shared x axis (a ridgeline plot), each
 * row with its own marker line, and one marker across all rows. Bar heights share one scale, so
 * rows compare; the tallest bar of all fills most of its row.
 */
public final class RidgeHistogramFigure {
    private static final double ROW_FILL = 0.85;
    private static final int MAX_COLORS = 2 * ChartStyle.PALETTE.length;

    private final XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
    private final XYBarRenderer renderer = new XYBarRenderer();
    private final JFreeChart chart;
    private ValueMarker marker;
    private final List<Double> rowMarkers = new ArrayList<>();

    /** Creates an empty ridgeline chart with the given title and x-axis label. */
    public RidgeHistogramFigure(String title, String xLabel) {
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        for (int i = 0; i < MAX_COLORS; i++) {
            Color c = rowColor(i);
            renderer.setSeriesPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), 110));
            renderer.setSeriesOutlinePaint(i, c);
            renderer.setSeriesOutlineStroke(i, new BasicStroke(1f));
        }
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(bars, x, rowAxis(List.of("")), renderer);
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        plot.setRangeGridlinesVisible(false);
    }

    /** The colour of a row: the palette, then its darker shades, so 20 rows stay distinct. */
    public static Color rowColor(int row) {
        Color c = ChartStyle.color(row);
        return Math.floorMod(row, MAX_COLORS) < ChartStyle.PALETTE.length ? c : c.darker();
    }

    private static SymbolAxis rowAxis(List<String> labels) {
        String[] bottomUp = new String[labels.size()];
        for (int i = 0; i < bottomUp.length; i++) {
            bottomUp[i] = labels.get(labels.size() - 1 - i);
        }
        SymbolAxis axis = new SymbolAxis(null, bottomUp);
        axis.setGridBandsVisible(false);
        axis.setRange(-0.1, labels.size() - 0.05);
        return axis;
    }

    /** The chart. */
    public JFreeChart chart() {
        return chart;
    }

    /** The plot, for further settings. */
    public XYPlot plot() {
        return chart.getXYPlot();
    }

    /** The y value of a row's baseline (row 0 is drawn at the top). */
    private static double baseline(int row, int rows) {
        return rows - 1 - row;
    }

    /**
     * Shows one histogram per row (top row first) with a marker line at {@code rowMarkers[row]}
     * in the row's colour; the number of rows may change.
     */
    @SuppressWarnings("deprecation") // a series is renamed in place so that its renderer style stays with it
    public void setRows(List<String> labels, List<Histogram> histograms, double[] markers) {
        int rows = labels.size();
        if (histograms.size() != rows || markers.length != rows) {
            throw new IllegalArgumentException("need one histogram and one marker per row: " + rows + " labels, "
                    + histograms.size() + " histograms, " + markers.length + " markers");
        }
        plot().setRangeAxis(rowAxis(labels));
        ChartStyle.apply(chart);
        double tallest = 0;
        for (Histogram h : histograms) {
            for (long c : h.counts()) {
                tallest = Math.max(tallest, c);
            }
        }
        double scale = tallest > 0 ? ROW_FILL / tallest : 0;
        for (int r = 0; r < rows; r++) {
            while (bars.getSeriesCount() <= r) {
                bars.addSeries(new XYIntervalSeries("row " + bars.getSeriesCount(), false, true));
            }
            XYIntervalSeries s = bars.getSeries(r);
            s.setNotify(false);
            if (!s.getKey().equals(labels.get(r))) {
                s.setKey(labels.get(r));
            }
            s.clear();
            Histogram h = histograms.get(r);
            double base = baseline(r, rows);
            for (int b = 0; b < h.counts().length; b++) {
                double lo = h.edges()[b];
                double hi = h.edges()[b + 1];
                double top = base + h.counts()[b] * scale;
                if (h.counts()[b] > 0) {
                    s.add(0.5 * (lo + hi), lo, hi, top, base, top);
                }
            }
            s.setNotify(true);
        }
        while (bars.getSeriesCount() > rows) {
            bars.removeSeries(bars.getSeriesCount() - 1);
        }
        rowMarkers.clear();
        List<XYLineAnnotation> lines = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            double base = baseline(r, rows);
            rowMarkers.add(markers[r]);
            lines.add(new XYLineAnnotation(markers[r], base, markers[r], base + 0.95,
                    new BasicStroke(2.5f), rowColor(r).darker()));
        }
        Annotations.replace(plot(), lines);
    }

    /** Shows (or moves) one labelled dashed vertical line across all rows. */
    public void setMarker(double x, String label, Color color) {
        if (marker != null) {
            plot().removeDomainMarker(marker);
        }
        marker = ChartStyle.verticalMarker(x, label, color);
        plot().addDomainMarker(marker);
    }

    /** The bars' dataset (y values are offset by the row baseline), for tests. */
    public XYIntervalSeriesCollection dataset() {
        return bars;
    }

    /** The per-row marker positions, top row first, for tests. */
    public List<Double> rowMarkers() {
        return List.copyOf(rowMarkers);
    }

    /** The position of the marker across rows, or NaN if none, for tests. */
    public double marker() {
        return marker == null ? Double.NaN : marker.getValue();
    }
}
