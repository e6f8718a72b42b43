package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Paint;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.charts.ChartStyle;
import org.shrinkagelab.charts.SyntheticDraws;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.LiveDraws;

class ChainFiguresTest {

    private static FitAnalysis fit(int draws) {
        Draws d = SyntheticDraws.eightSchoolsLike(2, draws, 0.03, 7L);
        return new FitAnalysis("NUTS, centered", d, FitDiagnostics.of(d, List.of(), new double[] {0.4, 0.5}, 10,
                true, 0.8), Map.of());
    }

    private static LiveDraws.Snapshot live(int warmup, int... lengths) {
        double[][] chains = new double[lengths.length][];
        for (int c = 0; c < lengths.length; c++) {
            chains[c] = new double[lengths[c]];
            for (int i = 0; i < lengths[c]; i++) {
                chains[c][i] = Math.sin(i + c);
            }
        }
        return new LiveDraws.Snapshot("tau", chains, warmup);
    }

    private static int backgroundMarkers(ChainFigures f) {
        Collection<?> m = f.trace().plot().getDomainMarkers(Layer.BACKGROUND);
        return m == null ? 0 : m.size();
    }

    private static TextTitle subtitleWithText(JFreeChart chart, String text) {
        for (Object t : chart.getSubtitles()) {
            if (t instanceof TextTitle tt && tt.getText().equals(text)) {
                return tt;
            }
        }
        throw new AssertionError("no subtitle '" + text + "' in " + chart.getSubtitles());
    }

    /** The trace shows the draws after warmup and a red tick at every divergent transition's iteration. */
    @Test
    void traceOfAFitShowsItsDrawsAndItsDivergentTransitions() {
        FitAnalysis a = fit(300);
        FigureNotes notes = new FigureNotes();
        ChainFigures f = new ChainFigures(notes);
        f.show(a, "tau");
        double[][] tau = a.series("tau");
        XYSeries chain2 = f.trace().traceData().getSeries(1);
        assertEquals(300, chain2.getItemCount());
        assertEquals(tau[1][123], chain2.getY(123).doubleValue(), 0);
        boolean[][] divergent = a.divergent();
        double[][] flags = a.draws().stat("divergent__");
        int expected = 0;
        for (double[] c : flags) {
            for (double v : c) {
                expected += v != 0 ? 1 : 0;
            }
        }
        assertTrue(expected > 0, "the synthetic fit has divergent transitions");
        XYSeries rug = f.trace().rugData().getSeries(0);
        assertEquals(expected, rug.getItemCount());
        for (int i = 0; i < rug.getItemCount(); i++) {
            int iteration = (int) rug.getX(i).doubleValue();
            assertTrue(divergent[0][iteration - 1] || divergent[1][iteration - 1], "tick at " + iteration);
        }
        assertEquals("iteration after warmup", f.trace().plot().getDomainAxis().getLabel());
        assertEquals("NUTS, centered; red ticks at the bottom: divergent transitions", notes.noteOf(f.trace().chart()));
        assertEquals("ranks over all chains, " + a.rankBins() + " bins per chain; flat and alike when the chains mix",
                notes.noteOf(f.rank().chart()));
    }

    /** Chains longer than the trace's 2000 points say which draws are shown: 4500 draws, every 3rd. */
    @Test
    void noteOfAThinnedTraceNamesTheStride() {
        FitAnalysis a = fit(4500);
        assertEquals(3, a.plotStride());
        FigureNotes notes = new FigureNotes();
        ChainFigures f = new ChainFigures(notes);
        f.show(a, "mu");
        assertEquals("NUTS, centered, every 3th draw shown; red ticks at the bottom: divergent transitions",
                notes.noteOf(f.trace().chart()));
    }

    /**
     * The live trace puts iteration i of a chain at x = i - warmup (warmup before 0), every stride-th of them with
     * stride = ceil(longest / 500), shades the warmup from -warmup + 0.5 to 0.5 and notes the running diagnostics.
     */
    @Test
    void liveTraceShadesTheWarmupBeforeZeroAndThinsToFiveHundredPoints() {
        FigureNotes notes = new FigureNotes();
        ChainFigures f = new ChainFigures(notes);
        LiveDraws.Snapshot s = live(400, 1200, 1100);
        f.showLive(s, LiveDiagnostics.of(s));
        XYSeries chain1 = f.trace().traceData().getSeries(0);
        assertEquals(400, chain1.getItemCount(), "1200 iterations, every 3rd");
        assertEquals(1 - 400, chain1.getX(0).doubleValue(), 0);
        assertEquals(4 - 400, chain1.getX(1).doubleValue(), 0);
        assertEquals(s.chains()[0][3], chain1.getY(1).doubleValue(), 0);
        assertEquals(1, backgroundMarkers(f));
        IntervalMarker shade = (IntervalMarker) f.trace().plot().getDomainMarkers(Layer.BACKGROUND).iterator().next();
        assertEquals(-399.5, shade.getStartValue(), 0);
        assertEquals(0.5, shade.getEndValue(), 0);
        assertEquals("warmup", shade.getLabel());
        assertEquals("Trace of tau (sampling…)", f.trace().chart().getTitle().getText());
        assertEquals("iteration (warmup shaded, before 0)", f.trace().plot().getDomainAxis().getLabel());
        assertEquals("tau", f.trace().plot().getRangeAxis().getLabel());
        assertEquals(LiveDiagnostics.of(s).text(), notes.noteOf(f.trace().chart()));
        // a later snapshot replaces the shade, and the finished fit removes it
        f.showLive(live(400, 1300, 1250), LiveDiagnostics.of(s));
        assertEquals(1, backgroundMarkers(f));
        f.show(fit(100), "tau");
        assertEquals(0, backgroundMarkers(f));
        assertEquals("iteration after warmup", f.trace().plot().getDomainAxis().getLabel());
    }

    /** Without warmup there is nothing to shade; short chains are drawn point by point. */
    @Test
    void liveTraceWithoutWarmupHasNoShade() {
        ChainFigures f = new ChainFigures(new FigureNotes());
        LiveDraws.Snapshot s = live(0, 30, 30);
        f.showLive(s, LiveDiagnostics.of(s));
        assertEquals(0, backgroundMarkers(f));
        assertEquals(30, f.trace().traceData().getSeries(1).getItemCount());
        assertEquals(1, f.trace().traceData().getSeries(1).getX(0).doubleValue(), 0);
    }

    /** The note and the red warning are subtitles of the chart, so an exported figure shows them. */
    @Test
    void notesAreShownUnderTheTitleWithTheWarningInRed() {
        FigureNotes notes = new FigureNotes();
        ChainFigures f = new ChainFigures(notes);
        JFreeChart chart = f.rank().chart();
        notes.note(chart, "what was run");
        notes.warning(chart, "incomplete");
        subtitleWithText(chart, "what was run");
        Paint red = subtitleWithText(chart, "incomplete").getPaint();
        assertEquals(ChartStyle.WARNING, red);
        notes.warning(chart, null);
        assertEquals("", notes.warningOf(chart));
    }
}
