package org.shrinkagelab.problems.eightschools.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.ui.HeadlessTabs;
import org.shrinkagelab.workbench.SamplerOptions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EightSchoolsMcmcTabCancelTest {
    private SamplerService service;
    private EightSchoolsMcmcTab tab;

    @Start
    void start(Stage stage) {
        service = SamplerService.threaded(Platform::runLater);
        tab = new EightSchoolsMcmcTab(new EightSchoolsMcmcProblem(), HeadlessTabs.quietContext(service));
        HeadlessTabs.show(stage, tab, 1200, 760);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private String chainLabel(int chain) {
        return ((Label) tab.content().lookup("#chain-label-" + chain)).getText();
    }

    /** Reads UI state on the FX thread, as the UI itself would. */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    @Test
    void cancelWhileComputingDiagnosticsStopsThemAndShowsNothingAsDone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tab.lastAnalysis() != null);
        McmcAnalysis before = tab.lastAnalysis();
        // 4 x 100,000 non-centered samples in seconds, then summarizing 400,000 draws per output takes longer.
        robot.interact(() -> tab.panel().set(SamplerOptions.DRAWS, 100_000L));
        Label status = robot.lookup("#run-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> onFx(status::getText).startsWith("Computing diagnostics"));
        javafx.scene.control.Button cancel = robot.lookup("#cancel-run").queryButton();
        assertFalse(cancel.isDisabled(), "Cancel is enabled while the diagnostics run");
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> onFx(status::getText).startsWith("Cancelled while computing diagnostics"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tab.lastAnalysis() == before, "the cancelled run's result is not shown");
        assertTrue(cancel.isDisabled(), "nothing left to cancel");
    }

    @Test
    void cancelInWarmupKeepsThePreviousFitAndSaysNoDrawsWereKept(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tab.lastAnalysis() != null);
        McmcAnalysis before = tab.lastAnalysis();
        // centered at adapt_delta 0.999 takes tiny steps, so a warmup of 100,000 lasts far longer than the test
        robot.interact(() -> {
            tab.panel().set(SamplerOptions.PARAMETERIZATION, "centered");
            tab.panel().set(SamplerOptions.ADAPT_DELTA, 0.999);
            tab.panel().set(SamplerOptions.WARMUP, 100_000L);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> onFx(() -> chainLabel(1)).matches(".*warmup \\d+/100000.*"));
        Label status = robot.lookup("#run-status").queryAs(Label.class);
        robot.interact(robot.lookup("#cancel-run").queryButton()::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> onFx(status::getText).startsWith("Cancelled during warmup: no draws were kept"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tab.lastAnalysis() == before, "the previous fit stays shown");
        assertTrue(robot.lookup("#verdict").queryAs(Label.class).getText().startsWith("Previous run: "),
                "the verdict says it is the previous run's");
    }

    @Test
    void cancelKeepsThePartialDrawsMarkedAndTheWindowAnswers(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tab.lastAnalysis() != null);
        // A run long by construction, not by a busy machine: the default model draws 4 x 100,000 in about 2 s,
        // which a quiet machine finishes before Cancel arrives. Centered at adapt_delta 0.999 takes tiny steps
        // (about 0.24 ms an iteration), so this run lasts about 50 s on two cores.
        robot.interact(() -> {
            tab.panel().set(SamplerOptions.PARAMETERIZATION, "centered");
            tab.panel().set(SamplerOptions.ADAPT_DELTA, 0.999);
            tab.panel().set(SamplerOptions.DRAWS, 100_000L);
        });
        try {
            // the 100,000-draw run itself, not one of the short runs the first two settings started
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> chainLabel(1)).matches(".*sampling \\d+/100000.*"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("chain 1 never reported sampling; it shows '" + onFx(() -> chainLabel(1))
                    + "', the run status '" + onFx(() -> ((Label) tab.content().lookup("#run-status")).getText())
                    + "'", e);
        }
        // Two sampler threads keep both cores of the test machine busy, so allow a generous bound: a blocked
        // FX thread would not answer at all until the run ends (minutes at these settings).
        double[] answers = new double[7];
        for (int i = 0; i < answers.length; i++) {
            long t0 = System.nanoTime();
            WaitForAsyncUtils.asyncFx(() -> tab.settings()).get(5, TimeUnit.SECONDS);
            answers[i] = (System.nanoTime() - t0) / 1e6;
            Thread.sleep(100);
        }
        java.util.Arrays.sort(answers);
        assertTrue(answers[answers.length / 2] < 300, "median FX answer " + answers[answers.length / 2]
                + " ms; all: " + java.util.Arrays.toString(answers));
        assertTrue(answers[answers.length - 1] < 1500, "slowest FX answer " + answers[answers.length - 1] + " ms");
        javafx.scene.control.Button cancel = robot.lookup("#cancel-run").queryButton();
        assertFalse(cancel.isDisabled(), "Cancel is enabled while sampling");
        // read in the same FX event as the click: on a quick machine the partial result can arrive before
        // a later read, which would then see the final status instead
        String next = onFx(() -> {
            cancel.fire();
            return ((Label) tab.content().lookup("#run-status")).getText();
        });
        assertTrue(next.toLowerCase(java.util.Locale.ROOT).contains("computing diagnostics of partial draws"),
                "the panel says at once what comes next; it says '" + next + "'");
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !tab.lastAnalysis().draws().complete());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no partial result after Cancel; the run status says '"
                    + onFx(() -> ((Label) tab.content().lookup("#run-status")).getText()) + "', chain 1 '"
                    + onFx(() -> chainLabel(1)) + "', chain 3 '" + onFx(() -> chainLabel(3)) + "'", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        McmcAnalysis partial = tab.lastAnalysis();
        int kept = partial.draws().shortestChain();
        assertTrue(kept > 0 && kept < 100_000, "kept " + kept);
        assertTrue(partial.draws().chains() >= 1, "the chains that had started are kept");
        String mark = "incomplete (cancelled after " + kept + " draws per chain)";
        assertEquals(mark, tab.figures().warningOf(tab.figures().figures().get(4)), "the trace says so");
        assertEquals(mark, tab.figures().warningOf(tab.figures().figures().get(3)), "the tau density says so");
        assertTrue(robot.lookup("#run-status").queryAs(Label.class).getText().startsWith("Incomplete (cancelled after "
                + kept + " draws per chain)"));
        assertTrue(robot.lookup("#verdict").queryAs(Label.class).getText().startsWith("Incomplete run"));
        assertTrue(robot.lookup("#chain-label-1").queryAs(Label.class).getText().contains("cancelled after " + kept));
        assertTrue(cancel.isDisabled(), "nothing left to cancel");
        long t0 = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> tab.settings()).get(2, TimeUnit.SECONDS);
        assertTrue((System.nanoTime() - t0) / 1e6 < 500, "the window answers after the cancel");
    }
}
