package org.shrinkagelab.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import org.shrinkagelab.engine.sample.Draws;

/**
 * The trace of one parameter: each chain's draws against the iteration (evenly thinned to at most
 * {@link #MAX_POINTS} per chain for display), with a red rug at the iterations whose transition diverged.
 */
public final class ParameterTraceFigure {
    /** At most this many draws per chain are drawn. */
    public static final int MAX_POINTS = 2000;

    private final TraceFigure figure = new TraceFigure("Trace", "iteration after warmup", "value");

    /** The chart. */
    public JFreeChart chart() {
        return figure.chart();
    }

    /** Shows a parameter of the draws with the divergent transitions the sampler recorded (if any). */
    public void update(Draws draws, String name) {
        update(name, draws.parameter(name), DrawColumns.divergent(draws));
    }

    /** Shows a parameter's draws ([chain][draw]) and the divergent transitions ([chain][draw], same shape). */
    public void update(String name, double[][] chains, boolean[][] divergent) {
        int rugCount = 0;
        for (boolean[] d : divergent) {
            for (boolean b : d) {
                rugCount += b ? 1 : 0;
            }
        }
        double[] rug = new double[rugCount];
        int k = 0;
        for (int c = 0; c < chains.length; c++) {
            int n = chains[c].length;
            setThinned(c, chains[c], Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS), 0);
            for (int i = 0; i < divergent[c].length; i++) {
                if (divergent[c][i]) {
                    rug[k++] = i + 1;
                }
            }
        }
        figure.keepTraces(chains.length);
        figure.setDivergences("divergent (" + rugCount + ")", rug);
        figure.plot().getRangeAxis().setLabel(name);
        figure.chart().setTitle("Trace of " + name);
    }

    /**
     * Shows every iteration of each chain so far ([chain][iteration], lengths may differ), every
     * {@code stride}-th drawn, at x = iteration + {@code offset} (a negative offset puts the warmup before 0),
     * without a divergence rug.
     */
    public void updateIterations(double[][] chains, int stride, int offset) {
        for (int c = 0; c < chains.length; c++) {
            setThinned(c, chains[c], stride, offset);
        }
        figure.keepTraces(chains.length);
        figure.setDivergences("divergent", new double[0]);
    }

    private void setThinned(int chain, double[] values, int stride, int offset) {
        double[] shown = new double[(values.length + stride - 1) / stride];
        double[] x = new double[shown.length];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = values[i * stride];
            x[i] = i * stride + 1 + offset;
        }
        figure.setTrace(chain, "chain " + (chain + 1), x, shown);
    }

    /** The plot, for labels and markers (the live trace's warmup shading). */
    public XYPlot plot() {
        return figure.plot();
    }

    /** The traces, one series per chain, for tests. */
    public XYSeriesCollection traceData() {
        return figure.traceData();
    }

    /** The divergence rug, for tests. */
    public XYSeriesCollection rugData() {
        return figure.rugData();
    }
}
