package org.shrinkagelab.problems.eightschools.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.ui.HeadlessTabs;
import org.shrinkagelab.workbench.view.SummaryTableView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The summary table's interval columns follow the forest's interval width on the MCMC tab. */
@ExtendWith(ApplicationExtension.class)
class EightSchoolsMcmcSummaryIntervalTest {
    private EightSchoolsMcmcTab tab;

    @Start
    void start(Stage stage) {
        tab = new EightSchoolsMcmcTab(new EightSchoolsMcmcProblem(),
                HeadlessTabs.quietContext());
        HeadlessTabs.show(stage, tab, 1200, 760);
    }

    private static void width(FxRobot robot, int percent) {
        robot.interact(() -> robot.lookup("#eight-schools-mcmc-interval-width").queryComboBox().setValue(percent));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theIntervalWidthSetsTheTablesQuantileColumnsAndNinetyPercentRestoresThem(FxRobot robot) {
        SummaryTableView table = robot.lookup("#summary-table").queryAs(SummaryTableView.class);
        List<String> usualHeaders = table.shownHeaders();
        assertEquals(List.of("parameter", "mean", "sd", "5%", "50%", "95%"), usualHeaders.subList(0, 6));
        String usual = table.tabSeparated();
        List<ParameterSummary> usualRows = List.copyOf(table.getItems());
        assertEquals(tab.lastAnalysis().diagnostics().parameters(), usualRows, "90%: today's rows");

        width(robot, 50);
        assertEquals(List.of("parameter", "mean", "sd", "25%", "50%", "75%"), table.shownHeaders().subList(0, 6));
        assertTrue(table.tabSeparated().startsWith("parameter\tmean\tsd\t25%\t50%\t75%\t"), table.tabSeparated());
        assertNotEquals(usual, table.tabSeparated());
        for (int k = 0; k < usualRows.size(); k++) {
            ParameterSummary r = table.getItems().get(k);
            double[][] x = tab.lastAnalysis().series(r.name());
            assertEquals(Diagnostics.quantile(x, 0.25), r.q5(), 1e-12, r.name());
            assertEquals(Diagnostics.quantile(x, 0.75), r.q95(), 1e-12, r.name());
            assertEquals(usualRows.get(k).q50(), r.q50());
        }

        width(robot, 99);
        assertEquals(List.of("0.5%", "50%", "99.5%"), table.shownHeaders().subList(3, 6));

        width(robot, 90);
        assertEquals(usualHeaders, table.shownHeaders());
        assertEquals(usual, table.tabSeparated());
    }
}
