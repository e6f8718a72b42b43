package org.shrinkagelab.problems.hemophilia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.ui.HeadlessTabs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The hemophilia tab: buttons add and remove sons, and the plot, the table and the numbers follow. */
@ExtendWith(ApplicationExtension.class)
class HemophiliaTabTest {
    private HemophiliaTab tab;

    @Start
    void start(Stage stage) {
        tab = HeadlessTabs.show(stage, new HemophiliaTab(HeadlessTabs.quietContext()), 1100, 700);
    }

    @Test
    void buttonsUpdateTheFigureTableAndNumbers(FxRobot robot) {
        press(robot, "#add-unaffected");
        press(robot, "#add-unaffected");
        WaitForAsyncUtils.waitForFxEvents();
        XYSeries posterior = tab.figures().posterior().dataset().getSeries(0);
        assertEquals(3, posterior.getItemCount());
        assertEquals(0.2, posterior.getY(2).doubleValue(), 1e-15);
        assertEquals(0.1, tab.figures().posterior().dataset().getSeries(1).getY(2).doubleValue(), 1e-15);
        TableView<?> table = robot.lookup("#hemophilia-table").queryAs(TableView.class);
        assertEquals(3, table.getItems().size());
        String numbers = robot.lookup("#hemophilia-numbers").queryAs(Label.class).getText();
        assertTrue(numbers.contains("1/5 = 0.2000"), numbers);
        assertTrue(numbers.contains("5/8 = 0.6250"), numbers);

        press(robot, "#add-unaffected");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#hemophilia-numbers").queryAs(Label.class).getText().contains("1/9"));

        press(robot, "#add-affected");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, posterior.getY(4).doubleValue(), 0);
        String why = robot.lookup("#hemophilia-explanation").queryAs(Label.class).getText();
        assertTrue(why.contains("non-carrier mother cannot have an affected son"), why);

        press(robot, "#remove-last");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, posterior.getItemCount());
        assertEquals("0,0,0", tab.panel().getSettings().text("sons"));
        assertEquals("", robot.lookup("#hemophilia-explanation").queryAs(Label.class).getText());
    }

    /** Fires a button as a click or the keyboard would (the glass robot cannot aim at nodes headless). */
    private static void press(FxRobot robot, String id) {
        Button b = robot.lookup(id).queryAs(Button.class);
        robot.interact(b::fire);
    }

    @Test
    void buttonsWorkFromTheKeyboard(FxRobot robot) {
        Button add = robot.lookup("#add-unaffected").queryAs(Button.class);
        robot.interact(add::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0", tab.panel().getSettings().text("sons"));
        robot.press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0,1", tab.panel().getSettings().text("sons"));
    }

    @Test
    void priorSliderMovesThePosterior(FxRobot robot) {
        robot.interact(() -> tab.panel().set("sons", "0"));
        robot.interact(() -> tab.panel().set("prior", 0.9));
        WaitForAsyncUtils.waitForFxEvents();
        // 0.9 * 1/2 / (0.9 * 1/2 + 0.1) = 9/11
        assertEquals(9.0 / 11, tab.figures().posterior().dataset().getSeries(0).getY(1).doubleValue(), 1e-15);
        assertTrue(robot.lookup("#hemophilia-numbers").queryAs(Label.class).getText().contains("9/11"));
        assertTrue(robot.lookup("#remove-last").queryAs(Button.class).isVisible());
    }
}
