package org.shrinkagelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.FigureExporter.Format;
import org.shrinkagelab.charts.LineFigure;
import org.shrinkagelab.engine.SamplerService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ChartPaneTest {
    private final List<Format> requested = new ArrayList<>();
    private final List<String> status = new ArrayList<>();
    private ChartPane pane;
    private FigureSaver saver;
    private SamplerService service;

    @Start
    void start(Stage stage) {
        LineFigure line = new LineFigure("tau", "tau", "density");
        line.setLine(0, "p", new double[] {0, 1, 2}, new double[] {0, 1, 0});
        service = SamplerService.threaded(Platform::runLater);
        saver = new FigureSaver(Preferences.userRoot().node("org/shrinkagelab/test/chart-pane"), service,
                ErrorReporter.quiet(status::add), status::add);
        pane = new ChartPane(new Figure("test-tau", line.chart()), saver);
        pane.setSaveHandler((format, window) -> requested.add(format));
        stage.setScene(new Scene(pane, 500, 350));
        stage.show();
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void theButtonsTheContextMenuAndTheKeyboardAllSave(FxRobot robot) {
        robot.clickOn("PNG…");
        robot.clickOn("SVG…");
        List<MenuItem> items = pane.viewer().getContextMenu().getItems();
        assertEquals(List.of("Save as PNG…", "Save as SVG…"), items.stream().map(MenuItem::getText).toList());
        robot.interact(() -> items.forEach(MenuItem::fire));
        robot.clickOn(pane.viewer());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(Format.PNG, Format.SVG, Format.PNG, Format.SVG, Format.PNG, Format.SVG), requested);
    }

    @Test
    void savingWritesInTheBackgroundAndRemembersTheFolder(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("tau.png");
        robot.interact(() -> saver.save(pane.figure(), file, Format.PNG, 400, 300, 2));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(file));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.contains("Saved " + file));
        assertEquals(800, ImageIO.read(file.toFile()).getWidth());
        assertEquals(dir.toAbsolutePath(), saver.lastDirectory());
    }

    @Test
    void aFailedSaveIsReportedAndNothingIsWritten(FxRobot robot, @TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain");
        Files.writeString(plain, "x");
        Path file = plain.resolve("tau.svg");
        robot.interact(() -> saver.save(pane.figure(), file, Format.SVG, 400, 300, 1));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !status.isEmpty());
        assertTrue(status.get(0).startsWith("Could not save tau.svg: Cannot write " + file), status.get(0));
        assertEquals("x", Files.readString(plain));
    }
}
