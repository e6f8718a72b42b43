package org.shrinkagelab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/** The one look of every chart: white background, light grid, readable fonts, a palette that prints. */
public final class ChartStyle {
    /** A colour-blind-friendly palette (Okabe and Ito), in series order. */
    public static final Color[] PALETTE = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
        new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0), new Color(240, 228, 66),
        new Color(120, 120, 120), new Color(150, 60, 30)
    };
    /** The colour that marks problems (divergences, refused values). */
    public static final Color WARNING = new Color(220, 20, 20);

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private ChartStyle() {
    }

    /** The palette colour of a series index, cycling. */
    public static Color color(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    /** Applies the house style to a chart and returns it. */
    public static JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(TICK);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        Plot plot = chart.getPlot();
        // the chart's white is already behind the plot: filling it again cost a full-area fill per draw
        plot.setBackgroundPaint(null);
        plot.setOutlinePaint(new Color(180, 180, 180));
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(new Color(225, 225, 225));
            xy.setRangeGridlinePaint(new Color(225, 225, 225));
            xy.setDomainGridlinesVisible(true);
            xy.setRangeGridlinesVisible(true);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                style(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                style(xy.getRangeAxis(i));
            }
        }
        return chart;
    }

    private static void style(ValueAxis axis) {
        if (axis != null) {
            axis.setLabelFont(LABEL);
            axis.setTickLabelFont(TICK);
        }
    }

    /** A 1.5-point line with this dash pattern (lengths of dash and gap, in points). */
    public static BasicStroke dashed(float[] dash) {
        return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash.clone(), 0f);
    }

    /** A labelled vertical dashed line at x, for markers such as the observed value or tau. */
    public static ValueMarker verticalMarker(double x, String label, Color color) {
        ValueMarker m = new ValueMarker(x);
        m.setPaint(color);
        m.setStroke(dashed(new float[] {6f, 4f}));
        if (label != null) {
            m.setLabel(label);
            m.setLabelFont(TICK);
            m.setLabelPaint(color);
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        }
        return m;
    }
}
