package org.shrinkagelab.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.SplittableRandom;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** The rank axis ends at the number of draws; the label of that last tick must lie inside the plot. */
class RankFigureAxisTest {

    @Test
    void everyTickLabelFitsInsideTheDataAreaAtScreenAndExportSizes() {
        RankFigure rank = new RankFigure();
        rank.update("tau", draws(4, 1000));
        for (int[] size : new int[][] {{FigureExporter.DEFAULT_WIDTH, FigureExporter.DEFAULT_HEIGHT}, {420, 300},
                {640, 420}}) {
            BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
            Graphics2D g2 = image.createGraphics();
            try {
                ChartRenderingInfo info = new ChartRenderingInfo();
                rank.chart().draw(g2, new Rectangle2D.Double(0, 0, size[0], size[1]), info);
                Rectangle2D area = info.getPlotInfo().getDataArea();
                ValueAxis axis = rank.chart().getXYPlot().getDomainAxis();
                List<?> ticks = axis.refreshTicks(g2, new AxisState(), area, RectangleEdge.BOTTOM);
                boolean lastTickShown = false;
                for (Object t : ticks) {
                    NumberTick tick = (NumberTick) t;
                    if (tick.getText() == null || tick.getText().isEmpty()) {
                        continue;
                    }
                    lastTickShown |= tick.getValue() == 4000;
                    double x = axis.valueToJava2D(tick.getValue(), area, RectangleEdge.BOTTOM);
                    double half = RightPaddedAxis.textWidth(tick.getText(), axis.getTickLabelFont()) / 2;
                    assertTrue(x + half <= area.getMaxX(), size[0] + " px: tick '" + tick.getText() + "' ends at "
                            + (x + half) + ", the plot at " + area.getMaxX());
                    assertTrue(x - half >= 0, "tick '" + tick.getText() + "' starts inside the chart");
                }
                assertTrue(lastTickShown, size[0] + " px: the axis is labelled at its end, 4,000 draws: " + ticks);
            } finally {
                g2.dispose();
            }
        }
    }

    private static double[][] draws(int chains, int n) {
        SplittableRandom rng = new SplittableRandom(7);
        double[][] out = new double[chains][n];
        for (double[] c : out) {
            for (int i = 0; i < n; i++) {
                c[i] = rng.nextDouble();
            }
        }
        return out;
    }
}
