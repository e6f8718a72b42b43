package org.shrinkagelab.workbench.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Slider;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.engine.sample.LiveDraws;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.groups.GroupsFit;
import org.shrinkagelab.problems.groups.GroupsProblem;
import org.shrinkagelab.ui.HeadlessTabs;
import org.shrinkagelab.workbench.ChainFigures;
import org.shrinkagelab.workbench.FigureNotes;
import org.shrinkagelab.workbench.FitAnalysis;
import org.shrinkagelab.workbench.SamplerOptions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A drag's previews on the threaded service: the first preview is held until the drag's burst of changes is
 * in, so whether a newer change cancels it (and starts another) or waits for it is seen in what runs and shows.
 */
@ExtendWith(ApplicationExtension.class)
class ModelTabPreviewCoalescingTest {
    private static final double[] DRAG = {0.81, 0.83, 0.85, 0.87, 0.89, 0.91, 0.93};
    private final SamplerService service = SamplerService.threaded(javafx.application.Platform::runLater);
    private GatedTab tab;

    /** A fit with the settings it was run under. */
    static final class Run extends FitAnalysis {
        final Settings settings;
        final boolean preview;

        Run(FitAnalysis fit, Settings settings, boolean preview) {
            super(fit.label(), fit.draws(), fit.diagnostics(), Map.of());
            this.settings = settings;
            this.preview = preview;
        }
    }

    /** The groups model's tab whose previews wait at a gate, recording every preview started and every fit shown. */
    static final class GatedTab extends ModelTab<Run, ChainFigures> {
        final CountDownLatch gate = new CountDownLatch(1);
        final Semaphore previewStarted = new Semaphore(0);
        final AtomicInteger previewsRun = new AtomicInteger();
        final List<Run> shown = new CopyOnWriteArrayList<>();
        private final GroupsProblem groups;

        GatedTab(GroupsProblem problem, SamplerService service, ChainFigures chains) {
            super(problem, HeadlessTabs.quietContext(service), "gated-groups", "Gated groups", chains,
                    List.of(new Figure("gated-trace", chains.trace().chart())), chains, "tau");
            groups = problem;
            root().setLeft(controls(List.of()));
            addView("Diagnostics", "view-diagnostics", diagnosticsView(new Region()));
            start();
        }

        @Override
        protected RunPlan plan(Settings settings, boolean preview) {
            return new RunPlan(GroupsFit.sampler(small(settings), preview), groups.model(settings).outputNames(),
                    GroupsFit.label(settings, preview));
        }

        @Override
        protected Run analyse(Settings settings, boolean preview, LiveDraws live, JobContext context) {
            if (preview) {
                previewsRun.incrementAndGet();
                previewStarted.release();
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return new Run(GroupsFit.analyse(groups, small(settings), preview, live, context), settings, preview);
        }

        @Override
        protected void showAnalysis(Run analysis) {
            shown.add(analysis);
        }

        /** Short runs (a preview takes at most these): the test is about which runs start, not about their draws. */
        private static Settings small(Settings s) {
            return s.with(SamplerOptions.CHAINS, "2").with(SamplerOptions.WARMUP, "50").with(SamplerOptions.DRAWS, "50");
        }
    }

    @Start
    void start(Stage stage) {
        tab = HeadlessTabs.show(stage, new GatedTab(new GroupsProblem(), service,
                new ChainFigures(new FigureNotes())), 1000, 700);
    }

    @AfterEach
    void closeService() {
        tab.gate.countDown();
        service.close();
    }

    private Slider adaptDeltaSlider() {
        return (Slider) tab.panel().lookup("#param-" + SamplerOptions.ADAPT_DELTA + "-slider");
    }

    @Test
    void aDragsBurstRunsThePreviewUnderWayToItsEndThenOnlyTheNewestAndShowsBoth(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tab.shown.size() == 1);
        robot.interact(() -> tab.runControls().setAutoRun(false));
        robot.interact(() -> {
            adaptDeltaSlider().setValueChanging(true);
            tab.panel().set(SamplerOptions.ADAPT_DELTA, DRAG[0]);
        });
        assertTrue(tab.previewStarted.tryAcquire(60, TimeUnit.SECONDS), "the first preview started");
        for (int i = 1; i < DRAG.length; i++) {
            double value = DRAG[i];
            // one event each, as a drag's: a preview that a newer change replaced would start on a free worker
            robot.interact(() -> tab.panel().set(SamplerOptions.ADAPT_DELTA, value));
        }
        tab.gate.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tab.shown.size() == 3);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(2, tab.previewsRun.get(), "the first preview and the newest settings', nothing between");
        List<Double> shownDeltas = new ArrayList<>();
        tab.shown.forEach(r -> shownDeltas.add(r.settings.real(SamplerOptions.ADAPT_DELTA)));
        assertEquals(List.of(SamplerOptions.DEFAULT_ADAPT_DELTA, DRAG[0], DRAG[DRAG.length - 1]), shownDeltas,
                "the start's full run, the preview under way when the burst came, then the newest settings'");
        assertTrue(tab.shown.get(1).preview && tab.shown.get(2).preview);
        assertEquals(DRAG[DRAG.length - 1], tab.panel().getSettings().real(SamplerOptions.ADAPT_DELTA));
    }

    @Test
    void cancelDuringADragDropsTheWaitingPreview(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tab.shown.size() == 1);
        robot.interact(() -> tab.runControls().setAutoRun(false));
        robot.interact(() -> {
            adaptDeltaSlider().setValueChanging(true);
            tab.panel().set(SamplerOptions.ADAPT_DELTA, DRAG[0]);
        });
        assertTrue(tab.previewStarted.tryAcquire(60, TimeUnit.SECONDS), "the first preview started");
        robot.interact(() -> tab.panel().set(SamplerOptions.ADAPT_DELTA, DRAG[1]));
        robot.interact(() -> robot.lookup("#cancel-run").queryButton().fire());
        tab.gate.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#cancel-run").query().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, tab.previewsRun.get(), "the waiting preview never starts after Cancel");
    }
}
