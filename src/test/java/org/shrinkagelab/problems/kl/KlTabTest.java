package org.shrinkagelab.problems.kl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.stats.GaussianKl;
import org.shrinkagelab.ui.HeadlessTabs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The KL tab: typed values and sliders change the figures and numbers; out-of-range values are refused. */
@ExtendWith(ApplicationExtension.class)
class KlTabTest {
    private KlTab tab;

    @Start
    void start(Stage stage) {
        tab = HeadlessTabs.show(stage, new KlTab(HeadlessTabs.quietContext()), 1200, 760);
    }

    @Test
    void typedMeanMovesTheSamplesAndTheNumbers(FxRobot robot) {
        assertEquals("7.7421", text(robot, "#kl-pq"));
        XYSeries q = tab.figures().scatter().pointData().getSeries(1);
        double firstX = q.getX(0).doubleValue();
        double firstY = q.getY(0).doubleValue();

        type(robot, "mu-q-x", "12");

        // Same seed, same standard normals: every q-sample moves by exactly -2 in x.
        assertEquals(firstX - 2, q.getX(0).doubleValue(), 1e-9);
        assertEquals(firstY, q.getY(0).doubleValue(), 1e-12);
        double expected = GaussianKl.divergence(KlModel.p(tab.panel().getSettings()), KlModel.q(tab.panel().getSettings()));
        assertEquals(String.format(Locale.ROOT, "%.4f", expected), text(robot, "#kl-pq"));
        assertNotEquals("7.7421", text(robot, "#kl-pq"));
        assertTrue(text(robot, "#kl-histogram-note").startsWith("Histogram: "));
        assertTrue(text(robot, "#kl-knn-note").startsWith("k-NN: "));
    }

    @Test
    void sampleSizeSliderChangesThePointsAndTheStatus(FxRobot robot) {
        Slider n = robot.lookup("#param-n-slider").queryAs(Slider.class);
        robot.interact(() -> n.setValue(Math.log(200)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(200, tab.panel().getSettings().integer("n"));
        assertEquals(200, tab.figures().scatter().pointData().getSeries(0).getItemCount());
        assertTrue(text(robot, "#kl-status").contains("n = 200 "), text(robot, "#kl-status"));
        // The closed form does not depend on n.
        assertEquals("7.7421", text(robot, "#kl-pq"));
    }

    @Test
    void draggingASliderShowsACheaperPreviewAndReleasingItTheFullRun(FxRobot robot) {
        type(robot, "n", "100000");
        var convergence = tab.figures().convergence().dataset().getSeries(0);
        assertEquals(100000, convergence.getMaxX(), 0);
        Slider mean = robot.lookup("#param-mu-q-x-slider").queryAs(Slider.class);
        robot.interact(() -> {
            mean.setValueChanging(true);
            mean.setValue(13);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#kl-status").startsWith("Preview from n = 10,000"), text(robot, "#kl-status"));
        assertEquals(10000, convergence.getMaxX(), 0);
        robot.interact(() -> mean.setValueChanging(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#kl-status").startsWith("Estimates from n = 100,000"), text(robot, "#kl-status"));
        assertEquals(100000, convergence.getMaxX(), 0);
        assertEquals(13.0, tab.panel().getSettings().real("mu-q-x"));
    }

    @Test
    void outOfRangeCorrelationAndZeroVarianceAreRefusedAndNothingChanges(FxRobot robot) {
        String histogram = text(robot, "#kl-histogram");
        String knn = text(robot, "#kl-knn");
        double firstX = tab.figures().scatter().pointData().getSeries(0).getX(0).doubleValue();
        var before = tab.panel().getSettings();

        type(robot, "corr-p", "1.5");
        String message = robot.lookup(".parameter-error").queryAs(Label.class).getText();
        assertTrue(message.startsWith("p: correlation: 1.5") && message.contains("-0.99 to 0.99"), message);
        assertOnScreen(robot.lookup(".parameter-error").queryAs(Label.class));

        type(robot, "var-q-x", "0");
        message = robot.lookup(".parameter-error").queryAs(Label.class).getText();
        assertTrue(message.startsWith("q: variance x₁: 0") && message.contains("0.01 to 25"), message);

        assertEquals(before, tab.panel().getSettings());
        assertEquals(histogram, text(robot, "#kl-histogram"));
        assertEquals(knn, text(robot, "#kl-knn"));
        assertEquals(firstX, tab.figures().scatter().pointData().getSeries(0).getX(0).doubleValue(), 0);
        assertEquals("0.2041", robot.lookup("#param-corr-p-field").queryAs(TextField.class).getText());
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
