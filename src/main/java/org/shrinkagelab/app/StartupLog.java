package org.shrinkagelab.app;

import javafx.animation.AnimationTimer;
import org.shrinkagelab.engine.JobHandle;
import org.shrinkagelab.engine.JobListener;
import org.shrinkagelab.engine.Progress;
import org.shrinkagelab.engine.SamplerService;

/**
 * With {@code -Dshrinkagelab.startupLog=true} (bench/startup.sh), prints when the window is first shown
 * and when the first frame after the shown tab's first computation ended (its job key starts with the
 * tab's problem id) was painted, in milliseconds since the JVM started and as epoch milliseconds, so a
 * script can time launch to real content.
 */
final class StartupLog implements JobListener {
    /** The system property that turns the log on. */
    static final String PROPERTY = "shrinkagelab.startupLog";

    private final long jvmStart = ProcessHandle.current().info().startInstant()
            .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis());
    private String shownProblem;
    private final java.util.List<String> endedKeys = new java.util.ArrayList<>();
    private boolean done;

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

    /** Called on the FX thread once the tabs exist, with the id of the selected tab's problem. */
    void watch(String problemId) {
        shownProblem = problemId;
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
            @Override
            public void handle(long now) {
                // the pulse after the results were put into the scene: this frame shows them
                stop();
                print("content painted");
            }
        }.start();
    }

    private void print(String what) {
        long now = System.currentTimeMillis();
        System.out.println("startup: " + what + " " + (now - jvmStart) + " ms after JVM start (epoch " + now + ")");
        System.out.flush();
    }
}
