package org.shrinkagelab.workbench;

import java.awt.Color;
import java.util.Locale;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.ui.Layer;
import org.shrinkagelab.charts.ParameterTraceFigure;
import org.shrinkagelab.charts.RankFigure;
import org.shrinkagelab.engine.sample.LiveDraws;

/**
 * The trace (with a rug of divergent transitions) and rank plots of the picked parameter, for every
 * workbench problem: of a finished fit, and live while the chains sample (every iteration so far,
 * the warmup shaded).
 */
public final class ChainFigures {
    private static final Color WARMUP_SHADE = new Color(200, 200, 200, 90);
    /** Points per chain of the live trace: fewer than a finished fit's, as it is redrawn a few times a second. */
    private static final int MAX_LIVE_POINTS = 500;

    private final FigureNotes notes;
    private final ParameterTraceFigure trace = new ParameterTraceFigure();
    private final RankFigure rank = new RankFigure();
    private IntervalMarker warmupMarker;

    /** Creates the empty figures, their notes kept in {@code notes} (attached here). */
    public ChainFigures(FigureNotes notes) {
        this.notes = notes;
        notes.attach(trace.chart());
        notes.attach(rank.chart());
    }

    /** The trace figure. */
    public ParameterTraceFigure trace() {
        return trace;
    }

    /** The rank figure. */
    public RankFigure rank() {
        return rank;
    }

    /** Shows the named parameter of a fit: its trace after warmup (thinned to the fit's stride) and rank histograms. */
    public void show(FitAnalysis a, String parameter) {
        clearWarmup();
        int stride = a.plotStride();
        trace.update(parameter, a.series(parameter), a.divergent());
        trace.plot().getDomainAxis().setLabel("iteration after warmup");
        notes.note(trace.chart(), a.label() + (stride > 1 ? ", every " + stride + "th draw shown" : "")
                + "; red ticks at the bottom: divergent transitions");
        rank.update(parameter, a.rankCounts(parameter), a.draws().shortestChain());
        notes.note(rank.chart(), String.format(Locale.ROOT,
                "ranks over all chains, %d bins per chain; flat and alike when the chains mix", a.rankBins()));
    }

    /**
     * Shows every iteration drawn so far (warmup included, shaded) of a running fit, with the running
     * diagnostics of the draws after warmup in the note.
     */
    public void showLive(LiveDraws.Snapshot s, LiveDiagnostics d) {
        int longest = 0;
        for (double[] c : s.chains()) {
            longest = Math.max(longest, c.length);
        }
        int stride = Math.max(1, (int) Math.ceil(longest / (double) MAX_LIVE_POINTS));
        trace.updateIterations(s.chains(), stride, -s.warmup());
        clearWarmup();
        if (s.warmup() > 0) {
            warmupMarker = new IntervalMarker(-s.warmup() + 0.5, 0.5, WARMUP_SHADE);
            warmupMarker.setLabel("warmup");
            trace.plot().addDomainMarker(warmupMarker, Layer.BACKGROUND);
        }
        trace.chart().setTitle("Trace of " + s.name() + " (sampling…)");
        trace.plot().getDomainAxis().setLabel("iteration (warmup shaded, before 0)");
        trace.plot().getRangeAxis().setLabel(s.name());
        notes.note(trace.chart(), d.text());
    }

    private void clearWarmup() {
        if (warmupMarker != null) {
            trace.plot().removeDomainMarker(warmupMarker, Layer.BACKGROUND);
            warmupMarker = null;
        }
    }
}
