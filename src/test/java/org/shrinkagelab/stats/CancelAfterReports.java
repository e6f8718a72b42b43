package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;

/** A sequential job context that counts progress reports (each a fraction in (0, 1]) and is cancelled after a number of them. */
final class CancelAfterReports implements JobContext {
    private final int limit;
    private final AtomicInteger reports = new AtomicInteger();

    CancelAfterReports(int limit) {
        this.limit = limit;
    }

    /** The progress reports so far. */
    int reports() {
        return reports.get();
    }

    @Override
    public boolean isCancelled() {
        return reports.get() >= limit;
    }

    @Override
    public void progress(double fraction, String message) {
        assertTrue(fraction > 0 && fraction <= 1, "progress " + fraction);
        reports.incrementAndGet();
    }

    @Override
    public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
        return JobContext.inOrder(parts, this);
    }
}
