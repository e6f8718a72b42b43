package org.shrinkagelab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.sample.Draws;

/** The pair plot keeps every divergent draw, thins the rest to a seeded subset of them, and logs on request. */
class PairFigureTest {

    private static Set<List<Double>> points(XYSeries s) {
        Set<List<Double>> out = new HashSet<>();
        for (int i = 0; i < s.getItemCount(); i++) {
            out.add(List.of(s.getX(i).doubleValue(), s.getY(i).doubleValue()));
        }
        return out;
    }

    @Test
    void keepsEveryDivergentDrawAndThinsTheRest() {
        Draws d = SyntheticDraws.eightSchoolsLike(4, 2000, 0.02, 7);
        PairFigure f = new PairFigure();
        f.update(d, "theta[1]", "tau", false, true);
        Set<List<Double>> divergent = new HashSet<>();
        Set<List<Double>> others = new HashSet<>();
        double[][] x = d.parameter("theta[1]");
        double[][] y = d.parameter("tau");
        double[][] flag = d.stat("divergent__");
        for (int c = 0; c < 4; c++) {
            for (int i = 0; i < 2000; i++) {
                (flag[c][i] != 0 ? divergent : others).add(List.of(x[c][i], Math.log(y[c][i])));
            }
        }
        assertTrue(divergent.size() > 100, "the fixture has divergences");
        XYSeries shown = f.pointData().getSeries(0);
        XYSeries red = f.pointData().getSeries(1);
        assertEquals(divergent, points(red));
        assertEquals(PairFigure.MAX_POINTS, shown.getItemCount());
        assertEquals(PairFigure.MAX_POINTS, points(shown).size(), "a subset: no draw twice");
        assertTrue(others.containsAll(points(shown)), "only non-divergent draws in the thinned cloud");
        assertEquals("log(tau)", f.chart().getXYPlot().getRangeAxis().getLabel());
        assertTrue(red.getKey().toString().contains("(" + divergent.size() + ")"));

        PairFigure again = new PairFigure();
        again.update(d, "theta[1]", "tau", false, true);
        assertEquals(points(shown), points(again.pointData().getSeries(0)), "the thinning is seeded");
    }

    @Test
    void smallFitsAreShownWhole() {
        Draws d = SyntheticDraws.eightSchoolsLike(2, 300, 0.05, 3);
        PairFigure f = new PairFigure();
        f.update(d, "mu", "theta[2]", false, false);
        assertEquals(600, f.pointData().getSeries(0).getItemCount() + f.pointData().getSeries(1).getItemCount());
        assertEquals("theta[2]", f.chart().getXYPlot().getRangeAxis().getLabel());
    }

    @Test
    void refusesTheLogOfAParameterThatIsNotPositive() {
        Draws d = SyntheticDraws.eightSchoolsLike(2, 300, 0.05, 3);
        PairFigure f = new PairFigure();
        assertTrue(PairFigure.allPositive(d.parameter("tau")));
        assertTrue(!PairFigure.allPositive(d.parameter("mu")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> f.update(d, "mu", "tau", true, false));
        assertTrue(e.getMessage().contains("mu"), e.getMessage());
    }
}
