package org.shrinkagelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A lazy tooltip is made on the first hover or focus, with the text it was given, following its changes. */
@ExtendWith(ApplicationExtension.class)
class LazyTooltipsTest {
    private final StringProperty text = new SimpleStringProperty("first text");
    private Label label;
    private Button button;

    @Start
    void start(Stage stage) {
        label = new Label("Hover me");
        LazyTooltips.installWrapping(label, text);
        button = new Button("Focus me");
        LazyTooltips.install(button, "Save this chart as PNG (Ctrl+S)");
        // the first control takes the focus when the window is shown: the tested button is the second
        stage.setScene(new Scene(new VBox(20, new Button("First"), label, button), 300, 200));
        stage.show();
    }

    @Test
    void theFirstHoverMakesTheTooltipWithTheCurrentTextThatThenFollowsIt(FxRobot robot) {
        robot.interact(() -> {
            assertNull(label.getTooltip(), "not made before it is needed");
            text.set("second text");
            assertEquals("second text", LazyTooltips.text(label));
        });
        robot.moveTo(label);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Tooltip tip = label.getTooltip();
            assertNotNull(tip, "made on hover");
            assertEquals("second text", tip.getText());
            assertTrue(tip.isWrapText());
            assertEquals(360, tip.getMaxWidth());
            text.set("third text");
            assertEquals("third text", tip.getText());
            assertEquals("third text", LazyTooltips.text(label));
        });
    }

    @Test
    void theFirstFocusMakesTheTooltipToo(FxRobot robot) {
        robot.interact(() -> {
            assertNull(button.getTooltip());
            assertEquals("Save this chart as PNG (Ctrl+S)", LazyTooltips.text(button));
            button.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertNotNull(button.getTooltip(), "made on focus");
            assertEquals("Save this chart as PNG (Ctrl+S)", button.getTooltip().getText());
        });
    }
}
