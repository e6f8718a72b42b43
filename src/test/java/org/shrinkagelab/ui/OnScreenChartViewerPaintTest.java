package org.shrinkagelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.charts.LineFigure;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A frame that ends on the background colour leaves the next frame's background that colour, not black. */
@ExtendWith(ApplicationExtension.class)
class OnScreenChartViewerPaintTest {
    private final LineFigure figure = new LineFigure("a title", "x", "y");
    private OnScreenChartViewer viewer;

    @Start
    void start(Stage stage) {
        figure.setLine(0, "p", new double[] {0, 1, 2}, new double[] {0, 1, 0});
        // the plot's outline is the last thing a frame draws: in the background colour, it is what
        // FXGraphics2D remembers as its paint when the next frame starts with the background
        figure.chart().getPlot().setOutlineVisible(true);
        figure.chart().getPlot().setOutlinePaint(java.awt.Color.WHITE);
        figure.chart().setBackgroundPaint(java.awt.Color.WHITE);
        viewer = new OnScreenChartViewer(figure.chart());
        stage.setScene(new Scene(viewer, 400, 300));
        stage.show();
    }

    @Test
    void theSecondFrameHasTheChartsBackground(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Color[] corner = new Color[1];
        robot.interact(() -> {
            viewer.getCanvas().draw();
            viewer.getCanvas().draw();
            WritableImage image = viewer.getCanvas().snapshot(null, null);
            corner[0] = image.getPixelReader().getColor(2, 2);
        });
        assertEquals(Color.WHITE, corner[0], "the background of a redrawn chart");
    }
}
