package org.shrinkagelab.charts;

import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Replaces the points of a collection's series in place, firing one change event per series. */
final class SeriesData {
    private SeriesData() {
    }

    /** Sets series {@code index} of the collection to the points, creating or renaming it as needed. */
    @SuppressWarnings("deprecation") // a series is renamed in place so that its renderer style stays with it
    static void set(XYSeriesCollection data, int index, String name, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        while (data.getSeriesCount() <= index) {
            data.addSeries(new XYSeries("series " + data.getSeriesCount(), false, true));
        }
        XYSeries s = data.getSeries(index);
        if (!s.getKey().equals(name)) {
            s.setKey(name);
        }
        s.setNotify(false);
        s.clear();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                s.add(x[i], y[i], false);
            }
        }
        s.setNotify(true);
    }

    /** Removes the series from {@code count} onwards. */
    static void truncate(XYSeriesCollection data, int count) {
        while (data.getSeriesCount() > count) {
            data.removeSeries(data.getSeriesCount() - 1);
        }
    }
}
