package org.shrinkagelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartProgressEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.charts.LineFigure;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class OnScreenChartViewerTest {
    private final LineFigure shown = new LineFigure("shown", "x", "y");
    private final LineFigure hidden = new LineFigure("hidden", "x", "y");
    private final AtomicInteger shownDraws = new AtomicInteger();
    private final AtomicInteger hiddenDraws = new AtomicInteger();
    private TabPane pages;
    private OnScreenChartViewer hiddenViewer;

    @Start
    void start(Stage stage) {
        shown.setLine(0, "p", new double[] {0, 1, 2}, new double[] {0, 1, 0});
        hidden.setLine(0, "p", new double[] {0, 1, 2}, new double[] {0, 1, 0});
        countDraws(shown.chart(), shownDraws);
        countDraws(hidden.chart(), hiddenDraws);
        hiddenViewer = new OnScreenChartViewer(hidden.chart());
        pages = new TabPane(new Tab("first", new OnScreenChartViewer(shown.chart())), new Tab("second", hiddenViewer));
        stage.setScene(new Scene(pages, 500, 350));
        stage.show();
    }

    private static void countDraws(JFreeChart chart, AtomicInteger draws) {
        chart.addProgressListener(e -> {
            if (e.getType() == ChartProgressEvent.DRAWING_STARTED) {
                draws.incrementAndGet();
            }
        });
    }

    @Test
    void manyChangesInOneGoAreDrawnOnce(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        shownDraws.set(0);
        robot.interact(() -> {
            for (int i = 1; i <= 10; i++) {
                shown.setLine(0, "p", new double[] {0, 1, 2}, new double[] {0, i, 0});
                shown.chart().setTitle("after change " + i);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, shownDraws.get(), "twenty change events should give one draw");
        assertEquals("after change 10", shown.chart().getTitle().getText());
    }

    @Test
    void aChartOnAnUnselectedPageIsNotDrawnUntilItIsShown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, hiddenDraws.get(), "a page nobody opened was drawn");
        robot.interact(() -> hidden.setLine(0, "p", new double[] {0, 1, 2}, new double[] {0, 5, 0}));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, hiddenDraws.get(), "a change on a hidden page was drawn");
        assertFalse(hiddenViewer.drawPending(), "a hidden chart has nothing to draw on screen");

        robot.interact(() -> pages.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(hiddenDraws.get() >= 1, "the page was shown but its chart never drawn");
        assertTrue(hiddenViewer.getCanvas().getWidth() > 0, "the shown chart was never sized");
        assertFalse(hiddenViewer.getRenderingInfo().getPlotInfo().getDataArea().isEmpty(),
                "the drawn chart has no data area");
        assertFalse(hiddenViewer.drawPending());
    }
}
