package org.shrinkagelab.problems.eightschools.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.engine.JobHandle;
import org.shrinkagelab.engine.JobListener;
import org.shrinkagelab.engine.Progress;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.ui.ErrorReporter;
import org.shrinkagelab.ui.FigureSaver;
import org.shrinkagelab.ui.TabContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A slider storm on the threaded service, as in the app: at most one recomputation runs and one waits. */
@ExtendWith(ApplicationExtension.class)
class EightSchoolsExactCoalescingTest {
    private EightSchoolsExactTab tab;
    private SamplerService service;
    private final List<String> status = new ArrayList<>();
    private final AtomicInteger ran = new AtomicInteger();

    @Start
    void start(Stage stage) {
        service = SamplerService.threaded(Platform::runLater);
        service.addListener(new JobListener() {
            @Override
            public void started(JobHandle job) {
            }

            @Override
            public void progressed(JobHandle job, Progress progress) {
            }

            @Override
            public void ended(JobHandle job) {
                if (job.key().equals("eight-schools-exact")) {
                    ran.incrementAndGet();
                }
            }
        });
        ErrorReporter errors = ErrorReporter.quiet(status::add);
        FigureSaver saver = new FigureSaver(Preferences.userRoot().node("shrinkagelab-tests/es-exact-coalescing"),
                service, errors, status::add);
        tab = new EightSchoolsExactTab(new TabContext(service, saver, errors));
        stage.setScene(new Scene((javafx.scene.Parent) tab.content(), 1240, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void aDragOfTwentyStepsRecomputesTwiceAndShowsTheLastStep(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ran.get() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (int i = 1; i <= 20; i++) {
                tab.panel().set("mu0", (double) i);
            }
        });
        ExactPosterior last = ExactPosterior.compute(new HierarchicalNormalModel(EightSchoolsData.bundled(),
                new NixPrior(20, 0.1, 0.1, 100)));
        String expected = String.format(Locale.ROOT, "%.2f ± %.2f", last.muMean(), last.muSd());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ran.get() >= 3 && expected.equals(muText(robot)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, ran.get(), "the first step's recomputation, then only the newest waiting one");
        assertEquals(expected, muText(robot));
        assertTrue(status.isEmpty(), status.toString());
    }

    private static String muText(FxRobot robot) {
        return robot.lookup("#num-mu").queryAs(Label.class).getText();
    }
}
