package org.shrinkagelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.problems.ParameterSpec;
import org.shrinkagelab.problems.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A setting that has an effect only under others is disabled, and says why, while it has none. */
@ExtendWith(ApplicationExtension.class)
class ParameterEnabledWhenTest {
    private ParameterPanel panel;

    @Start
    void start(Stage stage) {
        panel = new ParameterPanel(Settings.defaults(List.of(
                ParameterSpec.choice("family", "Family", List.of("normal", "student-t"), "normal"),
                ParameterSpec.real("nu", "Degrees of freedom", 1, 100, 4)
                        .help("The Student-t's nu.")
                        .enabledWhen(s -> s.text("family").equals("student-t"), "only a Student-t has a nu"),
                ParameterSpec.text("note", "Note", "any text", "x", t -> t)
                        .enabledWhen(s -> s.real("nu") < 50, "notes stop at nu 50"))));
        stage.setScene(new Scene(panel, 500, 200));
        stage.show();
    }

    private static Label label(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof Label l && text.equals(l.getText())).queryAs(Label.class);
    }

    @Test
    void theControlsFollowTheConditionAndTheTooltipSaysWhy(FxRobot robot) {
        var slider = robot.lookup("#param-nu-slider").query();
        var field = robot.lookup("#param-nu-field").query();
        Label label = label(robot, "Degrees of freedom");
        assertTrue(slider.isDisabled() && field.isDisabled());
        assertFalse(label.isDisabled(), "the label keeps its tooltip, which a disabled node would not show");
        assertEquals("No effect now: only a Student-t has a nu\nThe Student-t's nu.\n--nu: a number from 1 to 100",
                LazyTooltips.text(label));

        robot.interact(() -> panel.set("family", "student-t"));
        assertFalse(slider.isDisabled() || field.isDisabled());
        assertEquals("The Student-t's nu.\n--nu: a number from 1 to 100", LazyTooltips.text(label));
        assertEquals(LazyTooltips.text(label),
                LazyTooltips.text(robot.lookup("#param-nu-field").queryAs(javafx.scene.control.TextField.class)));

        var note = robot.lookup("#param-note").query();
        assertFalse(note.isDisabled());
        robot.interact(() -> panel.set("nu", 60.0));
        assertTrue(note.isDisabled(), "any kind of control, any condition on the settings");
    }

    @Test
    void aSettingWithoutAConditionIsAlwaysEnabled(FxRobot robot) {
        assertFalse(robot.lookup("#param-family").query().isDisabled());
        assertEquals("--family: one of normal, student-t", LazyTooltips.text(label(robot, "Family")));
    }
}
