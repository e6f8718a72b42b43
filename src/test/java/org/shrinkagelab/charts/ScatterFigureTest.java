package org.shrinkagelab.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.junit.jupiter.api.Test;

class ScatterFigureTest {

    @Test
    void aDashedCurveOfManyPointsIsDrawnDashedAsItsLegendShowsIt() {
        int solid = curvePixels(new BasicStroke(2f));
        int dashed = curvePixels(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        // 6 on, 4 off: about 60% of the solid curve's ink; drawn segment by segment it was about 100%.
        assertTrue(dashed < 0.8 * solid, "dashed " + dashed + " vs solid " + solid + " pixels");
        assertTrue(dashed > 0.4 * solid, "dashed " + dashed + " vs solid " + solid + " pixels");
    }

    private static int curvePixels(BasicStroke stroke) {
        ScatterFigure f = new ScatterFigure("t", "x", "y");
        int n = 400;
        double[] x = new double[n + 1];
        double[] y = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            x[i] = Math.cos(2 * Math.PI * i / n);
            y[i] = Math.sin(2 * Math.PI * i / n);
        }
        f.setCurve(0, "circle", x, y);
        f.setCurveColor(0, Color.RED);
        XYItemRenderer r = f.plot().getRenderer(1);
        r.setSeriesStroke(0, stroke);
        f.chart().removeLegend();
        BufferedImage image = f.chart().createBufferedImage(500, 500);
        int red = 0;
        for (int i = 0; i < image.getWidth(); i++) {
            for (int j = 0; j < image.getHeight(); j++) {
                Color c = new Color(image.getRGB(i, j));
                if (c.getRed() > 150 && c.getGreen() < 100 && c.getBlue() < 100) {
                    red++;
                }
            }
        }
        return red;
    }
}
