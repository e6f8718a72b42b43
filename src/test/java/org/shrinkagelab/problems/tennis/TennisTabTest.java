package org.shrinkagelab.problems.tennis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.charts.NetworkFigure.NodeKind;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.ui.HeadlessTabs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The tennis tab: toggling a match or moving k changes the network, the curves and the numbers. */
@ExtendWith(ApplicationExtension.class)
class TennisTabTest {
    private TennisTab tab;

    @Start
    void start(Stage stage) {
        tab = HeadlessTabs.show(stage, new TennisTab(HeadlessTabs.quietContext()), 1200, 780);
    }

    private String numbers(FxRobot robot) {
        return robot.lookup("#tennis-numbers").queryAs(Label.class).getText();
    }

    @Test
    void defaultShowsTheCourseQuestion(FxRobot robot) {
        double exact = TennisQuadrature.solve(TennisProblem.network(tab.panel().getSettings()), JobContext.none())
                .pYouWin();
        assertTrue(numbers(robot).contains(String.format(java.util.Locale.ROOT, "%.7f", exact)), numbers(robot));
        assertEquals(NodeKind.OBSERVED, tab.figures().network().nodes().get("a-vs-b").kind());
        assertEquals(NodeKind.LATENT, tab.figures().network().nodes().get("a-vs-c").kind());
        XYSeries exactLine = tab.figures().convergence().dataset().getSeries(3);
        assertEquals(exact, exactLine.getY(0).doubleValue(), 0);
    }

    @Test
    void newSeedDrawsASeedInRangeAndRecomputesAndResetBringsSeedOneBack(FxRobot robot) {
        String before = numbers(robot);
        robot.interact(() -> robot.lookup("#tennis-new-seed").queryButton().fire());
        long seed = tab.panel().getSettings().longValue("seed");
        assertTrue(seed >= 0 && seed <= org.shrinkagelab.problems.ParameterSpec.MAX_SEED, "seed " + seed);
        assertNotEquals(before, numbers(robot), "another seed, another importance-sampling estimate");
        robot.interact(() -> robot.lookup("#tennis-reset").queryButton().fire());
        assertEquals(tab.problem().defaults(), tab.panel().getSettings());
        assertEquals(before, numbers(robot), "the default seed's numbers again");
    }

    @Test
    void togglingAMatchUpdatesNetworkCurvesAndNumbers(FxRobot robot) {
        String before = numbers(robot);
        double exactBefore = tab.figures().convergence().dataset().getSeries(3).getY(0).doubleValue();
        @SuppressWarnings("unchecked")
        ComboBox<String> box = robot.lookup("#param-a-vs-c").queryAs(ComboBox.class);
        robot.interact(() -> box.setValue("c-won"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NodeKind.OBSERVED, tab.figures().network().nodes().get("a-vs-c").kind());
        assertEquals("C won", tab.figures().network().nodes().get("a-vs-c").detail());
        double exactAfter = tab.figures().convergence().dataset().getSeries(3).getY(0).doubleValue();
        // C beating A lowers A's skill, so beating A becomes more likely.
        assertTrue(exactAfter > exactBefore, exactAfter + " vs " + exactBefore);
        assertNotEquals(before, numbers(robot));
    }

    @Test
    void sharpnessSliderMovesTheAnswerTowardsOneHalf(FxRobot robot) {
        robot.interact(() -> tab.panel().set("k", 0.1));
        WaitForAsyncUtils.waitForFxEvents();
        double exact = tab.figures().convergence().dataset().getSeries(3).getY(0).doubleValue();
        assertEquals(0.5, exact, 0.01);
        assertTrue(numbers(robot).contains(String.format(java.util.Locale.ROOT, "%.7f", exact)));
        robot.interact(() -> tab.panel().set("samples", 1000));
        WaitForAsyncUtils.waitForFxEvents();
        XYSeries est = tab.figures().convergence().dataset().getSeries(0);
        assertEquals(1000, est.getX(est.getItemCount() - 1).doubleValue(), 0);
        assertTrue(numbers(robot).contains("of 1000"), numbers(robot));
    }

    @Test
    void theNetworkKeepsItsTitleAndWhiteFrameAfterASharpnessDrag(FxRobot robot) {
        javafx.scene.control.Slider slider = robot.lookup(".slider").queryAs(javafx.scene.control.Slider.class);
        robot.interact(() -> {
            slider.setValueChanging(true);
            slider.setValue(slider.getValue() * 1.5);
        });
        robot.interact(() -> {
            slider.setValue(slider.getValue() * 1.2);
            slider.setValueChanging(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image shot = snapshotOfNetwork(robot);
        var pixels = shot.getPixelReader();
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        // The chart area's border, below the button bar: white, not the black frame of a broken redraw.
        for (int[] p : new int[][] {{4, h - 4}, {w - 4, h - 4}, {w / 2, h - 3}}) {
            javafx.scene.paint.Color c = pixels.getColor(p[0], p[1]);
            assertTrue(c.getBrightness() > 0.9, "pixel " + p[0] + "," + p[1] + " is " + c);
        }
        assertTrue(darkPixelsInRows(shot, 30, 60) > 50, "no title text drawn at the top of the network figure");
    }

    @Test
    void theTwoMcseBandStaysInsideZeroAndOne(FxRobot robot) {
        robot.interact(() -> tab.panel().set("samples", 1000));
        WaitForAsyncUtils.waitForFxEvents();
        var data = tab.figures().convergence().dataset();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                double y = data.getYValue(s, i);
                assertTrue(y >= 0 && y <= 1, data.getSeriesKey(s) + " at " + data.getXValue(s, i) + ": " + y);
            }
        }
    }

    private javafx.scene.image.Image snapshotOfNetwork(FxRobot robot) {
        javafx.scene.image.Image[] shot = new javafx.scene.image.Image[1];
        robot.interact(() -> shot[0] = tab.charts().get(0).snapshot(null, null));
        return shot[0];
    }

    private static int darkPixelsInRows(javafx.scene.image.Image image, int from, int to) {
        int dark = 0;
        for (int y = from; y < to; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getPixelReader().getColor(x, y).getBrightness() < 0.3) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
