package org.shrinkagelab.ui;

import org.shrinkagelab.workbench.Parameterization;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ParameterPanelTest {
    private ParameterPanel panel;

    @Start
    void start(Stage stage) {
        panel = new ParameterPanel(Settings.defaults(List.of(
                ParameterSpec.real("mu0", "Prior mean mu0", -50, 50, 0),
                ParameterSpec.real("kappa0", "kappa0", 0.01, 100, 0.1).logScale(),
                ParameterSpec.integer("seed", "Seed", 0, 1000, 1),
                ParameterSpec.choice("parameterization", "Parameterization", List.of("centered", "noncentered"),
                        "noncentered"))));
        stage.setScene(new Scene(panel, 500, 300));
        stage.show();
    }

    @Test
    void typingAValidValueUpdatesTheSettingsAndTheSlider(FxRobot robot) {
        robot.clickOn("#param-mu0-field").eraseText(3).write("12.5").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12.5, panel.getSettings().real("mu0"));
        assertEquals(12.5, robot.lookup("#param-mu0-slider").queryAs(Slider.class).getValue(), 1e-12);
        assertEquals("", panel.messageProperty().get());
    }

    @Test
    void aValueOutOfRangeIsRefusedWithAMessageAndChangesNothing(FxRobot robot) {
        Settings before = panel.getSettings();
        robot.clickOn("#param-mu0-field").eraseText(3).write("99").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, panel.getSettings());
        assertEquals("Prior mean mu0: 99 is not allowed: expected a number from -50 to 50",
                panel.messageProperty().get(), "the field is named as labelled, not as the command-line option");
        assertEquals("0", robot.lookup("#param-mu0-field").queryAs(TextField.class).getText(),
                "the field shows the value still in force");
    }

    @Test
    void theRefusedFieldIsRedUntilItsTextIsValidThenTheMessageGoes(FxRobot robot) {
        TextField field = robot.lookup("#param-mu0-field").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText("99");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("mu0", panel.refusedField());
        assertTrue(field.getStyle().contains("#c00000"), field.getStyle());
        javafx.scene.control.Label message = robot.lookup(".parameter-error").queryAs(javafx.scene.control.Label.class);
        assertTrue(message.getScene().getWindow().isShowing(), "the message is shown");
        var fieldBounds = field.localToScreen(field.getBoundsInLocal());
        var messageBounds = message.localToScreen(message.getBoundsInLocal());
        assertTrue(messageBounds.getMinY() >= fieldBounds.getMaxY() - 1
                && messageBounds.getMinY() < fieldBounds.getMaxY() + 40, "right under the field: " + messageBounds);

        robot.interact(() -> field.setText("12"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", field.getStyle(), "valid text clears the red state before Enter");
        assertEquals("", panel.messageProperty().get());
        assertFalse(message.getScene().getWindow().isShowing(), "the message is gone");
    }

    @Test
    void aRefusalInOneFieldIsClearedWhenAnotherIsSetValidly(FxRobot robot) {
        robot.interact(() -> panel.set("mu0", "99"));
        TextField field = robot.lookup("#param-mu0-field").queryAs(TextField.class);
        assertTrue(field.getStyle().contains("#c00000"));
        robot.interact(() -> panel.set("seed", 7L));
        assertEquals("", field.getStyle());
        assertEquals("", panel.messageProperty().get());
    }

    @Test
    void aRefusalDoesNotChangeThePanelsSize(FxRobot robot) {
        double height = panel.getHeight();
        double width = panel.getWidth();
        robot.interact(() -> panel.set("mu0", "99"));
        robot.interact(() -> panel.layout());
        assertEquals(height, panel.getHeight(), 0);
        assertEquals(width, panel.getWidth(), 0);
    }

    @Test
    void movingALogScaleSliderMovesTheValueGeometrically(FxRobot robot) {
        Slider slider = robot.lookup("#param-kappa0-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(Math.log(10)));
        assertEquals(10.0, panel.getSettings().real("kappa0"), 1e-9);
        assertEquals("10", robot.lookup("#param-kappa0-field").queryAs(TextField.class).getText());
    }

    @Test
    void draggingIsReportedAsAdjusting(FxRobot robot) {
        Slider slider = robot.lookup("#param-mu0-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValueChanging(true));
        assertTrue(panel.adjustingProperty().get());
        robot.interact(() -> slider.setValueChanging(false));
        assertFalse(panel.adjustingProperty().get());
    }

    @Test
    void keyboardMovesTheFocusedSlider(FxRobot robot) {
        robot.clickOn("#param-seed-slider");
        long before = panel.getSettings().longValue("seed");
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.getSettings().longValue("seed") > before || before == 1000);
    }
}
