package org.shrinkagelab.app;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import org.shrinkagelab.engine.JobHandle;
import org.shrinkagelab.engine.JobListener;
import org.shrinkagelab.engine.Progress;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.ui.OnScreenChartViewer;

/**
 * With {@code -Dshrinkagelab.startupLog=true} (bench/startup.sh), prints when the window is first shown
 * and when the first frame after the shown tab's first computation ended (its job key starts with the
 * tab's problem id) and its charts were in the scene and drawn was painted, in milliseconds since the JVM started and as epoch milliseconds, so a
 * script can time launch to real content. With {@code -Dshrinkagelab.exitWhenPainted=true} it then closes the
 * app, so a script can record what a launch loads up to that point.
 */
final class StartupLog implements JobListener {
    /** The system property that turns the log on. */
    static final String PROPERTY = "shrinkagelab.startupLog";
    /** With the log on, this property also closes the app once content is painted (packaging/cds-classlist.sh). */
    static final String EXIT_PROPERTY = "shrinkagelab.exitWhenPainted";

    private final long jvmStart = ProcessHandle.current().info().startInstant()
            .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis());
    private String shownProblem;
    private final java.util.List<String> endedKeys = new java.util.ArrayList<>();
    private boolean done;
    private Scene scene;

    private StartupLog() {
    }

    /** Starts logging on the service if the property is set. */
    static StartupLog attachIfAsked(SamplerService service) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return null;
        }
        StartupLog log = new StartupLog();
        service.addListener(log);
        return log;
    }

    /** Called on the FX thread right after the stage is shown. */
    void shown() {
        print("window shown");
    }

    /** Called on the FX thread once the tabs exist, with the id of the selected tab's problem and the scene. */
    void watch(String problemId, Scene scene) {
        shownProblem = problemId;
        this.scene = scene;
        checkContent();
    }

    @Override
    public void started(JobHandle job) {
        // only ends matter
    }

    @Override
    public void progressed(JobHandle job, Progress progress) {
        // only starts and ends matter
    }

    @Override
    public void ended(JobHandle job) {
        endedKeys.add(job.key());
        checkContent();
    }

    private void checkContent() {
        if (done || shownProblem == null || endedKeys.stream().noneMatch(k -> k.startsWith(shownProblem))) {
            return;
        }
        done = true;
        new AnimationTimer() {
            private int pulsesSinceDrawn;

            @Override
            public void handle(long now) {
                // Charts draw the results on a pulse after they arrive; the pulse after the last draw renders
                // them, and a pulse does not start before the frame before it was rendered, so the second
                // pulse after no chart on screen has a draw pending is the first moment the content is shown.
                if (chartDrawPending()) {
                    pulsesSinceDrawn = 0;
                } else if (++pulsesSinceDrawn == 2) {
                    stop();
                    print("content painted");
                    if (Boolean.getBoolean(EXIT_PROPERTY)) {
                        javafx.application.Platform.exit();
                    }
                }
            }
        }.start();
    }

    /** Whether the tab's charts are not yet in the scene (a tab may hold its content back) or one waits to draw. */
    private boolean chartDrawPending() {
        var charts = scene.getRoot().lookupAll("." + OnScreenChartViewer.STYLE_CLASS);
        return charts.isEmpty() || charts.stream().anyMatch(n -> ((OnScreenChartViewer) n).drawPending());
    }

    private void print(String what) {
        long now = System.currentTimeMillis();
        // CPU time too: on a loaded machine wall time mostly measures the other processes
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        System.out.println("startup: " + what + " " + (now - jvmStart) + " ms after JVM start, " + cpu
                + " ms CPU, FX thread " + threadCpuMillis() + " ms CPU (epoch " + now + ")");
        System.out.flush();
    }

    /**
     * The calling thread's CPU time from the kernel's scheduler statistics (Linux; -1 elsewhere): cheaper than
     * the management beans, whose start-up would be counted in what is measured.
     */
    private static long threadCpuMillis() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/schedstat"));
            return Long.parseLong(stat.substring(0, stat.indexOf(' '))) / 1_000_000;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }
}
