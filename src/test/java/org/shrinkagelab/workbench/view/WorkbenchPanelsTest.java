package org.shrinkagelab.workbench.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.charts.SyntheticDraws;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.engine.diag.Autocorrelation;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.ui.ErrorReporter;
import org.shrinkagelab.ui.FigureSaver;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One picker drives the trace, rank, density and autocorrelation panels; the pair, energy and PPC panels show their fit. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchPanelsTest {
    private final Draws draws = SyntheticDraws.eightSchoolsLike(4, 500, 0.03, 21);
    private SamplerService service;
    private DiagnosticPanels diagnostics;
    private PairPlotPanel pair;
    private EnergyPanel energy;
    private PpcPanel ppc;

    @Start
    void start(Stage stage) {
        service = SamplerService.threaded(javafx.application.Platform::runLater);
        ErrorReporter errors = ErrorReporter.quiet(s -> { });
        FigureSaver saver = new FigureSaver(Preferences.userRoot().node("shrinkage-lab-test"), service, errors, s -> { });
        diagnostics = new DiagnosticPanels("test", saver);
        pair = new PairPlotPanel("test", saver);
        energy = new EnergyPanel("test", saver);
        ppc = new PpcPanel("test", "y", saver);
        TabPane tabs = new TabPane(new Tab("diagnostics", diagnostics), new Tab("pair", pair), new Tab("energy", energy),
                new Tab("ppc", ppc));
        stage.setScene(new Scene(tabs, 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        service.close();
    }

    private static double firstY(XYSeries s) {
        return s.getY(0).doubleValue();
    }

    @Test
    void pickingAParameterRedrawsAllFourPanels(FxRobot robot) {
        robot.interact(() -> diagnostics.setDraws(draws, "tau"));
        assertEquals("tau", diagnostics.picker().selectedParameter());
        assertEquals(draws.parameter("tau")[0][0], firstY(diagnostics.trace().traceData().getSeries(0)), 0);
        double tauRank = firstY(diagnostics.rank().dataset().getSeries(0));
        String tauDensityLabel = diagnostics.density().chart().getXYPlot().getDomainAxis().getLabel();
        assertEquals("tau", tauDensityLabel);

        robot.clickOn(diagnostics.picker().comboBox());
        robot.clickOn("theta[2]");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("theta[2]", diagnostics.picker().selectedParameter());
        double[][] theta = draws.parameter("theta[2]");
        assertEquals(theta[1][0], firstY(diagnostics.trace().traceData().getSeries(1)), 0);
        assertEquals("theta[2]", diagnostics.density().chart().getXYPlot().getDomainAxis().getLabel());
        assertEquals("Rank plot of theta[2]", diagnostics.rank().chart().getTitle().getText());
        assertTrue(firstY(diagnostics.rank().dataset().getSeries(0)) != tauRank
                || diagnostics.rank().chart().getTitle().getText().contains("theta[2]"));
        double[] rho = Autocorrelation.byLag(theta[3], 100);
        assertEquals(rho[1], diagnostics.autocorrelation().dataset().getSeries(3).getY(1).doubleValue(), 0);

        // new draws keep the pick; a pick that no longer exists falls back to the preferred parameter
        Draws fewer = SyntheticDraws.eightSchoolsLike(2, 300, 0.0, 4);
        robot.interact(() -> diagnostics.setDraws(fewer, "mu"));
        assertEquals("theta[2]", diagnostics.picker().selectedParameter());
        assertEquals(2, diagnostics.trace().traceData().getSeriesCount());
        assertEquals(fewer.parameter("theta[2]")[0][0], firstY(diagnostics.trace().traceData().getSeries(0)), 0);
        assertThrows(IllegalArgumentException.class, () -> diagnostics.picker().select("nope"));
    }

    @Test
    void pairPanelFollowsItsPickersAndLogBoxes(FxRobot robot) {
        robot.interact(() -> pair.setDraws(draws, "theta[1]", "tau"));
        assertEquals("tau", pair.pair().chart().getXYPlot().getRangeAxis().getLabel());
        assertTrue(pair.logX().isDisabled(), "theta[1] takes negative values");
        assertFalse(pair.logY().isDisabled());
        robot.interact(() -> pair.logY().setSelected(true));
        assertEquals("log(tau)", pair.pair().chart().getXYPlot().getRangeAxis().getLabel());
        XYSeries red = pair.pair().pointData().getSeries(1);
        assertTrue(red.getItemCount() > 20);
        robot.interact(() -> pair.xPicker().select("mu"));
        assertEquals("mu", pair.pair().chart().getXYPlot().getDomainAxis().getLabel());
        double[][] mu = draws.parameter("mu");
        double[][] flag = draws.stat("divergent__");
        int c = 0;
        int i = 0;
        while (flag[c][i] == 0) {
            if (++i == mu[c].length) {
                i = 0;
                c++;
            }
        }
        assertEquals(mu[c][i], pair.pair().pointData().getSeries(1).getX(0).doubleValue(), 0,
                "the first divergent draw's mu");
    }

    @Test
    void energyAndPpcPanelsShowTheirFit(FxRobot robot) {
        robot.interact(() -> energy.setDraws(draws));
        assertEquals(2, energy.energy().histograms().histograms().getSeriesCount());
        assertTrue(energy.energy().note().startsWith("E-BFMI per chain"));
        Draws noEnergy = new Draws(List.of("x"), List.of(), new double[][][] {{{1, 2, 3}}}, true);
        robot.interact(() -> energy.setDraws(noEnergy));
        assertTrue(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("No energy plot") && l.isVisible()));

        double[][] rep = new double[100][3];
        for (int r = 0; r < 100; r++) {
            rep[r] = new double[] {r, 2 * r, 3 * r};
        }
        robot.interact(() -> ppc.show(new double[] {1, 2, 3}, rep, List.of("a", "b", "c")));
        assertEquals(3, ppc.ppc().wideIntervals().getSeries(0).getItemCount());
        assertEquals(2 * 99 * 0.95, ppc.ppc().wideIntervals().getSeries(0).getYHighValue(1), 1e-9);
        assertEquals(2, ppc.figures().size());
    }
}
