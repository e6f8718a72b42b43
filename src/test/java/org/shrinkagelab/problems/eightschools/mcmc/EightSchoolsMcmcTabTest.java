package org.shrinkagelab.problems.eightschools.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.ui.HeadlessTabs;
import org.shrinkagelab.workbench.DiagnosticThresholds;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.SamplerOptions;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.workbench.view.SummaryTableView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EightSchoolsMcmcTabTest {
    private static final Pattern DIVERGENCES = Pattern.compile("divergences: (\\d+) ");
    private EightSchoolsMcmcTab tab;

    @Start
    void start(Stage stage) {
        tab = new EightSchoolsMcmcTab(new EightSchoolsMcmcProblem(), HeadlessTabs.quietContext());
        HeadlessTabs.show(stage, tab, 1200, 760);
    }

    private static int shownDivergences(FxRobot robot) {
        String text = robot.lookup("#sampler-stats").queryAs(Label.class).getText();
        Matcher m = DIVERGENCES.matcher(text);
        assertTrue(m.find(), text);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void oneClickOnCenteredTurnsAHandfulOfDivergencesIntoDozens(FxRobot robot) {
        int nonCentered = shownDivergences(robot);
        assertTrue(nonCentered <= 5, "non-centered at the defaults: a handful at most, was " + nonCentered);
        robot.clickOn("#parameterization-centered");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("centered", tab.settings().text(SamplerOptions.PARAMETERIZATION));
        int centered = shownDivergences(robot);
        assertTrue(centered >= 20, "centered at the defaults: dozens, was " + centered);
        assertEquals(centered, tab.lastAnalysis().diagnostics().divergences());
        String verdict = robot.lookup("#verdict").queryAs(Label.class).getText();
        assertTrue(verdict.startsWith(centered + " divergences after warmup: try the non-centered"), verdict);
        assertEquals(centered, tab.figures().funnel().pointData().getSeries(1).getItemCount(),
                "every divergent draw is a red point in the funnel");

        robot.clickOn("#parameterization-noncentered");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(nonCentered, shownDivergences(robot), "same seed, same run");
    }

    @Test
    void movingTheTauScaleSliderChangesTheTauDensity(FxRobot robot) {
        XYSeries exactBefore = copy(tab.figures().tauDensity().curves().getSeries(0));
        double barBefore = tab.figures().tauDensity().histograms().getSeries(0).getYValue(0);
        Slider slider = robot.lookup("#param-tau-scale-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(Math.log(20)));
        assertEquals("half-cauchy:20", tab.settings().text(McmcSettings.TAU_PRIOR));
        XYSeries exactAfter = tab.figures().tauDensity().curves().getSeries(0);
        assertNotEquals(exactBefore.getMaxX(), exactAfter.getMaxX(), "a wider prior widens p(tau | y)");
        assertNotEquals(barBefore, tab.figures().tauDensity().histograms().getSeries(0).getYValue(0));
        double exactMean = EightSchoolsExactPosterior.of(MuPrior.normal(0, 20), TauPrior.halfCauchy(20)).tauMean();
        String note = tab.figures().noteOf(tab.figures().figures().get(3));
        assertTrue(note.contains(String.format(Locale.ROOT, "exact mean %.2f", exactMean)), note);
    }

    @Test
    void draggingRunsAShortPreviewAndReleasingTheFullRun(FxRobot robot) {
        Slider slider = robot.lookup("#param-tau-scale-slider").queryAs(Slider.class);
        robot.interact(() -> {
            slider.setValueChanging(true);
            slider.setValue(Math.log(5));
        });
        assertEquals(SamplerOptions.PREVIEW_CHAINS, tab.lastAnalysis().draws().chains());
        assertEquals(SamplerOptions.PREVIEW_ITERATIONS, tab.lastAnalysis().draws().shortestChain());
        robot.interact(() -> slider.setValueChanging(false));
        assertEquals(4, tab.lastAnalysis().draws().chains());
        assertEquals(1000, tab.lastAnalysis().draws().shortestChain());
        assertEquals("half-cauchy:5", tab.settings().text(McmcSettings.TAU_PRIOR));
    }

    @Test
    void switchingTheFamilyWritesItsPriorAndDropsTheExactCurveForAStudentTPopulation(FxRobot robot) {
        robot.interact(() -> robot.lookup("#tau-family").queryComboBox().setValue("half-normal"));
        assertEquals("half-normal:10", tab.settings().text(McmcSettings.TAU_PRIOR));
        robot.interact(() -> robot.lookup("#param-population-family").queryComboBox().setValue("student-t"));
        assertEquals("student-t:4", tab.settings().text(McmcSettings.POPULATION));
        assertEquals(0, tab.figures().tauDensity().curves().getSeriesCount(), "no exact curve for Student-t");
    }

    @Test
    void theSummaryTableColoursAndTheTracePickerFollowTheRun(FxRobot robot) {
        robot.clickOn("#view-diagnostics");
        robot.clickOn("#parameterization-centered");
        WaitForAsyncUtils.waitForFxEvents();
        SummaryTableView table = robot.lookup("#summary-table").queryAs(SummaryTableView.class);
        assertEquals(10, table.getItems().size());
        int tauRow = 1;
        assertEquals("tau", table.getItems().get(tauRow).name());
        double essBulk = table.getItems().get(tauRow).essBulk();
        String style = table.cellStyle(tauRow, "ess_bulk");
        DiagnosticThresholds.Rating rating = DiagnosticThresholds.ess(essBulk, 4);
        assertEquals(rating == DiagnosticThresholds.Rating.GOOD, style.isEmpty(), "style " + style + " for ESS "
                + essBulk);
        robot.interact(() -> robot.lookup("#trace-parameter").queryComboBox().setValue("mu"));
        assertEquals("Trace of mu", tab.figures().trace().chart().getTitle().getText());
    }

    @Test
    void exportWritesTheShownDrawsAsCsv(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("draws.csv");
        robot.interact(() -> tab.exportDraws(file));
        org.shrinkagelab.engine.sample.Draws back = org.shrinkagelab.engine.sample.DrawsCsv.read(
                java.util.List.of(file));
        org.shrinkagelab.engine.sample.Draws shown = tab.lastAnalysis().draws();
        assertEquals(shown.chains(), back.chains());
        assertEquals(shown.shortestChain(), back.shortestChain());
        assertEquals(shown.parameter("tau")[2][17], back.parameter("tau")[2][17], 1e-12);
    }

    private static XYSeries copy(XYSeries s) {
        try {
            return (XYSeries) s.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
