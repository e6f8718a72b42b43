package org.shrinkagelab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shrinkagelab.engine.diag.LooResult;
import org.shrinkagelab.engine.diag.PointwiseLoo;

/** The Pareto k figure, headless: points in their bands, the reference lines, a PNG that renders. */
class ParetoKFigureTest {
    @TempDir
    Path tmp;

    private static PointwiseLoo k(int i, double k) {
        return new PointwiseLoo("log_lik[" + i + "]", -1, 0.01, 0.1, 2, k, 900, 1);
    }

    private static LooResult loo(int draws, double... ks) {
        List<PointwiseLoo> rows = new java.util.ArrayList<>();
        for (int i = 0; i < ks.length; i++) {
            rows.add(k(i + 1, ks[i]));
        }
        return new LooResult(draws, -5, 1, 0.5, 0.1, 10, 2, Double.NaN,
                org.shrinkagelab.engine.diag.Loo.kThreshold(draws), rows);
    }

    @Test
    void pointsFallInTheirBandsAndLinesAreDrawn() throws Exception {
        // 1000 draws: threshold 1 - 1/3 = 0.667, below 0.7, so it gets its own line
        Figure f = ParetoKFigure.of("loo-k", loo(1000, 0.1, 0.6, 0.68, 0.9, 1.3, Double.POSITIVE_INFINITY, 0.5));
        XYSeriesCollection points = (XYSeriesCollection) f.chart().getXYPlot().getDataset(0);
        assertEquals(4, points.getSeriesCount());
        assertEquals(2, points.getSeries(0).getItemCount(), "0.1 and 0.5 are good");
        assertEquals(1, points.getSeries(1).getItemCount(), "0.6 is ok");
        assertEquals(2, points.getSeries(2).getItemCount(), "0.68 and 0.9 are bad");
        assertEquals(1, points.getSeries(3).getItemCount(), "1.3 is very bad; Inf is not drawn");
        assertEquals(5.0, points.getSeries(3).getX(0).doubleValue(), 0, "x is the 1-based observation");
        List<Double> lines = f.chart().getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).stream()
                .map(m -> ((ValueMarker) m).getValue()).sorted().toList();
        assertEquals(List.of(0.5, 1 - 1 / 3.0, 0.7, 1.0), lines);
        Path png = tmp.resolve("k.png");
        ChartUtils.saveChartAsPNG(png.toFile(), f.chart(), 800, 500);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertTrue(hasColour(image, ParetoKFigure.BAND_COLORS[3].getRGB()), "a very bad point is drawn");
    }

    @Test
    void atManyDrawsTheThresholdIsThe07Line() {
        Figure f = ParetoKFigure.of("loo-k", loo(4000, 0.2, 0.3));
        assertEquals(3, f.chart().getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
        for (Object m : f.chart().getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)) {
            assertTrue(((Marker) m) instanceof ValueMarker);
        }
    }

    private static boolean hasColour(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                    return true;
                }
            }
        }
        return false;
    }
}
