package org.shrinkagelab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.util.List;
import org.jfree.data.xy.XYIntervalSeries;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.stats.Histogram;

/** Rows of histograms stacked on their baselines, on one shared height scale. */
class RidgeHistogramFigureTest {

    @Test
    void rowsStackFromTheTopWithASharedScale() {
        RidgeHistogramFigure f = new RidgeHistogramFigure("t", "x");
        Histogram tall = Histogram.of(new double[] {0.1, 0.2, 0.3, 0.4}, 2, 0, 1);
        Histogram low = Histogram.of(new double[] {0.9}, 2, 0, 1);
        f.setRows(List.of("first", "second"), List.of(tall, low), new double[] {0.25, 0.9});
        f.setMarker(0.5, "m", Color.BLACK);
        XYIntervalSeries top = f.dataset().getSeries(0);
        // the top row sits on baseline 1; its bin of 4 counts is the tallest, drawn 0.85 high
        assertEquals(1, top.getYLowValue(0), 0);
        assertEquals(1.85, top.getYHighValue(0), 1e-12);
        XYIntervalSeries bottom = f.dataset().getSeries(1);
        assertEquals(1, bottom.getItemCount(), "empty bins are not drawn");
        assertEquals(0.85 / 4, bottom.getYHighValue(0), 1e-12);
        assertEquals(List.of(0.25, 0.9), f.rowMarkers());
        assertEquals(0.5, f.marker(), 0);
        f.setRows(List.of("only"), List.of(low), new double[] {0.9});
        assertEquals(1, f.dataset().getSeriesCount());
    }

    @Test
    void refusesMismatchedRows() {
        RidgeHistogramFigure f = new RidgeHistogramFigure("t", "x");
        Histogram h = Histogram.of(new double[] {0.5}, 2, 0, 1);
        assertThrows(IllegalArgumentException.class,
                () -> f.setRows(List.of("a", "b"), List.of(h), new double[] {0, 1}));
    }
}
