package org.shrinkagelab.problems.testscores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.ui.HeadlessTabs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The test-scores tab: sliders regenerate the data and the figures, table and numbers follow. */
@ExtendWith(ApplicationExtension.class)
class TestScoresTabTest {
    private TestScoresTab tab;

    @Start
    void start(Stage stage) {
        tab = HeadlessTabs.show(stage, new TestScoresTab(HeadlessTabs.quietContext()), 1200, 780);
    }

    @Test
    void schoolsSliderChangesHistogramsForestAndTable(FxRobot robot) {
        assertEquals(5, tab.figures().histograms().dataset().getSeriesCount());
        TableView<?> table = robot.lookup("#test-scores-table").queryAs(TableView.class);
        assertEquals(6, table.getItems().size());
        robot.interact(() -> tab.panel().set("schools", 8L));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, tab.figures().histograms().dataset().getSeriesCount());
        assertEquals(8, tab.figures().histograms().rowMarkers().size());
        assertEquals(9, tab.figures().forest().dataset().getSeries(1).getItemCount());
        assertEquals(9, table.getItems().size());
        TestScoresData d = TestScoresModel.generate(8, 30, new TestScoresScales(5, 1, 1), 0);
        assertEquals(d.schoolMeans()[7], tab.figures().histograms().rowMarkers().get(7), 0);
        assertEquals(d.muGlobal(), tab.figures().histograms().marker(), 0);
        String numbers = robot.lookup("#test-scores-numbers").queryAs(Label.class).getText();
        assertTrue(numbers.contains(String.format(java.util.Locale.ROOT, "%.3f", d.muGlobal())), numbers);
    }

    @Test
    void seedAndScaleChangeTheNumbers(FxRobot robot) {
        String before = robot.lookup("#test-scores-numbers").queryAs(Label.class).getText();
        double forestBefore = tab.figures().forest().dataset().getXValue(1, 0);
        robot.interact(() -> tab.panel().set("seed", 9L));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, robot.lookup("#test-scores-numbers").queryAs(Label.class).getText());
        assertNotEquals(forestBefore, tab.figures().forest().dataset().getXValue(1, 0));
        // A huge student sd makes the sample means noisy, so the posterior leans on mu_global.
        robot.interact(() -> tab.panel().set("student-sd", 10.0));
        WaitForAsyncUtils.waitForFxEvents();
        String numbers = robot.lookup("#test-scores-numbers").queryAs(Label.class).getText();
        assertTrue(numbers.contains(String.format(java.util.Locale.ROOT, "%.3f", 100.0 / (100 + 30))), numbers);
    }
}
