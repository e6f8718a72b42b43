package org.shrinkagelab.problems.fivedistricts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.ui.ErrorReporter;
import org.shrinkagelab.ui.FigureSaver;
import org.shrinkagelab.ui.TabContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Five Districts tab driven as a user would: model and parameterization, comparison, data. */
@ExtendWith(ApplicationExtension.class)
class FiveDistrictsTabTest {
    static {
        // Each start samples 4 chains of 2000 iterations on the FX thread (synchronous service): allow for a
        // loaded machine.
        System.setProperty("testfx.setup.timeout", "300000");
    }

    private FiveDistrictsTab tab;

    @Start
    void start(Stage stage) {
        ErrorReporter errors = ErrorReporter.quiet(s -> { });
        SamplerService service = SamplerService.synchronous();
        TabContext context = new TabContext(service, new FigureSaver(
                Preferences.userRoot().node("shrinkage-lab-test"), service, errors, s -> { }), errors);
        tab = new FiveDistrictsTab(new FiveDistrictsProblem(), context);
        stage.setScene(new Scene((Parent) tab.content(), 1300, 800));
        stage.show();
    }

    @Test
    void switchingToPooledLeavesOneFittedLineAndNoTauS(FxRobot robot) {
        assertEquals(5, tab.figures().data().curveData().getSeriesCount(), "one line per district under (iii)");
        double muBefore = tab.lastAnalysis().summary("mu").mean();
        robot.interact(() -> robot.lookup("#model").queryComboBox().setValue("pooled"));
        assertEquals(SlopeModel.POOLED, tab.lastAnalysis().request().model());
        assertEquals(1, tab.figures().data().curveData().getSeriesCount());
        assertEquals(0, tab.figures().tauS().histograms().getSeriesCount(), "pooling has no tau_s");
        double pooled = tab.lastAnalysis().summary("mu").mean();
        double exact = ConjugateSlopes.pooled(tab.lastAnalysis().request().data(),
                tab.lastAnalysis().request().muPrior()).mean();
        assertNotEquals(muBefore, pooled);
        assertTrue(Math.abs(pooled - exact) <= 4 * tab.lastAnalysis().summary("mu").mcseMean(),
                "shown slope " + pooled + ", exact " + exact);
    }

    @Test
    void centeringTheSchoolLevelShowsTheFunnelsDivergences(FxRobot robot) {
        int nonCentered = tab.lastAnalysis().diagnostics().divergences();
        double binBefore = tab.figures().tauS().histograms().getSeries(0).getYValue(0);
        robot.interact(() -> robot.lookup("#parameterization-schools").queryComboBox().setValue("centered"));
        int centered = tab.lastAnalysis().diagnostics().divergences();
        assertTrue(nonCentered <= 30 && centered >= 100, "non-centered " + nonCentered + ", centered " + centered);
        assertNotEquals(binBefore, tab.figures().tauS().histograms().getSeries(0).getYValue(0));
        assertTrue(tab.figures().noteOf(tab.figures().figures().get(4)).contains("schools centered"));
    }

    @Test
    void comparingFillsTheLooTableAndTheForestPlot(FxRobot robot) {
        robot.clickOn("#compare-models");
        assertEquals(3, tab.looTable().getItems().size());
        assertEquals(3, tab.figures().forest().dataset().getSeriesCount());
        assertEquals(5 + 27, tab.figures().forest().dataset().getSeries(2).getItemCount());
    }

    @Test
    void aBadCsvNamesItsLineAndKeepsTheData(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "district,school,hours,improvement,stderr\nA,a1,10,5,8\nB,b1,12,oops,9\n");
        String before = tab.settings().text(DataOption.NAME);
        robot.interact(() -> tab.openCsv(bad));
        String message = tab.dataStatus().getText();
        assertTrue(message.startsWith("Not loaded") && message.contains("bad.csv") && message.contains("3"),
                message);
        assertEquals(before, tab.settings().text(DataOption.NAME));
        robot.clickOn("#new-data");
        assertEquals(DataOption.simulated(FiveDistrictsSimulation.SHIPPED_SEED + 1, false),
                tab.settings().text(DataOption.NAME));
        assertNotEquals(org.shrinkagelab.data.FiveDistrictsData.bundled().improvements()[0],
                tab.lastAnalysis().request().data().improvements()[0]);
    }

}
