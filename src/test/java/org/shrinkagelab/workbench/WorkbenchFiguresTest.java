package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shrinkagelab.charts.DagExamples;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.FigureExporter;
import org.shrinkagelab.charts.SyntheticDraws;
import org.shrinkagelab.engine.diag.Loo;
import org.shrinkagelab.engine.diag.LooResult;
import org.shrinkagelab.engine.diag.PointwiseLoo;
import org.shrinkagelab.engine.sample.Draws;

class WorkbenchFiguresTest {

    private static final Draws DRAWS = SyntheticDraws.eightSchoolsLike(2, 300, 0.05, 11L);

    private static List<String> names(List<Figure> figures) {
        return figures.stream().map(Figure::name).toList();
    }

    private static Figure named(List<Figure> figures, String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /** Every point of every series of every dataset of the chart's plot. */
    private static int points(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        int n = 0;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            for (int s = 0; data != null && s < data.getSeriesCount(); s++) {
                n += data.getItemCount(s);
            }
        }
        return n;
    }

    private static ModelChecks checksWithPpcAndLoo() {
        double[] observed = {28, 8, -3};
        double[][] replicates = new double[40][3];
        for (int r = 0; r < replicates.length; r++) {
            for (int i = 0; i < 3; i++) {
                replicates[r][i] = observed[i] + (r - 20) * 0.5 + i;
            }
        }
        List<PointwiseLoo> rows = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            rows.add(new PointwiseLoo("log_lik[" + i + "]", -1, 0.01, 0.1, 2, 0.2 * i, 500, 1));
        }
        LooResult loo = new LooResult(600, -5, 1, 0.5, 0.1, 10, 2, Double.NaN, Loo.kThreshold(600), rows);
        return new ModelChecks(observed, replicates, loo);
    }

    /** A Hamiltonian fit with checks and a graph gets every view's figure, named problem-view. */
    @Test
    void fullFitHasEveryViewsFigureUnderItsExportName(@TempDir Path dir) throws Exception {
        List<Figure> all = WorkbenchFigures.of("schools", DRAWS, "tau", DagExamples.eightSchools(),
                checksWithPpcAndLoo());
        assertEquals(List.of("schools-parameter-trace", "schools-parameter-rank", "schools-parameter-density",
                "schools-parameter-autocorrelation", "schools-pair", "schools-energy", "schools-ppc-intervals",
                "schools-ppc-density", "schools-dag", "schools-pareto-k"), names(all));
        for (String drawn : List.of("schools-energy", "schools-ppc-intervals", "schools-ppc-density",
                "schools-pareto-k")) {
            assertTrue(points(named(all, drawn).chart()) > 0, drawn + " shows data");
        }
        // the exported DAG draws the problem's graph: its plate's label is in the SVG
        Path svg = dir.resolve("dag.svg");
        FigureExporter.write(named(all, "schools-dag").chart(), svg, FigureExporter.Format.SVG, 500, 400, 1);
        assertTrue(Files.readString(svg).contains("j = 1..8"), "the plate of the eight schools is drawn");
    }

    /** The Parameter view's figures show the preferred parameter's own draws, chain by chain. */
    @Test
    void parameterFiguresShowThePreferredParameter() {
        List<Figure> all = WorkbenchFigures.of("schools", DRAWS, "tau", null, ModelChecks.NONE);
        JFreeChart trace = named(all, "schools-parameter-trace").chart();
        assertEquals("tau", trace.getXYPlot().getRangeAxis().getLabel());
        double[][] tau = DRAWS.parameter("tau");
        XYDataset traces = trace.getXYPlot().getDataset(0);
        for (int c = 0; c < 2; c++) {
            assertEquals(tau[c].length, traces.getItemCount(c));
            for (int i = 0; i < tau[c].length; i += 37) {
                assertEquals(tau[c][i], traces.getYValue(c, i), 0, "chain " + (c + 1) + " draw " + (i + 1));
            }
        }
    }

    /** Without the preferred parameter the first is shown; a fit without stats, checks or graph gets no more. */
    @Test
    void minimalFitGetsParameterAndPairFiguresOfTheFirstParameter() {
        double[][][] values = new double[2][2][50];
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 50; i++) {
                values[c][0][i] = i - 25 + c;
                values[c][1][i] = 0.1 * i + 1;
            }
        }
        Draws draws = new Draws(List.of("a", "b"), List.of(), values, true);
        List<Figure> all = WorkbenchFigures.of("p", draws, "tau", null, ModelChecks.NONE);
        assertEquals(List.of("p-parameter-trace", "p-parameter-rank", "p-parameter-density",
                "p-parameter-autocorrelation", "p-pair"), names(all));
        assertEquals("a", named(all, "p-parameter-trace").chart().getXYPlot().getRangeAxis().getLabel());
        assertEquals("p-parameter", WorkbenchFigures.parameterPrefix("p"));
    }

    @Test
    void fitWithoutDrawsHasNoFigures() {
        Draws empty = new Draws(List.of("a"), List.of(), new double[][][] {{new double[0]}}, false);
        assertTrue(WorkbenchFigures.of("p", empty, "a", DagExamples.eightSchools(), checksWithPpcAndLoo())
                .isEmpty());
    }

    /** The first pair: theta[1] (the first vector element) against tau, on a log scale as its draws are positive. */
    @Test
    void firstPairIsTheFirstVectorElementAgainstThePreferredOnLogScaleWhenPositive() {
        WorkbenchFigures.PairChoice first = WorkbenchFigures.PairChoice.of(DRAWS, "tau");
        assertEquals(new WorkbenchFigures.PairChoice("theta[1]", "tau", true), first);
        List<Figure> all = WorkbenchFigures.of("schools", DRAWS, "tau", null, ModelChecks.NONE);
        XYPlot pair = named(all, "schools-pair").chart().getXYPlot();
        assertEquals("theta[1]", pair.getDomainAxis().getLabel());
        assertEquals("log(tau)", pair.getRangeAxis().getLabel());
        double[][] tau = DRAWS.parameter("tau");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] c : tau) {
            for (double v : c) {
                lo = Math.min(lo, Math.log(v));
                hi = Math.max(hi, Math.log(v));
            }
        }
        XYDataset points = pair.getDataset();
        for (int s = 0; s < points.getSeriesCount(); s++) {
            for (int i = 0; i < points.getItemCount(s); i++) {
                double y = points.getYValue(s, i);
                assertTrue(y >= lo && y <= hi, "log(tau) point " + y + " within the draws' logs");
            }
        }
    }

    /** mu has draws below 0 (mean 4, sd 3), so it stays on the linear scale; an absent preference falls back. */
    @Test
    void pairOfAParameterWithNonPositiveDrawsIsLinearAndAbsentPreferenceFallsBackToTheFirst() {
        assertFalse(org.shrinkagelab.charts.PairFigure.allPositive(DRAWS.parameter("mu")));
        assertEquals(new WorkbenchFigures.PairChoice("theta[1]", "mu", false),
                WorkbenchFigures.PairChoice.of(DRAWS, "sigma"));
        Draws scalars = new Draws(List.of("a", "b"), List.of(),
                new double[][][] {{{1, 2, 3}, {4, 5, 6}}}, true);
        assertEquals(new WorkbenchFigures.PairChoice("a", "b", true), WorkbenchFigures.PairChoice.of(scalars, "b"));
    }
}
