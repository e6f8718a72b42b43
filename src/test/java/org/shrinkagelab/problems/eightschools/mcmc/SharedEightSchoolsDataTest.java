package org.shrinkagelab.problems.eightschools.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shrinkagelab.problems.eightschools.exact.EightSchoolsExactTab;
import org.shrinkagelab.ui.HeadlessTabs;
import org.shrinkagelab.ui.TabContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Data opened in the exact tab are what the MCMC tab fits, and back to the bundled data from either. */
@ExtendWith(ApplicationExtension.class)
class SharedEightSchoolsDataTest {
    private EightSchoolsExactTab exact;
    private EightSchoolsMcmcTab mcmc;

    @Start
    void start(Stage stage) {
        TabContext context = HeadlessTabs.quietContext();
        exact = new EightSchoolsExactTab(context);
        mcmc = new EightSchoolsMcmcTab(new EightSchoolsMcmcProblem(), context);
        TabPane tabs = new TabPane(new javafx.scene.control.Tab("exact", exact.content()),
                new javafx.scene.control.Tab("mcmc", mcmc.content()));
        stage.setScene(new Scene(tabs, 1200, 760));
        stage.show();
    }

    @Test
    void aFileOpenedInTheExactTabIsFittedByTheMcmcTab(FxRobot robot, @TempDir Path dir) throws Exception {
        Path five = dir.resolve("five.csv");
        Files.writeString(five, "school,effect,stderr\nNorth,12,8\nSouth,-3,10\nEast,25,12\nWest,5,9\nCentre,8,11\n");
        robot.interact(() -> exact.loadData(five));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, exact.table().getItems().size());
        assertEquals(5, mcmc.data().size());
        // the fit shown is of the five schools: one forest row per school, and school 3 (y = 25 here,
        // -3 in the bundled data, where its posterior mean is about 4) pulled from 25 towards the pooled 8.6
        org.jfree.data.xy.XYIntervalSeries fitted = mcmc.figures().forest().dataset().getSeries(2);
        assertEquals(5, fitted.getItemCount());
        double theta3 = fitted.getX(2).doubleValue();
        org.junit.jupiter.api.Assertions.assertTrue(theta3 > 8.6 && theta3 < 25, "theta[3] mean " + theta3);
        assertEquals(java.util.List.of(1, 2, 3, 4, 5), robot.lookup("#funnel-school")
                .queryComboBox().getItems());
    }
}
