package org.shrinkagelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.engine.SamplerService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class StatusStripTest {
    private SamplerService service;
    private StatusStrip strip;

    @Start
    void start(Stage stage) {
        service = SamplerService.threaded(Platform::runLater);
        strip = new StatusStrip(service);
        stage.setScene(new Scene(strip, 600, 40));
        stage.show();
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void longWorkShowsProgressAndCanBeCancelled(FxRobot robot) throws Exception {
        robot.interact(() -> service.job("long", "Sampling", ctx -> {
            for (int i = 0; i < 100_000; i++) {
                ctx.checkCancelled();
                ctx.progress(i / 100_000.0, "draw " + i);
                Thread.sleep(1);
            }
            return 0;
        }).submit());
        ProgressBar bar = robot.lookup("#status-progress").queryAs(ProgressBar.class);
        Button cancel = robot.lookup("#status-cancel").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, bar::isVisible);
        assertFalse(cancel.isDisabled());
        assertTrue(strip.message().startsWith("Sampling"), strip.message());
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !bar.isVisible());
        assertEquals("Cancelled: Sampling", strip.message());
        assertTrue(cancel.isDisabled());
    }

    @Test
    void shortWorkNeverShowsTheProgressBar(FxRobot robot) throws Exception {
        robot.interact(() -> service.job("short", "Quick", ctx -> 1).submit());
        Thread.sleep(700);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#status-progress").queryAs(ProgressBar.class).isVisible());
        assertEquals("Ready", strip.message());
    }

    /** A job with phases of its own (a sampler run) decides what the strip's Cancel does: here, a first stop. */
    @Test
    void cancelAsksAJobWithItsOwnCancelWhatToDo(FxRobot robot) throws Exception {
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<org.shrinkagelab.engine.JobHandle> handle =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> handle.set(service.job("phased", "Sampling", ctx -> {
            while (true) {
                ctx.checkCancelled();
                ctx.progress(0.5, "sampling");
                Thread.sleep(1);
            }
        }).onCancelRequest(requests::incrementAndGet).submit()));
        Button cancel = robot.lookup("#status-cancel").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !cancel.isDisabled());
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, requests.get(), "the job's own cancel was asked");
        assertFalse(handle.get().isCancelled(), "the strip cancelled the job over its own cancel");
        robot.interact(() -> handle.get().cancel());
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, cancel::isDisabled);
    }
}
