package org.shrinkagelab.problems.eightschools.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.Loo;
import org.shrinkagelab.engine.diag.LooResult;
import org.shrinkagelab.ui.HeadlessTabs;
import org.shrinkagelab.workbench.ModelChecks;
import org.shrinkagelab.workbench.view.WorkbenchViews;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench's shared views on the Eight Schools MCMC tab. */
@ExtendWith(ApplicationExtension.class)
class EightSchoolsWorkbenchViewsTest {
    private EightSchoolsMcmcTab tab;

    @Start
    void start(Stage stage) {
        tab = new EightSchoolsMcmcTab(new EightSchoolsMcmcProblem(),
                HeadlessTabs.quietContext());
        HeadlessTabs.show(stage, tab, 1200, 760);
    }

    @Test
    void pickingAParameterInTheTabRedrawsTheParameterPanels(FxRobot robot) {
        WorkbenchViews views = tab.workbenchViews();
        assertEquals("tau", views.parameter().picker().selectedParameter());
        robot.interact(() -> views.parameter().picker().select("mu"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Trace of mu", views.parameter().trace().chart().getTitle().getText());
        assertTrue(views.parameter().rank().chart().getTitle().getText().endsWith("mu"));
    }

    @Test
    void aCenteredRunShowsItsDivergencesInRedInThePairViewAndTheDagShowsTheNodes(FxRobot robot) {
        WorkbenchViews views = tab.workbenchViews();
        assertEquals("theta[1]", views.pair().xPicker().selectedParameter());
        assertEquals("tau", views.pair().yPicker().selectedParameter());
        assertTrue(views.pair().logY().isSelected(), "the funnel: log tau");
        robot.clickOn("#parameterization-centered");
        WaitForAsyncUtils.waitForFxEvents();
        int divergences = tab.lastAnalysis().diagnostics().divergences();
        assertTrue(divergences >= 20, "centered: dozens, was " + divergences);
        assertEquals(divergences, views.pair().pair().pointData().getSeries(1).getItemCount());
        assertEquals(java.util.List.of("mu", "tau", "theta", "y", "sigma"),
                views.dag().graph().nodes().stream().map(n -> n.id()).toList());
    }

    @Test
    void theLooTableHoldsLooOfTheShownDrawsAndThePpcIsFilled(FxRobot robot) {
        EightSchoolsModel model = new EightSchoolsMcmcProblem().model(tab.settings());
        org.shrinkagelab.engine.sample.Draws draws = tab.lastAnalysis().draws();
        LooResult expected = Loo.of(model.observationNames(),
                ModelChecks.logLik(model, model, model, draws, JobContext.none()));
        assertEquals(String.format(Locale.ROOT, "%.2f", expected.elpdLoo()),
                robot.lookup("#loo-elpd").queryAs(Label.class).getText());
        assertEquals(String.format(Locale.ROOT, "%.2f", expected.pLoo()),
                robot.lookup("#loo-p").queryAs(Label.class).getText());
        assertEquals(String.format(Locale.ROOT, "%.2f", expected.looic()),
                robot.lookup("#loo-looic").queryAs(Label.class).getText());
        assertEquals(8, tab.workbenchViews().ppc().ppc().observedPoints().getSeries(0).getItemCount());
        assertTrue(tab.workbenchViews().ppc().ppc().densities().getSeriesCount() > 1);
        assertTrue(tab.workbenchViews().paretoKFigure() != null);
    }
}
