package org.shrinkagelab.problems.eightschools.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.ui.HeadlessTabs;
import org.shrinkagelab.workbench.SamplerOptions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The run row (Run, New seed, Auto-run), Reset / Save / Load and the forest's point and interval on the MCMC tab. */
@ExtendWith(ApplicationExtension.class)
class EightSchoolsMcmcRunControlsTest {
    private EightSchoolsMcmcTab tab;

    @Start
    void start(Stage stage) {
        tab = new EightSchoolsMcmcTab(new EightSchoolsMcmcProblem(),
                HeadlessTabs.quietContext());
        HeadlessTabs.show(stage, tab, 1200, 760);
    }

    /** Presses a button of the run row, which may lie below the left column's fold. */
    private static void fire(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
    }

    @Test
    void newSeedDrawsAFreshSeedInTheDocumentedRangeAndRuns(FxRobot robot) {
        McmcAnalysis before = tab.lastAnalysis();
        fire(robot, "#eight-schools-mcmc-new-seed");
        long seed = tab.settings().longValue(SamplerOptions.SEED);
        assertNotEquals(1, seed, "a fresh seed (1 in 2^31 chance of the default)");
        assertTrue(seed >= 0 && seed <= ParameterSpec.MAX_SEED, "seed " + seed);
        assertEquals(String.valueOf(seed), robot.lookup("#param-seed-field").queryAs(TextField.class).getText());
        assertNotEquals(before, tab.lastAnalysis(), "it ran");
        assertEquals(4, tab.lastAnalysis().draws().chains(), "a full run");
    }

    @Test
    void withAutoRunOffAChangeWaitsForRunAndADragStillPreviews(FxRobot robot) {
        fire(robot, "#eight-schools-mcmc-auto-run");
        McmcAnalysis before = tab.lastAnalysis();
        robot.interact(() -> tab.panel().set(SamplerOptions.DRAWS, 500));
        assertSame(before, tab.lastAnalysis(), "no run on change with auto-run off");
        assertEquals("settings changed: press Run", tab.runControls().pendingNote());

        Slider slider = robot.lookup("#param-tau-scale-slider").queryAs(Slider.class);
        robot.interact(() -> {
            slider.setValueChanging(true);
            slider.setValue(Math.log(5));
        });
        assertEquals(SamplerOptions.PREVIEW_CHAINS, tab.lastAnalysis().draws().chains(), "the drag previews");
        robot.interact(() -> slider.setValueChanging(false));
        assertEquals(SamplerOptions.PREVIEW_CHAINS, tab.lastAnalysis().draws().chains(), "no full run on release");
        assertEquals("settings changed: press Run", tab.runControls().pendingNote());

        fire(robot, "#eight-schools-mcmc-run");
        assertEquals(4, tab.lastAnalysis().draws().chains());
        assertEquals(500, tab.lastAnalysis().draws().shortestChain());
        assertEquals("half-cauchy:5", tab.settings().text(McmcSettings.TAU_PRIOR));
        assertEquals("", tab.runControls().pendingNote());
    }

    @Test
    void saveChangeLoadRestoresTheSettingsAndTheTabsOwnControls(FxRobot robot, @TempDir Path dir) {
        Settings saved = tab.settings();
        Path file = dir.resolve("mcmc.json");
        robot.interact(() -> tab.settingsControls().save(file));
        assertTrue(Files.exists(file));

        robot.clickOn("#parameterization-centered");
        robot.interact(() -> robot.lookup("#tau-family").queryComboBox().setValue("half-normal"));
        robot.interact(() -> robot.lookup("#param-population-family").queryComboBox().setValue("student-t"));
        assertEquals("half-normal:10", tab.settings().text(McmcSettings.TAU_PRIOR));
        assertEquals("centered", tab.settings().text(SamplerOptions.PARAMETERIZATION));

        robot.interact(() -> tab.settingsControls().load(file));
        assertEquals(saved, tab.settings());
        assertTrue(robot.lookup("#parameterization-noncentered").queryAs(ToggleButton.class).isSelected());
        assertEquals("half-cauchy", robot.lookup("#tau-family").queryComboBox().getValue());
        assertEquals("normal", robot.lookup("#param-population-family").queryComboBox().getValue());
        assertEquals(2.0, tab.priorPanel().getSettings().real(PriorSliders.TAU_SCALE), 1e-12,
                "the slider shows the loaded scale, not the family's default");
        assertTrue(tab.lastAnalysis().label().contains("non-centered"), tab.lastAnalysis().label());
    }

    @Test
    void aFileOfAnotherProblemIsRefusedAndChangesNothing(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("hemophilia.json");
        Files.writeString(file, "{\"problem\": \"hemophilia\", \"settings\": {\"sons\": \"0,0\"}}");
        robot.clickOn("#parameterization-centered");
        Settings before = tab.settings();
        McmcAnalysis shown = tab.lastAnalysis();
        robot.interact(() -> tab.settingsControls().load(file));
        String message = tab.settingsControls().message();
        assertTrue(message.contains("the settings are for hemophilia, not eight-schools-mcmc"), message);
        assertEquals(before, tab.settings());
        assertSame(shown, tab.lastAnalysis(), "no run");
        assertTrue(robot.lookup("#parameterization-centered").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void resetPutsEveryControlBackToTheDefaults(FxRobot robot) {
        robot.clickOn("#parameterization-centered");
        robot.interact(() -> robot.lookup("#tau-family").queryComboBox().setValue("exponential"));
        fire(robot, "#eight-schools-mcmc-reset");
        assertEquals(new EightSchoolsMcmcProblem().defaults(), tab.settings());
        assertTrue(robot.lookup("#parameterization-noncentered").queryAs(ToggleButton.class).isSelected());
        assertEquals("half-cauchy", robot.lookup("#tau-family").queryComboBox().getValue());
        assertFalse(tab.lastAnalysis().label().contains(" centered"), tab.lastAnalysis().label());
    }

    @Test
    void theForestFollowsThePointAndIntervalChosenWithoutRerunning(FxRobot robot) {
        McmcAnalysis shown = tab.lastAnalysis();
        robot.interact(() -> {
            robot.lookup("#eight-schools-mcmc-point-estimate").queryComboBox().setValue("median");
            robot.lookup("#eight-schools-mcmc-interval-width").queryComboBox().setValue(50);
        });
        assertSame(shown, tab.lastAnalysis(), "a view option: nothing reruns");
        var hierarchical = tab.figures().forest().dataset().getSeries(2);
        double[][] theta1 = shown.draws().parameter("theta[1]");
        assertEquals(Diagnostics.quantile(theta1, 0.5), hierarchical.getX(0).doubleValue(), 1e-12);
        assertEquals(Diagnostics.quantile(theta1, 0.25), hierarchical.getXLowValue(0), 1e-12);
        assertEquals(Diagnostics.quantile(theta1, 0.75), hierarchical.getXHighValue(0), 1e-12);
        assertEquals("treatment effect: posterior median, 50% interval",
                tab.figures().forest().plot().getDomainAxis().getLabel());
        assertEquals("Shrinkage of the schools (50% intervals)", tab.figures().forest().chart().getTitle().getText());
    }
}
