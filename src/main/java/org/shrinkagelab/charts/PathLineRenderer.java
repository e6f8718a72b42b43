package org.shrinkagelab.charts;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * Lines drawn as one path per series, built in one go when the series starts and thinned to what the
 * screen can show: a point is left out when the polyline without it stays within {@value #TOLERANCE} of a
 * pixel of every point it skips (Douglas-Peucker), so a 1000-point density on a 400-pixel axis is drawn
 * with the hundred or so points its curvature needs and looks the same. JFreeChart's own path mode costs a
 * dozen map lookups per item in each of two passes and strokes every point. The fast way is taken only
 * for a series with {@link #setDrawSeriesLineAsPath path lines} on, no shapes and no item labels; any other
 * series is drawn by {@link XYLineAndShapeRenderer} as before. Where entities are collected (the on-screen
 * canvas, for hover tooltips), only the points the thinned path keeps get one: a few per pixel of curvature
 * instead of one per data point.
 */
public final class PathLineRenderer extends XYLineAndShapeRenderer {
    /** How far, in pixels, the drawn polyline may pass from a point it leaves out. */
    static final double TOLERANCE = 0.05;
    private static final long serialVersionUID = 1L;

    /** Whether the series being drawn takes the whole-path way (decided at its first item in each pass). */
    private transient boolean wholePath;

    /** Lines on, shapes off, as {@code new XYLineAndShapeRenderer(true, false)}. */
    public PathLineRenderer() {
        super(true, false);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        if (item == state.getFirstItemIndex()) {
            wholePath = takesWholePath(series, item, info);
        }
        if (!wholePath) {
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                    crosshairState, pass);
        } else if (isLinePass(pass) && item == state.getFirstItemIndex()) {
            drawWholeSeries(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, series, pass,
                    getItemCreateEntity(series, item) ? entities(info) : null);
        }
        // the item pass of such a series has nothing to draw: no shapes or labels, entities already added
    }

    private static EntityCollection entities(PlotRenderingInfo info) {
        return info == null || info.getOwner() == null ? null : info.getOwner().getEntityCollection();
    }

    private boolean takesWholePath(int series, int item, PlotRenderingInfo info) {
        return getDrawSeriesLineAsPath() && getItemVisible(series, item) && getItemLineVisible(series, item)
                && !getItemShapeVisible(series, item) && !isItemLabelVisible(series, item);
    }

    private void drawWholeSeries(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, XYPlot plot,
                                 ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int pass,
                                 EntityCollection entities) {
        int first = state.getFirstItemIndex();
        int last = state.getLastItemIndex();
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
        float[] px = new float[last - first + 1];
        float[] py = new float[px.length];
        boolean[] keep = new boolean[px.length];
        int[] items = new int[px.length];
        Path2D.Float path = new Path2D.Float(Path2D.WIND_NON_ZERO, px.length);
        int run = 0;
        for (int item = first; item <= last; item++) {
            double tx = domainAxis.valueToJava2D(dataset.getXValue(series, item), dataArea, xEdge);
            double ty = rangeAxis.valueToJava2D(dataset.getYValue(series, item), dataArea, yEdge);
            if (Double.isNaN(tx) || Double.isNaN(ty)) {
                // a gap: the path breaks here, as in JFreeChart's own path mode
                addRun(path, px, py, keep, run);
                addEntities(entities, dataset, series, px, py, keep, items, run);
                run = 0;
                continue;
            }
            px[run] = (float) (horizontal ? ty : tx);
            py[run] = (float) (horizontal ? tx : ty);
            items[run] = item;
            run++;
        }
        addRun(path, px, py, keep, run);
        addEntities(entities, dataset, series, px, py, keep, items, run);
        drawFirstPassShape(g2, pass, series, last, path);
    }

    private void addEntities(EntityCollection entities, XYDataset dataset, int series, float[] px, float[] py,
                             boolean[] keep, int[] items, int n) {
        if (entities == null) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                addEntity(entities, null, dataset, series, items[i], px[i], py[i]);
            }
        }
    }

    /** Adds the first n points as a polyline, thinned to the tolerance. */
    static void addRun(Path2D.Float path, float[] px, float[] py, boolean[] keep, int n) {
        if (n == 0) {
            return;
        }
        java.util.Arrays.fill(keep, 0, n, false);
        keep[0] = true;
        keep[n - 1] = true;
        markNeeded(px, py, keep, 0, n - 1);
        path.moveTo(px[0], py[0]);
        for (int i = 1; i < n; i++) {
            if (keep[i]) {
                path.lineTo(px[i], py[i]);
            }
        }
    }

    /** Douglas-Peucker on [from, to] (both kept): keeps the farthest point from the chord while it is too far. */
    private static void markNeeded(float[] px, float[] py, boolean[] keep, int from, int to) {
        int[] stack = new int[64];
        int top = 0;
        stack[top++] = from;
        stack[top++] = to;
        while (top > 0) {
            int b = stack[--top];
            int a = stack[--top];
            if (b - a < 2) {
                continue;
            }
            double dx = px[b] - px[a];
            double dy = py[b] - py[a];
            double len2 = dx * dx + dy * dy;
            double worst = -1;
            int at = -1;
            for (int i = a + 1; i < b; i++) {
                double ex = px[i] - px[a];
                double ey = py[i] - py[a];
                double d2;
                if (len2 == 0) {
                    d2 = ex * ex + ey * ey;
                } else {
                    // distance to the segment (not the line), so that a curve turning back is kept
                    double t = Math.max(0, Math.min(1, (ex * dx + ey * dy) / len2));
                    double fx = ex - t * dx;
                    double fy = ey - t * dy;
                    d2 = fx * fx + fy * fy;
                }
                if (d2 > worst) {
                    worst = d2;
                    at = i;
                }
            }
            if (worst > TOLERANCE * TOLERANCE) {
                keep[at] = true;
                if (top + 4 > stack.length) {
                    stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                }
                stack[top++] = a;
                stack[top++] = at;
                stack[top++] = at;
                stack[top++] = b;
            }
        }
    }
}
