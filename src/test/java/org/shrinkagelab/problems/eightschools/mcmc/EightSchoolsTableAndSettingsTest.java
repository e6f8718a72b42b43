package org.shrinkagelab.problems.eightschools.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.ui.HeadlessTabs;
import org.shrinkagelab.ui.LazyTooltips;
import org.shrinkagelab.workbench.view.SummaryTableView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Eight Schools MCMC tab at the window's default size: the summary table's headers, nu, Target acceptance. */
@ExtendWith(ApplicationExtension.class)
class EightSchoolsTableAndSettingsTest {
    /** The window's default size (WindowPreferences) less a title bar. */
    private static final double WIDTH = 1320;
    private static final double HEIGHT = 830;
    private SamplerService service;
    private EightSchoolsMcmcTab tab;

    @Start
    void start(Stage stage) {
        // No fit is needed here: the runs the tab starts are cancelled at once, so the test stays fast.
        service = SamplerService.threaded(javafx.application.Platform::runLater);
        tab = new EightSchoolsMcmcTab(new EightSchoolsMcmcProblem(), HeadlessTabs.quietContext(service));
        service.cancelAll();
        HeadlessTabs.show(stage, tab, WIDTH, HEIGHT);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    /** Rows as wide as a fit's can be: negative means, 5-decimal R-hats, ESS with a decimal. */
    private static List<ParameterSummary> wideRows() {
        List<ParameterSummary> rows = new ArrayList<>();
        rows.add(new ParameterSummary("mu", 4.38, 3.29, -1.07, 4.41, 9.73, 0.0712, 0.0521, 2013.4, 1899.0, 1.00982));
        rows.add(new ParameterSummary("tau", 3.61, 3.18, 0.23, 2.77, 9.96, 0.0944, 0.1233, 399.6, 612.0, 1.00310));
        for (int j = 1; j <= 8; j++) {
            rows.add(new ParameterSummary("theta[" + j + "]", -12.34 + j, 5.67, -21.5, 6.2, 19.87, 0.0812, 0.0633,
                    2460.0, 1821.0, j == 3 ? 1.01003 : 1.0004));
        }
        return rows;
    }

    private static Label labelled(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof Label l && text.equals(l.getText())).queryAs(Label.class);
    }

    @Test
    void everySummaryHeaderIsShownWhole(FxRobot robot) {
        robot.clickOn("#view-diagnostics");
        SummaryTableView table = robot.lookup("#summary-table").queryAs(SummaryTableView.class);
        robot.interact(() -> table.show(wideRows(), 4));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1.01003", table.cellText(4, "r_hat"));
        int headers = 0;
        for (Node n : table.lookupAll(".column-header .label")) {
            Labeled l = (Labeled) n;
            if (l.getText().isEmpty()) {
                continue; // the header's own label, which shows the column's graphic (a label checked here too)
            }
            Text shown = (Text) l.lookup(".text");
            assertEquals(l.getText(), shown.getText(), "header cut off");
            headers++;
        }
        assertEquals(11, headers, "the parameter's header and ten numbers'");
        for (Node n : table.legendView().lookupAll(".label")) {
            Labeled l = (Labeled) n;
            assertEquals(l.getText(), ((Text) l.lookup(".text")).getText(), "legend cut off");
        }
        for (Node n : table.lookupAll(".table-cell")) {
            Labeled cell = (Labeled) n;
            Text shown = (Text) cell.lookup(".text");
            if (cell.getText() != null && shown != null) {
                assertEquals(cell.getText(), shown.getText(), "cell cut off");
            }
        }
    }

    @Test
    void nuIsDisabledAndSaysWhyWhileThePopulationIsNormal(FxRobot robot) {
        Node slider = robot.lookup("#param-nu-slider").query();
        TextField field = robot.lookup("#param-nu-field").queryAs(TextField.class);
        Label label = labelled(robot, "population nu");
        assertEquals("normal", tab.settings().text(McmcSettings.POPULATION));
        assertTrue(slider.isDisabled() && field.isDisabled());
        assertTrue(LazyTooltips.text(label).startsWith("No effect now: a normal population has no degrees of "
                + "freedom"), LazyTooltips.text(label));

        robot.interact(() -> robot.lookup("#param-population-family").queryComboBox().setValue("student-t"));
        assertEquals("student-t:4", tab.settings().text(McmcSettings.POPULATION));
        assertFalse(slider.isDisabled() || field.isDisabled());
        assertFalse(LazyTooltips.text(label).contains("No effect"), LazyTooltips.text(label));
        robot.interact(() -> tab.priorPanel().set(PriorSliders.NU, 10.0));
        assertEquals("student-t:10", tab.settings().text(McmcSettings.POPULATION));

        robot.interact(() -> robot.lookup("#param-population-family").queryComboBox().setValue("normal"));
        assertEquals("normal", tab.settings().text(McmcSettings.POPULATION));
        assertTrue(slider.isDisabled() && field.isDisabled());
    }

    @Test
    void targetAcceptanceIsTheOneNameOnScreenWithAdaptDeltaInItsTooltip(FxRobot robot) {
        Label label = labelled(robot, "Target acceptance");
        assertTrue(LazyTooltips.text(label).contains("Stan's adapt_delta"), LazyTooltips.text(label));
        TextField field = robot.lookup("#param-adapt-delta-field").queryAs(TextField.class);
        assertTrue(LazyTooltips.text(field).contains("adapt_delta"), LazyTooltips.text(field));
    }
}
