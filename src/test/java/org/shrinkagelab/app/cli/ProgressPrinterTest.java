package org.shrinkagelab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;

class ProgressPrinterTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final StringWriter out = new StringWriter();

    @Test
    void terminalGetsOneLineUpdatedInPlaceAtMostTenTimesASecond() {
        try (ProgressPrinter p = ProgressPrinter.of(JobContext.none(), new PrintWriter(out), true, now::get)) {
            p.progress(0.1, "warmup 100/1000");
            now.addAndGet(50);
            p.progress(0.2, "warmup 200/1000");
            now.addAndGet(60);
            p.progress(0.3, "warmup 300/1000");
            now.addAndGet(200);
            p.progress(0.4, "draw 1");
        }
        assertEquals("\rwarmup 300/1000\rdraw 1         \r" + " ".repeat(6) + "\r", out.toString());
    }

    @Test
    void elsewhereASparseLineEveryTenSecondsAndNothingForShortRuns() {
        ProgressPrinter p = ProgressPrinter.of(JobContext.none(), new PrintWriter(out), false, now::get);
        for (int i = 1; i <= 50; i++) {
            now.addAndGet(1_000);
            p.progress(i / 50.0, "step " + i);
        }
        p.close();
        assertEquals(List.of("step 10", "step 20", "step 30", "step 40", "step 50"), out.toString().lines().toList());
    }

    @Test
    void partsReportTogetherOnOneLine() {
        ProgressPrinter p = ProgressPrinter.of(JobContext.none(), new PrintWriter(out), false, now::get);
        List<PartTask<Integer>> parts = List.of(ctx -> {
            ctx.progress(1, "chain 1: done");
            return 1;
        }, ctx -> {
            now.addAndGet(ProgressPrinter.SPARSE_INTERVAL_MS);
            ctx.progress(0.5, "chain 2: draw 5/10");
            return 2;
        });
        assertEquals(List.of(1, 2), p.parallel(parts));
        assertTrue(out.toString().startsWith("chain 1: done  chain 2: draw 5/10"), out.toString());
    }
}
