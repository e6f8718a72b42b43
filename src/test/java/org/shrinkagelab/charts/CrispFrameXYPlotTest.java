package org.shrinkagelab.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * The frame is drawn without anti-aliasing (two colours only), the curves with it, the hints are given
 * back afterwards, and leaving the plot background to the chart's white changes no pixel.
 */
class CrispFrameXYPlotTest {
    private static final int W = 480;
    private static final int H = 320;

    private static LineFigure figure() {
        LineFigure f = new LineFigure("a density", "x", "p(x)");
        int n = 400;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 6.0 * i / (n - 1);
            y[i] = x[i] * Math.exp(-x[i]);
        }
        f.setLine(0, "curve", x, y);
        return f;
    }

    private static int[] pixels(JFreeChart chart) {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, W, H));
        g2.dispose();
        return image.getRGB(0, 0, W, H, null, 0, W);
    }

    @Test
    void theOutlineHasOnlyItsOwnColourAndTheHintsAreRestored() {
        CrispFrameXYPlot plot = (CrispFrameXYPlot) figure().plot();
        BufferedImage image = new BufferedImage(100, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, 100, 60);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_DEFAULT);
        plot.drawOutline(g2, new Rectangle2D.Double(10.3, 10.6, 70.2, 30.7));
        assertEquals(RenderingHints.VALUE_ANTIALIAS_ON, g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING));
        assertEquals(RenderingHints.VALUE_TEXT_ANTIALIAS_DEFAULT,
                g2.getRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING));
        g2.dispose();
        Set<Integer> colours = new HashSet<>();
        for (int rgb : image.getRGB(0, 0, 100, 60, null, 0, 100)) {
            colours.add(rgb & 0xffffff);
        }
        int outline = ((Color) plot.getOutlinePaint()).getRGB() & 0xffffff;
        assertEquals(Set.of(0xffffff, outline), colours);
    }

    @Test
    void theCurveIsStillAntiAliased() {
        int[] rgb = pixels(figure().chart());
        Color curve = ChartStyle.color(0);
        int blends = 0;
        for (int p : rgb) {
            Color c = new Color(p);
            // strictly between the curve's blue and white on every channel: a partly covered pixel
            if (c.getBlue() > curve.getBlue() && c.getBlue() < 255 && c.getRed() > curve.getRed() && c.getRed() < 255
                    && c.getGreen() > curve.getGreen() && c.getGreen() < 255 && c.getRed() < c.getBlue()) {
                blends++;
            }
        }
        assertTrue(blends > 100, blends + " blended pixels along the curve");
    }

    @Test
    void noPlotBackgroundDrawsTheSamePixelsAsAWhiteOne() {
        LineFigure f = figure();
        int[] without = pixels(f.chart());
        f.plot().setBackgroundPaint(Color.WHITE);
        assertArrayEquals(without, pixels(f.chart()));
    }
}
