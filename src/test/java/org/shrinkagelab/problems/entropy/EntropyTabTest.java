package org.shrinkagelab.problems.entropy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.event.ActionEvent;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.ui.HeadlessTabs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The entropy tab: the matrix sliders change A x and the numbers; a singular A is refused and kept out. */
@ExtendWith(ApplicationExtension.class)
class EntropyTabTest {
    private EntropyTab tab;

    @Start
    void start(Stage stage) {
        tab = HeadlessTabs.show(stage, new EntropyTab(HeadlessTabs.quietContext()), 1200, 760);
    }

    @Test
    void matrixSliderChangesTheMappedSamplesAndTheNumbers(FxRobot robot) {
        assertEquals("1.2528", text(robot, "#entropy-log-det"));
        XYSeries x = tab.figures().scatter().pointData().getSeries(0);
        XYSeries ax = tab.figures().scatter().pointData().getSeries(1);
        Slider a11 = robot.lookup("#param-a11-slider").queryAs(Slider.class);
        robot.interact(() -> a11.setValue(3));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(3.0, tab.panel().getSettings().real("a11"));
        // A = [[3, 1], [-0.5, 1.5]]: det 5, and each mapped point is A times the same x.
        assertEquals(String.format(java.util.Locale.ROOT, "%.4f", Math.log(5)), text(robot, "#entropy-log-det"));
        assertEquals(3 * x.getX(0).doubleValue() + x.getY(0).doubleValue(), ax.getX(0).doubleValue(), 1e-12);
        String hx = text(robot, "#entropy-h-x");
        double hax = Double.parseDouble(text(robot, "#entropy-h-ax"));
        assertEquals(Double.parseDouble(hx) + Math.log(5), hax, 1e-4);
        assertTrue(text(robot, "#entropy-status").contains("det A = 5"), text(robot, "#entropy-status"));
    }

    @Test
    void singularMatrixIsRefusedWithAMessageAndNothingElseChanges(FxRobot robot) {
        type(robot, "a22", "0");
        // A = [[2, 1], [-0.5, 0]] has det 0.5: accepted.
        assertEquals(0.0, tab.panel().getSettings().real("a22"));
        assertEquals("", text(robot, "#entropy-refusal"));
        var before = tab.panel().getSettings();
        String logDet = text(robot, "#entropy-log-det");
        String sample = text(robot, "#entropy-h-ax-sample");
        double firstAx = tab.figures().scatter().pointData().getSeries(1).getX(0).doubleValue();

        type(robot, "a21", "0");

        Label refusal = robot.lookup("#entropy-refusal").queryAs(Label.class);
        assertTrue(refusal.getText().contains("singular") && refusal.getText().contains("det A"), refusal.getText());
        assertOnScreen(refusal);
        assertEquals(before, tab.panel().getSettings());
        assertEquals("-0.5", robot.lookup("#param-a21-field").queryAs(TextField.class).getText());
        assertEquals(logDet, text(robot, "#entropy-log-det"));
        assertEquals(sample, text(robot, "#entropy-h-ax-sample"));
        assertEquals(firstAx, tab.figures().scatter().pointData().getSeries(1).getX(0).doubleValue(), 0);

        // The next accepted change clears the refusal.
        type(robot, "a21", "0.25");
        assertEquals("", text(robot, "#entropy-refusal"));
        assertEquals(0.25, tab.panel().getSettings().real("a21"));
    }

    private static void type(FxRobot robot, String name, String value) {
        TextField field = robot.lookup("#param-" + name + "-field").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText(value);
            field.fireEvent(new ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Visible and laid out inside the window, not merely present in the scene graph. */
    private static void assertOnScreen(Label label) {
        assertTrue(label.isVisible());
        var bounds = label.localToScene(label.getLayoutBounds());
        assertTrue(bounds.getHeight() > 0 && bounds.getMaxY() <= label.getScene().getHeight(), bounds.toString());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
