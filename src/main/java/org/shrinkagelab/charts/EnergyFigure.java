package org.shrinkagelab.charts;

import java.awt.Font;
import java.util.Locale;
import java.util.StringJoiner;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.shrinkagelab.engine.diag.EnergyDistribution;
import org.shrinkagelab.stats.Histogram;
import org.shrinkagelab.stats.KernelDensity;

/**
 * The energy plot of ArviZ's {@code plot_energy}: the marginal energy distribution and the energy transition
 * distribution overlaid (histograms on shared bins with their kernel densities), E-BFMI per chain beneath.
 * When the transitions are much narrower than the marginal, the sampler explores the energy slowly.
 */
public final class EnergyFigure {
    /** E-BFMI below this flags poor energy exploration (Betancourt 2016), as Stan warns. */
    public static final double LOW_EBFMI = 0.3;
    private static final int BINS = 40;
    private static final int GRID = 200;
    private static final int MAX_KDE_VALUES = 4000;

    private final HistogramFigure figure = new HistogramFigure("Energy", "energy__ (centred) and its transitions",
            "density");
    private final TextTitle note = new TextTitle("", new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    private final TextTitle warning = new TextTitle("", new Font(Font.SANS_SERIF, Font.BOLD, 12));
    private EnergyDistribution shown;

    /** Creates an empty energy plot. */
    public EnergyFigure() {
        warning.setPaint(ChartStyle.WARNING);
        figure.chart().addSubtitle(note);
        figure.chart().addSubtitle(warning);
        figure.setCurveColor(0, ChartStyle.color(0).darker());
        figure.setCurveColor(1, ChartStyle.color(1).darker());
    }

    /** The chart. */
    public JFreeChart chart() {
        return figure.chart();
    }

    /** Shows the energy distributions of a fit. */
    public void update(EnergyDistribution energy) {
        shown = energy;
        double[] both = new double[energy.marginal().length + energy.transitions().length];
        System.arraycopy(energy.marginal(), 0, both, 0, energy.marginal().length);
        System.arraycopy(energy.transitions(), 0, both, energy.marginal().length, energy.transitions().length);
        double[] range = DrawColumns.range(both, 0);
        figure.setHistogram(0, "marginal energy", Histogram.of(energy.marginal(), BINS, range[0], range[1]), true);
        figure.setHistogram(1, "energy transition", Histogram.of(energy.transitions(), BINS, range[0], range[1]),
                true);
        double[] grid = KernelDensity.grid(range[0], range[1], GRID);
        figure.setCurve(0, "marginal energy (kernel density)", grid, density(energy.marginal(), grid));
        figure.setCurve(1, "energy transition (kernel density)", grid, density(energy.transitions(), grid));
        StringJoiner values = new StringJoiner(", ");
        boolean low = false;
        for (double e : energy.ebfmi()) {
            values.add(Double.isFinite(e) ? String.format(Locale.ROOT, "%.2f", e) : "–");
            low |= e < LOW_EBFMI;
        }
        note.setText("E-BFMI per chain: " + values);
        warning.setText(low ? "E-BFMI below " + LOW_EBFMI + ": the sampler explores the energy poorly" : "");
    }

    private static double[] density(double[] values, double[] grid) {
        double[] v = DrawColumns.thinned(values, MAX_KDE_VALUES);
        return v.length < 2 ? new double[grid.length]
                : KernelDensity.estimate(v, grid, KernelDensity.silvermanBandwidth(v), Double.NaN);
    }

    /** The distributions shown last, or null, for tests. */
    public EnergyDistribution shown() {
        return shown;
    }

    /** The histogram figure inside, for tests. */
    public HistogramFigure histograms() {
        return figure;
    }

    /** The E-BFMI caption, for tests. */
    public String note() {
        return note.getText();
    }

    /** The red warning line, empty when E-BFMI is fine, for tests. */
    public String warning() {
        return warning.getText();
    }
}
