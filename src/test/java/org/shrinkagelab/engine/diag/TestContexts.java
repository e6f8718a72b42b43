package org.shrinkagelab.engine.diag;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;

/** Job contexts for the diagnostics' tests: one that turns cancelled after a number of looks, one that records progress. */
final class TestContexts {
    private TestContexts() {
    }

    /** A context that answers "not cancelled" to the first {@code looks} looks and "cancelled" from then on. */
    static JobContext cancelledAfter(int looks) {
        int[] remaining = {looks};
        return new Recording(false) {
            @Override
            public boolean isCancelled() {
                return remaining[0]-- <= 0;
            }
        };
    }

    /** A sequential context that keeps every progress message, cancelled throughout or never. */
    static class Recording implements JobContext {
        final List<String> messages = new ArrayList<>();
        private final boolean cancelled;

        Recording(boolean cancelled) {
            this.cancelled = cancelled;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void progress(double fraction, String message) {
            messages.add(message);
        }

        @Override
        public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
            return JobContext.inOrder(parts, this);
        }
    }
}
