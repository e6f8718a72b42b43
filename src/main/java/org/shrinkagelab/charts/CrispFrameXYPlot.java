package org.shrinkagelab.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * An XY plot whose frame (background, outline, gridlines, axis lines and tick marks) is drawn without
 * anti-aliasing, while the data, markers, annotations and all text keep it. The frame is made of
 * horizontal and vertical lines on a data area JFreeChart rounds to whole pixels, where anti-aliasing
 * only smears each hairline over two pixels; in Java2D it was the costliest part of a redraw after the
 * curves (the anti-aliased outline alone scanned the whole plot). On screen the charts are drawn through
 * FXGraphics2D, which ignores this hint, so only offscreen images and PNG exports change: their frame
 * lines are one pixel wide and sharp.
 */
public final class CrispFrameXYPlot extends XYPlot {
    private static final long serialVersionUID = 1L;

    /** A plot of the dataset on these axes, drawn by the renderer, as {@link XYPlot#XYPlot(XYDataset, ValueAxis, ValueAxis, XYItemRenderer)}. */
    public CrispFrameXYPlot(XYDataset dataset, ValueAxis domainAxis, ValueAxis rangeAxis, XYItemRenderer renderer) {
        super(dataset, domainAxis, rangeAxis, renderer);
    }

    @Override
    public void drawBackground(Graphics2D g2, Rectangle2D area) {
        withoutAntialiasing(g2, () -> super.drawBackground(g2, area));
    }

    @Override
    public void drawOutline(Graphics2D g2, Rectangle2D area) {
        withoutAntialiasing(g2, () -> super.drawOutline(g2, area));
    }

    @Override
    protected void drawDomainGridlines(Graphics2D g2, Rectangle2D dataArea, List<ValueTick> ticks) {
        withoutAntialiasing(g2, () -> super.drawDomainGridlines(g2, dataArea, ticks));
    }

    @Override
    protected void drawRangeGridlines(Graphics2D g2, Rectangle2D area, List<ValueTick> ticks) {
        withoutAntialiasing(g2, () -> super.drawRangeGridlines(g2, area, ticks));
    }

    @Override
    protected Map<Axis, AxisState> drawAxes(Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                            PlotRenderingInfo plotState) {
        List<Map<Axis, AxisState>> states = new ArrayList<>(1);
        withoutAntialiasing(g2, () -> states.add(super.drawAxes(g2, plotArea, dataArea, plotState)));
        return states.get(0);
    }

    /** Draws part of the frame with shape anti-aliasing off, then gives both hints back. */
    private static void withoutAntialiasing(Graphics2D g2, Runnable part) {
        Saved saved = aliased(g2);
        try {
            part.run();
        } finally {
            restore(g2, saved);
        }
    }

    /** The two hints as they were before the frame was drawn. */
    private record Saved(Object shapes, Object text) {
    }

    /**
     * Turns shape anti-aliasing off and returns both hints as they were; text that followed the shapes'
     * hint (its own left at default) is kept anti-aliased.
     */
    private static Saved aliased(Graphics2D g2) {
        Saved saved = new Saved(g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING),
                g2.getRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING));
        if (RenderingHints.VALUE_ANTIALIAS_ON.equals(saved.shapes())
                && (saved.text() == null || RenderingHints.VALUE_TEXT_ANTIALIAS_DEFAULT.equals(saved.text()))) {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        }
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        return saved;
    }

    private static void restore(Graphics2D g2, Saved saved) {
        if (saved.shapes() != null) {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, saved.shapes());
        }
        if (saved.text() != null) {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, saved.text());
        }
    }
}
