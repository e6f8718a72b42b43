package org.shrinkagelab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.plot.XYPlot;

/**
 * Replaces a plot's annotations so that the chart is redrawn once, and right on screen.
 * Two on-screen (FXGraphics2D) faults are worked around here: {@code clearAnnotations()} draws an
 * empty frame whose clip state then leaks into the next one (the chart loses its title and gets a
 * black frame), and the first shape drawn after the plot sets its clip gets a stale stroke and paint
 * (the first arrow came out thin and headless). PNG and SVG export were never affected.
 */
public final class Annotations {
    private static final Color TRANSPARENT = new Color(0, 0, 0, 0);

    private Annotations() {
    }

    /** Removes every annotation of the plot and adds the given ones, firing one change event. */
    public static void replace(XYPlot plot, List<? extends XYAnnotation> annotations) {
        for (XYAnnotation old : List.copyOf(plot.getAnnotations())) {
            plot.removeAnnotation(old, false);
        }
        plot.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(0, 0, 0, 0), new BasicStroke(0f),
                TRANSPARENT, TRANSPARENT), false);
        for (XYAnnotation a : annotations) {
            plot.addAnnotation(a, false);
        }
        plot.getChart().fireChartChanged();
    }
}
