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

    /**
     * Dragging the tau_s prior's scale runs a preview, releasing it the full run under the new text option; the
     * exact tau_s density (quadrature under the new prior) and the draws' histogram both change.
     */
    @Test
    void draggingATauPriorSliderPreviewsThenRefitsUnderTheNewPriorText(FxRobot robot) {
        double exactBefore = exactTauSMean();
        double binBefore = tab.figures().tauS().histograms().getSeries(0).getYValue(0);
        javafx.scene.control.Slider slider = robot.lookup("#param-tau-s-scale-slider")
                .queryAs(javafx.scene.control.Slider.class);
        robot.interact(() -> {
            slider.setValueChanging(true);
            slider.setValue(Math.log(0.2));
        });
        assertEquals("half-normal:0.2", tab.settings().text(FiveDistrictsRequest.TAU_S_PRIOR));
        assertEquals(org.shrinkagelab.workbench.SamplerOptions.PREVIEW_CHAINS, tab.lastAnalysis().draws().chains(),
                "a preview while dragging");
        robot.interact(() -> slider.setValueChanging(false));
        assertEquals(4, tab.lastAnalysis().draws().chains(), "the full run on release");
        assertEquals(org.shrinkagelab.workbench.TauPrior.halfNormal(0.2), tab.lastAnalysis().request().tauS());
        assertTrue(tab.priors().texts().getText().contains("--tau-s-prior half-normal:0.2"),
                tab.priors().texts().getText());
        assertTrue(exactTauSMean() < exactBefore, "a tighter prior pulls tau_s down: " + exactBefore + " -> "
                + exactTauSMean());
        assertNotEquals(binBefore, tab.figures().tauS().histograms().getSeries(0).getYValue(0));
    }

    /** Choosing a family starts it at its sensitivity-view scale; a bad typed scale is named and changes nothing. */
    @Test
    void aFamilyStartsAtItsScaleAndABadTypedScaleIsNamedAndChangesNothing(FxRobot robot) {
        robot.interact(() -> robot.lookup("#tau-d-family").queryComboBox().setValue("exponential"));
        assertEquals("exponential:2", tab.settings().text(FiveDistrictsRequest.TAU_D_PRIOR), "mean 0.5, rate 2");
        assertTrue(tab.priors().meaning().getText().contains("tau_d prior scale below: the exponential's mean"),
                tab.priors().meaning().getText());
        FiveDistrictsAnalysis shown = tab.lastAnalysis();
        javafx.scene.control.TextField field = robot.lookup("#param-tau-d-scale-field")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            field.setText("-1");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        String message = tab.priors().sliders().messageProperty().get();
        assertTrue(message.startsWith("tau_d prior scale: "), message);
        assertEquals("exponential:2", tab.settings().text(FiveDistrictsRequest.TAU_D_PRIOR));
        assertEquals(shown, tab.lastAnalysis(), "no run");

        // Settings changed from elsewhere (the command-line text, as a reset or loaded settings set it) move the controls.
        robot.interact(() -> tab.panel().set(FiveDistrictsRequest.TAU_D_PRIOR, "half-cauchy:0.3"));
        assertEquals("half-cauchy", robot.lookup("#tau-d-family").queryComboBox().getValue());
        assertEquals("0.3", field.getText());
        assertEquals(org.shrinkagelab.workbench.TauPrior.halfCauchy(0.3), tab.lastAnalysis().request().tauD());
    }

    private double exactTauSMean() {
        return tab.lastAnalysis().exact().hierarchical().tauS().mean();
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
