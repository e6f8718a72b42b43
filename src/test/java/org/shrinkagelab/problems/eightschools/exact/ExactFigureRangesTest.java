package org.shrinkagelab.problems.eightschools.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.charts.LineFigure;
import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.problems.Settings;

/**
 * The curves' axes fit to the series' kept bounds: the ranges are those JFreeChart's scan of every point
 * within the x axis gives, at the defaults and at a prior far from them.
 */
class ExactFigureRangesTest {
    @Test
    void axesFittedFromKeptBoundsEqualThoseOfTheFullScan() {
        EightSchoolsExactProblem problem = new EightSchoolsExactProblem();
        EightSchoolsData data = EightSchoolsData.bundled();
        EightSchoolsExactFigures f = new EightSchoolsExactFigures(data.schools(), data.unit());
        for (Settings s : List.of(problem.defaults(), problem.defaults().with("tau2-0", 400.0).with("tau", 30.0))) {
            f.update(new EightSchoolsExactCalculator(data).compute(s, JobContext.none()));
            for (LineFigure line : List.of(f.tau2Figure(), f.tauFigure(), f.muFigure(), f.shrinkageFigure())) {
                List<Range> fitted = ranges(line.plot());
                line.renderer().setDataBoundsIncludesVisibleSeriesOnly(true);
                refit(line.plot());
                assertEquals(ranges(line.plot()), fitted, line.chart().getTitle().getText());
                line.renderer().setDataBoundsIncludesVisibleSeriesOnly(false);
                refit(line.plot());
                assertEquals(fitted, ranges(line.plot()), line.chart().getTitle().getText());
            }
        }
    }

    private static void refit(XYPlot plot) {
        plot.configureDomainAxes();
        plot.configureRangeAxes();
    }

    private static List<Range> ranges(XYPlot plot) {
        List<Range> out = new ArrayList<>();
        out.add(plot.getDomainAxis().getRange());
        out.add(plot.getRangeAxis().getRange());
        return out;
    }
}
