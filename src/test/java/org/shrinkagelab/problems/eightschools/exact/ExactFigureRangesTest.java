package org.shrinkagelab.problems.eightschools.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.charts.Figure;
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

    /**
     * An update fits each auto-ranged axis once, after every dataset is in place: every axis that fitted
     * its data before still does, to the range a fit of the final data gives, on every plot (the
     * histograms' panels included, whose y axes fit the points within the shared x axis's range: it must be
     * fitted first), at the first update and after a move from the defaults to a prior far from them.
     */
    @Test
    void everyAutoRangedAxisIsFittedToTheFinalDataAfterAnUpdate() {
        EightSchoolsExactProblem problem = new EightSchoolsExactProblem();
        EightSchoolsData data = EightSchoolsData.bundled();
        EightSchoolsExactFigures f = new EightSchoolsExactFigures(data.schools(), data.unit());
        List<ValueAxis> auto = new ArrayList<>();
        for (XYPlot plot : plots(f)) {
            for (ValueAxis a : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
                if (a != null && a.isAutoRange() && !auto.contains(a)) {
                    auto.add(a);
                }
            }
        }
        // the first update finds every axis at its initial range, the second at the defaults' ranges
        for (Settings s : List.of(problem.defaults(), problem.defaults().with("tau2-0", 2000.0).with("mu0", 30.0))) {
            f.update(new EightSchoolsExactCalculator(data).compute(s, JobContext.none()));
            List<Range> shown = new ArrayList<>();
            for (ValueAxis a : auto) {
                assertTrue(a.isAutoRange(), a.getLabel());
                shown.add(a.getRange());
            }
            plots(f).forEach(XYPlot::configureDomainAxes);
            plots(f).forEach(XYPlot::configureRangeAxes);
            for (int i = 0; i < auto.size(); i++) {
                assertEquals(auto.get(i).getRange(), shown.get(i), auto.get(i).getLabel());
            }
        }
    }

    private static List<XYPlot> plots(EightSchoolsExactFigures f) {
        List<XYPlot> out = new ArrayList<>();
        for (Figure figure : f.all()) {
            if (figure.chart().getPlot() instanceof CombinedDomainXYPlot c) {
                out.addAll(c.getSubplots());
            }
            out.add(figure.chart().getXYPlot());
        }
        return out;
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
