package org.shrinkagelab.problems.eightschools.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.ui.HeadlessTabs;
import org.shrinkagelab.workbench.SamplerOptions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EightSchoolsRunPanelLayoutTest {
    private SamplerService service;
    private EightSchoolsMcmcTab tab;

    @Start
    void start(Stage stage) {
        service = SamplerService.threaded(javafx.application.Platform::runLater);
        tab = new EightSchoolsMcmcTab(new EightSchoolsMcmcProblem(), HeadlessTabs.quietContext(service));
        HeadlessTabs.show(stage, tab, 1200, 760);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private double[] yOfControls(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node slider = robot.lookup("#param-adapt-delta-slider").query();
        Node seed = robot.lookup("#param-seed-field").query();
        return new double[] {slider.localToScene(0, 0).getY(), seed.localToScene(0, 0).getY()};
    }

    private void waitForRun(FxRobot robot, String statusStart) throws Exception {
        Label status = robot.lookup("#run-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> status.getText().startsWith(statusStart)
                && robot.lookup("#cancel-run").queryButton().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void previewsAndFullRunsWithVerdictsOfAnyLengthLeaveTheSamplerControlsInPlace(FxRobot robot) throws Exception {
        waitForRun(robot, "Done");
        double[] full = yOfControls(robot);
        String fullVerdict = robot.lookup("#verdict").queryAs(Label.class).getText();
        robot.interact(() -> tab.run(true));
        waitForRun(robot, "Done");
        double[] preview = yOfControls(robot);
        robot.interact(() -> tab.panel().set(SamplerOptions.PARAMETERIZATION, "centered"));
        waitForRun(robot, "Done");
        double[] centered = yOfControls(robot);
        String centeredVerdict = robot.lookup("#verdict").queryAs(Label.class).getText();
        assertNotEquals(fullVerdict, centeredVerdict, "verdicts of different lengths");
        assertEquals(full[0], preview[0], 0.5, "Target acceptance slider: full run vs preview");
        assertEquals(full[1], preview[1], 0.5, "Seed field: full run vs preview");
        assertEquals(full[0], centered[0], 0.5, "Target acceptance slider: a long centered verdict");
        assertEquals(full[1], centered[1], 0.5, "Seed field: a long centered verdict");
    }
}
