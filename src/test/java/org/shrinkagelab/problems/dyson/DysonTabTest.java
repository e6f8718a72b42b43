package org.shrinkagelab.problems.dyson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.data.LightCurve;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.ui.ErrorReporter;
import org.shrinkagelab.ui.FigureSaver;
import org.shrinkagelab.ui.TabContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Peak picking and folding in the Dyson Spheres tab, on 4 simulated objects (the fit is cancelled at once). */
@ExtendWith(ApplicationExtension.class)
class DysonTabTest {
    private DysonTab tab;
    private DysonData data;
    private SamplerService service;

    @Start
    void start(Stage stage) {
        data = DysonModelTest.small(5);
        service = SamplerService.threaded(Platform::runLater);
        ErrorReporter errors = ErrorReporter.quiet(s -> { });
        TabContext context = new TabContext(service, new FigureSaver(
                Preferences.userRoot().node("shrinkage-lab-test"), service, errors, s -> { }), errors);
        tab = new DysonTab(new DysonProblem(data), context);
        service.cancel(DysonTab.KEY);
        stage.setScene(new Scene((Parent) tab.content(), 1300, 800));
        stage.show();
    }

    private void awaitPeaks() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !tab.peaksTable().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pickingAPeakInTheTableFoldsTheLightCurveAtItsFrequency(FxRobot robot) throws Exception {
        awaitPeaks();
        DysonTab.PeakRow second = tab.peaksTable().getItems().get(1);
        robot.interact(() -> tab.peaksTable().getSelectionModel().select(1));
        LightCurve curve = data.curve(0);
        XYSeries points = tab.figures().foldedData().getSeries(0);
        XYSeries line = tab.figures().foldedData().getSeries(1);
        assertEquals(curve.time().length, points.getItemCount(), "every observation is folded");
        SinusoidFit fit = SinusoidFit.of(curve, second.peak().frequency(), data.midpoint());
        for (int i = 0; i < points.getItemCount(); i++) {
            assertEquals(fit.foldedPhase(curve.time()[i]), points.getX(i).doubleValue(), 1e-12);
            assertEquals(curve.flux()[i], points.getY(i).doubleValue(), 1e-12);
        }
        assertEquals(fit.valueAtPhase(0.5), line.getY(100).doubleValue(), 1e-9, "the sinusoid at that frequency");
    }

    @Test
    void aClickNearAPeakSelectsItAndUsingItSetsTheModelOption(FxRobot robot) throws Exception {
        awaitPeaks();
        DysonTab.PeakRow third = tab.peaksTable().getItems().get(2);
        robot.interact(() -> tab.pickFrequency(third.peak().frequency() + 1e-4));
        assertEquals(3, tab.peaksTable().getSelectionModel().getSelectedItem().rank());
        robot.interact(() -> robot.lookup("#use-peak").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3,1,1,1", tab.settings().text(DysonProblem.PEAKS));
        assertTrue(robot.lookup("#chosen-peaks").queryAs(Label.class).getText().contains(
                String.format(java.util.Locale.ROOT, "%s #3 %.4f/day", data.names().get(0),
                        third.peak().frequency())));
        service.cancel(DysonTab.KEY);
    }

    @Test
    void theSharedScaleGivesEveryStripTheSameFluxSpan(FxRobot robot) throws Exception {
        awaitPeaks();
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) tab.figures().figures().get(0).chart().getPlot();
        double span0 = plot.getSubplots().get(0).getRangeAxis().getRange().getLength();
        for (Object p : plot.getSubplots()) {
            ValueAxis axis = ((XYPlot) p).getRangeAxis();
            assertEquals(span0, axis.getRange().getLength(), 1e-9);
        }
        robot.interact(() -> robot.lookup("#shared-scale").queryAs(CheckBox.class).setSelected(false));
        boolean differ = false;
        for (Object p : plot.getSubplots()) {
            differ |= Math.abs(((XYPlot) p).getRangeAxis().getRange().getLength() - span0) > 1e-6;
        }
        assertTrue(differ, "per-object scales fit each strip");
        assertFalse(robot.lookup("#shared-scale").queryAs(CheckBox.class).isSelected());
    }

    @Test
    void theFitsWarningsAreShownInTheTab(FxRobot robot) throws Exception {
        awaitPeaks();
        DysonProblem problem = new DysonProblem(data);
        org.shrinkagelab.problems.Settings s = problem.defaults()
                .with(org.shrinkagelab.workbench.SamplerOptions.CHAINS, 2L)
                .with(org.shrinkagelab.workbench.SamplerOptions.WARMUP, 30L)
                .with(org.shrinkagelab.workbench.SamplerOptions.DRAWS, 30L);
        DysonAnalysis a = problem.analyse(s, x -> x, org.shrinkagelab.engine.JobContext.none(), null);
        assertFalse(a.warnings().isEmpty(), "30 draws per chain mix too little to pass without a word");
        robot.interact(() -> tab.showAnalysis(a));
        Label shown = robot.lookup("#dyson-warnings").queryAs(Label.class);
        assertTrue(shown.isVisible());
        assertEquals(String.join("\n\n", a.warnings()), shown.getText());
    }
}
