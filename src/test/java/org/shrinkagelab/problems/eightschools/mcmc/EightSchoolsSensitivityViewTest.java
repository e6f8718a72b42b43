package org.shrinkagelab.problems.eightschools.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.ui.HeadlessTabs;
import org.shrinkagelab.workbench.SamplerOptions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EightSchoolsSensitivityViewTest {
    private EightSchoolsMcmcTab tab;
    private SamplerService service;

    @Start
    void start(Stage stage) {
        service = SamplerService.threaded(javafx.application.Platform::runLater);
        tab = new EightSchoolsMcmcTab(new EightSchoolsMcmcProblem(), HeadlessTabs.quietContext(service));
        HeadlessTabs.show(stage, tab, 1200, 760);
    }

    @org.junit.jupiter.api.AfterEach
    void stop() {
        service.close();
    }

    private Figure figure(String suffix) {
        return tab.figures().figures().stream().filter(f -> f.name().endsWith(suffix)).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theComparisonNamesItsBaseModelAgreesOnDivergencesAndGoesVisiblyStale(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> tab.lastAnalysis() != null);
        robot.interact(() -> tab.panel().set(SamplerOptions.DRAWS, 300L));
        robot.interact(() -> robot.lookup("#compare-priors").queryButton().fire());
        Label status = robot.lookup("#sensitivity-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> status.getText().contains("hyperpriors fitted"));
        WaitForAsyncUtils.waitForFxEvents();
        String base = McmcFitter.label(McmcSettings.from(tab.settings()));
        assertTrue(status.getText().contains("base model " + base), status.getText());
        assertTrue(tab.figures().noteOf(figure("sensitivity-tau")).startsWith("base model: " + base));
        assertTrue(tab.figures().noteOf(figure("sensitivity-theta1")).startsWith("base model: " + base));
        TableView<SensitivityResult.Fit> table = robot.lookup("#sensitivity-table").queryAs(TableView.class);
        long divergent = table.getItems().stream().filter(f -> f.divergences() > 0).count();
        assertEquals(divergent == 0, status.getText().contains("no divergences after warmup"), status.getText());
        assertEquals("", tab.figures().warningOf(figure("sensitivity-tau")));

        robot.clickOn("#parameterization-centered");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("stale: computed for " + base, tab.figures().warningOf(figure("sensitivity-tau")),
                "the exported figure says so too");
        assertEquals("stale: computed for " + base, tab.figures().warningOf(figure("sensitivity-theta1")));
        assertTrue(status.getText().startsWith("stale: computed for " + base), status.getText());
    }
}
