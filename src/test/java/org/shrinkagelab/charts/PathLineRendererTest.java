package org.shrinkagelab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** The thinned polyline stays within the tolerance of every point it leaves out, and leaves most out. */
class PathLineRendererTest {
    @Test
    void aDenseSmoothCurveKeepsFewPointsAllWithinTolerance() {
        int n = 2000;
        float[] px = new float[n];
        float[] py = new float[n];
        for (int i = 0; i < n; i++) {
            px[i] = 20 + 400f * i / (n - 1);
            // a density-like bump with a sharp peak and a long flat tail, in pixels
            double x = 12.0 * i / (n - 1);
            py[i] = (float) (300 - 280 * x * x * Math.exp(-2 * x) / 0.541);
        }
        Path2D.Float path = new Path2D.Float();
        PathLineRenderer.addRun(path, px.clone(), py.clone(), new boolean[n], n);
        List<float[]> vertices = vertices(path);
        assertTrue(vertices.size() < 200, "kept " + vertices.size() + " of " + n);
        assertEquals(px[0], vertices.get(0)[0]);
        assertEquals(px[n - 1], vertices.get(vertices.size() - 1)[0]);
        for (int i = 0; i < n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k + 1 < vertices.size(); k++) {
                best = Math.min(best, distance(px[i], py[i], vertices.get(k), vertices.get(k + 1)));
            }
            assertTrue(best <= PathLineRenderer.TOLERANCE + 1e-4, "point " + i + " is " + best + " px away");
        }
    }

    @Test
    void aZigzagFinerThanNothingIsKeptWhole() {
        int n = 50;
        float[] px = new float[n];
        float[] py = new float[n];
        for (int i = 0; i < n; i++) {
            px[i] = i;
            py[i] = i % 2 == 0 ? 0 : 3;
        }
        Path2D.Float path = new Path2D.Float();
        PathLineRenderer.addRun(path, px, py, new boolean[n], n);
        assertEquals(n, vertices(path).size());
    }

    @Test
    void whereEntitiesAreCollectedOnlyTheKeptPointsGetOneEachAtItsOwnItem() {
        XYSeries curve = new XYSeries("density");
        int n = 1000;
        for (int i = 0; i < n; i++) {
            double x = 12.0 * i / (n - 1);
            curve.add(x, x * x * Math.exp(-2 * x));
        }
        PathLineRenderer renderer = new PathLineRenderer();
        renderer.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(new XYSeriesCollection(curve), new NumberAxis("x"), new NumberAxis("y"), renderer);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        new JFreeChart(plot).draw(g, new Rectangle2D.Double(0, 0, 600, 400), info);
        g.dispose();
        List<XYItemEntity> items = new ArrayList<>();
        for (Object e : info.getEntityCollection().getEntities()) {
            if (e instanceof XYItemEntity item) {
                items.add(item);
            }
        }
        assertTrue(items.size() > 20 && items.size() < n / 4, items.size() + " entities for " + n + " points");
        Rectangle2D area = info.getPlotInfo().getDataArea();
        for (XYItemEntity e : items) {
            double x = plot.getDomainAxis().valueToJava2D(curve.getX(e.getItem()).doubleValue(), area,
                    plot.getDomainAxisEdge());
            double y = plot.getRangeAxis().valueToJava2D(curve.getY(e.getItem()).doubleValue(), area,
                    plot.getRangeAxisEdge());
            assertTrue(e.getArea().contains(x, y), "entity of item " + e.getItem() + " is not at its point");
        }
    }

    private static List<float[]> vertices(Path2D.Float path) {
        List<float[]> out = new ArrayList<>();
        float[] c = new float[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            it.currentSegment(c);
            out.add(new float[] {c[0], c[1]});
        }
        return out;
    }

    private static double distance(double x, double y, float[] a, float[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / len2));
        double fx = x - a[0] - t * dx;
        double fy = y - a[1] - t * dy;
        return Math.sqrt(fx * fx + fy * fy);
    }
}
