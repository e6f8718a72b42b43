package org.shrinkagelab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeriesCollection;
import org.shrinkagelab.engine.diag.Autocorrelation;

/** Autocorrelation by lag of one parameter, one line per chain, as ArviZ's {@code plot_autocorr}. */
public final class AutocorrelationFigure {
    /** Lags shown by default, as ArviZ's {@code max_lag}. */
    public static final int DEFAULT_MAX_LAG = 100;

    private final LineFigure figure = new LineFigure("Autocorrelation", "lag", "autocorrelation");
    private final int maxLag;

    /** Creates an empty autocorrelation plot showing lags 0..maxLag. */
    public AutocorrelationFigure(int maxLag) {
        if (maxLag < 1) {
            throw new IllegalArgumentException("maxLag must be at least 1, was " + maxLag);
        }
        this.maxLag = maxLag;
        figure.plot().getRangeAxis().setRange(-0.25, 1.02);
        figure.plot().addRangeMarker(new org.jfree.chart.plot.ValueMarker(0, new Color(110, 110, 110),
                new BasicStroke(1f)));
    }

    /** Creates an empty autocorrelation plot showing lags up to {@link #DEFAULT_MAX_LAG}. */
    public AutocorrelationFigure() {
        this(DEFAULT_MAX_LAG);
    }

    /** The chart. */
    public JFreeChart chart() {
        return figure.chart();
    }

    /** Shows the autocorrelation of each chain of a parameter's draws ([chain][draw]). */
    public void update(String name, double[][] chains) {
        for (int c = 0; c < chains.length; c++) {
            double[] rho = Autocorrelation.byLag(chains[c], maxLag);
            double[] lags = new double[rho.length];
            for (int t = 0; t < lags.length; t++) {
                lags[t] = t;
            }
            figure.setLine(c, "chain " + (c + 1), lags, rho);
            figure.renderer().setSeriesStroke(c, new BasicStroke(1.6f));
        }
        figure.keepLines(chains.length);
        figure.plot().getDomainAxis().setRange(0, maxLag);
        figure.chart().setTitle("Autocorrelation of " + name);
    }

    /** The lines drawn, one series per chain, for tests. */
    public XYSeriesCollection dataset() {
        return figure.dataset();
    }
}
