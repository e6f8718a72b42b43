package org.shrinkagelab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * An arrow between two points given in data coordinates (a shrinkage arrow from an estimate to
 * its posterior mean), with a filled head at the end point; line width and head length may carry a
 * quantity (e.g. the data behind the estimate).
 */
public final class ArrowAnnotation extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final double HEAD = 7;
    private static final float WIDTH = 1.3f;
    /** The arrow stops this far (in points) short of its end so a marker drawn there does not hide the head. */
    private static final double GAP = 5;

    private final double x0;
    private final double y0;
    private final double x1;
    private final double y1;
    private final transient Color color;
    private final float width;
    private final double headLength;

    /** Creates an arrow from (x0, y0) to (x1, y1) in the given colour, of the standard width and head. */
    public ArrowAnnotation(double x0, double y0, double x1, double y1, Color color) {
        this(x0, y0, x1, y1, color, WIDTH, HEAD);
    }

    /** Creates an arrow from (x0, y0) to (x1, y1) with a line {@code width} and a head {@code headLength} points long. */
    public ArrowAnnotation(double x0, double y0, double x1, double y1, Color color, float width, double headLength) {
        if (!(width > 0 && headLength > 0)) {
            throw new IllegalArgumentException("arrow width and head must be positive, were " + width + ", "
                    + headLength);
        }
        this.x0 = x0;
        this.y0 = y0;
        this.x1 = x1;
        this.y1 = y1;
        this.color = color;
        this.width = width;
        this.headLength = headLength;
    }

    /** The line width in points. */
    public float width() {
        return width;
    }

    /** The head's length in points. */
    public double headLength() {
        return headLength;
    }

    /** The start x in data coordinates. */
    public double startX() {
        return x0;
    }

    /** The end x in data coordinates. */
    public double endX() {
        return x1;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        PlotOrientation orientation = plot.getOrientation();
        RectangleEdge domainEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), orientation);
        RectangleEdge rangeEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), orientation);
        double sx = domainAxis.valueToJava2D(x0, area, domainEdge);
        double sy = rangeAxis.valueToJava2D(y0, area, rangeEdge);
        double ex = domainAxis.valueToJava2D(x1, area, domainEdge);
        double ey = rangeAxis.valueToJava2D(y1, area, rangeEdge);
        double full = Math.hypot(ex - sx, ey - sy);
        if (!(full > GAP + 1)) {
            return;
        }
        double ux = (ex - sx) / full;
        double uy = (ey - sy) / full;
        ex -= ux * GAP;
        ey -= uy * GAP;
        double length = full - GAP;
        double head = Math.min(headLength, length);
        g2.setPaint(color);
        g2.setStroke(new BasicStroke(width));
        g2.draw(new Line2D.Double(sx, sy, ex - ux * head * 0.8, ey - uy * head * 0.8));
        Path2D.Double tip = new Path2D.Double();
        tip.moveTo(ex, ey);
        tip.lineTo(ex - ux * head - uy * head * 0.45, ey - uy * head + ux * head * 0.45);
        tip.lineTo(ex - ux * head + uy * head * 0.45, ey - uy * head - ux * head * 0.45);
        tip.closePath();
        g2.fill(tip);
    }
}
