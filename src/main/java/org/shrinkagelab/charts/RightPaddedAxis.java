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
 * of their curves) stays inside the plot, which clips what it draws to the data area.
 */
public final class RightPaddedAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private double padding;

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
        fireChangeEvent();
    }

    /** The free pixels at the right end. */
    public double padding() {
        return padding;
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
        if (!RectangleEdge.isTopOrBottom(edge) || padding <= 0) {
            return area;
        }
        // never take more than half the width: a tiny chart still shows its curves
        double w = Math.max(area.getWidth() / 2, area.getWidth() - padding);
        return new Rectangle2D.Double(area.getX(), area.getY(), w, area.getHeight());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RightPaddedAxis a && a.padding == padding && super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
