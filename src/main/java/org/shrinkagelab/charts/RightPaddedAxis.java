package org.shrinkagelab.charts;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A horizontal number axis that leaves a fixed number of pixels free at the right end of the data
 * area, whatever the chart's size: text drawn just right of the last value (school names at the end
 * of their curves) stays inside the plot, which clips what it draws to the data area, and the label of
 * a tick at the axis's upper end stays inside the chart.
 */
public final class RightPaddedAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private double padding;
    /** NaN: a fixed padding; else the gap after half the upper tick's label. */
    private double upperTickGap = Double.NaN;
    private transient String measuredLabel;
    private transient double measuredWidth;

    /** An axis with the given label and no padding yet. */
    public RightPaddedAxis(String label) {
        super(label);
    }

    /** Leaves room for the widest of the texts in the given font, plus {@code gap} pixels. */
    public void padFor(List<String> texts, Font font, double gap) {
        double widest = 0;
        for (String t : texts) {
            widest = Math.max(widest, textWidth(t, font));
        }
        padding = widest + gap;
        upperTickGap = Double.NaN;
        fireChangeEvent();
    }

    /**
     * Leaves room for half the tick label of the upper bound, plus {@code gap} pixels: a tick at the axis's end
     * is labelled centred on it, so without the room half its label would overhang the plot and be cut off at
     * the chart's edge. The label is measured as drawn, in the tick unit and font in force.
     */
    public void padForUpperTickLabel(double gap) {
        upperTickGap = gap;
        fireChangeEvent();
    }

    /** The free pixels at the right end. */
    public double padding() {
        if (Double.isNaN(upperTickGap)) {
            return padding;
        }
        String label = getTickUnit().valueToString(getUpperBound());
        if (!label.equals(measuredLabel)) {
            measuredWidth = textWidth(label, getTickLabelFont());
            measuredLabel = label;
        }
        return measuredWidth / 2 + upperTickGap;
    }

    /** The width of a text in the font, in the chart's (Java2D) units. */
    public static double textWidth(String text, Font font) {
        return font.getStringBounds(text, MEASURE).getWidth();
    }

    @Override
    public double valueToJava2D(double value, Rectangle2D area, RectangleEdge edge) {
        return super.valueToJava2D(value, narrowed(area, edge), edge);
    }

    @Override
    public double java2DToValue(double java2DValue, Rectangle2D area, RectangleEdge edge) {
        return super.java2DToValue(java2DValue, narrowed(area, edge), edge);
    }

    private Rectangle2D narrowed(Rectangle2D area, RectangleEdge edge) {
        double padding = padding();
        if (!RectangleEdge.isTopOrBottom(edge) || padding <= 0) {
            return area;
        }
        // never take more than half the width: a tiny chart still shows its curves
        double w = Math.max(area.getWidth() / 2, area.getWidth() - padding);
        return new Rectangle2D.Double(area.getX(), area.getY(), w, area.getHeight());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RightPaddedAxis a && a.padding == padding
                && Double.compare(a.upperTickGap, upperTickGap) == 0 && super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
